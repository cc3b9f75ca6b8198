export interface Me {
  id: string;
  name: string | null;
  avatarUrl: string | null;
  email: string | null;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The answer to creating an API key: the only time the key itself is shown. */
export interface CreatedApiKey {
  id: string;
  name: string;
  key: string;
  createdAt: string;
}

export interface CreateApiKeyRequest {
  name: string;
}

/**
 * Why a Notion sign-in did not complete. After the round trip through Notion the API sends
 * the browser to `/?signInError=<code>`; the SPA shows the matching message.
 */
export type SignInErrorCode =
  | 'access_denied'
  | 'missing_code'
  | 'state_missing'
  | 'state_unknown'
  | 'state_expired'
  | 'state_foreign'
  | 'invalid_code'
  | 'notion_error'
  | 'server_error';

/** The query parameter that carries a `SignInErrorCode` to the SPA. */
export const SIGN_IN_ERROR_PARAM = 'signInError';

export const SIGN_IN_ERROR_MESSAGES: Readonly<Record<SignInErrorCode, string>> = {
  access_denied: 'Sign-in was cancelled on Notion, so nothing was connected.',
  missing_code: 'Notion did not send back a sign-in code. Please try again.',
  state_missing: 'This sign-in link is incomplete. Please start again with "Sign in with Notion".',
  state_unknown: 'This sign-in link was already used or did not come from us. Please start again.',
  state_expired: 'This sign-in took too long and expired. Please start again.',
  state_foreign: 'This sign-in was started in another browser. Please start again here.',
  invalid_code:
    'Notion did not accept the sign-in code (it may have expired or been used). Please try again.',
  notion_error: 'Notion could not complete the sign-in. Please try again in a moment.',
  server_error: 'Something went wrong on our side while signing you in. Please try again.',
};
