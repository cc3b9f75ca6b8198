import {
  SIGN_IN_ERROR_MESSAGES,
  SIGN_IN_ERROR_PARAM,
  type SignInErrorCode,
} from '@notionchartkit/shared';

const READABLE_PARAM = 'error';

/** Query parameters that carry a failed sign-in back to the app. */
export const SIGN_IN_ERROR_PARAMS = [READABLE_PARAM, SIGN_IN_ERROR_PARAM] as const;

function isCode(value: string): value is SignInErrorCode {
  return Object.hasOwn(SIGN_IN_ERROR_MESSAGES, value);
}

/**
 * Why the last sign-in failed, if the API said so: `?error=<readable message>`, or
 * `?signInError=<code>` for the messages the contract names.
 */
export function signInErrorMessage(search: URLSearchParams): string | null {
  const readable = search.get(READABLE_PARAM);
  if (readable) return readable;
  const code = search.get(SIGN_IN_ERROR_PARAM);
  if (!code) return null;
  return isCode(code) ? SIGN_IN_ERROR_MESSAGES[code] : SIGN_IN_ERROR_MESSAGES.server_error;
}
