import type { OauthTokenResponse } from '@notionhq/client';
import { MINUTE_MS, type Clock } from '../core/clock.util';
import { randomSecret, stableUuid } from '../core/ids.util';
import { NotionError } from '../core/notion-error.error';
import type { PersonRecord, WorkspaceRecord } from '../model/records.types';
import type { WorkspaceStore } from '../store/workspace.store';
import { FULL_CAPABILITIES, type TokenRegistry } from './token.registry';

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  /** Registered redirect URIs. Empty: any URI is accepted (handy for tests). */
  redirectUris?: readonly string[];
  /** Skip the consent page: `GET /v1/oauth/authorize` redirects with a code at once. */
  autoConsent?: boolean;
}

/** A validated authorize request. */
export interface AuthorizeRequest {
  clientId: string;
  /** As given on the authorize URL; null when omitted (only allowed with one registered URI). */
  redirectUri: string | null;
  /** Where the browser is sent back to. */
  target: string;
  state: string | null;
}

interface AuthorizationCode {
  clientId: string;
  redirectUri: string | null;
  workspaceId: string;
  userId: string;
  expiresAt: number;
  used: boolean;
}

interface Installation {
  clientId: string;
  workspaceId: string;
  userId: string;
  botId: string;
}

export interface ClientCredentials {
  id: string;
  secret: string;
}

/** How long an authorization code can be exchanged. */
const CODE_TTL_MS = 10 * MINUTE_MS;
const SCOPE = 'read_content read_user_with_email';

function oauthError(
  status: 400 | 401,
  code: 'invalid_request' | 'invalid_grant' | 'invalid_client' | 'unsupported_grant_type',
  message: string,
) {
  return new NotionError(status, code, message);
}

/** Shown as an HTML page: the browser must not be redirected to an unchecked URI. */
export class AuthorizePageError extends Error {}

/**
 * Notion's OAuth for a public integration: authorization codes from the consent page,
 * token exchange with HTTP Basic client authentication, refresh with rotation,
 * introspection and revocation. Issued access tokens work on every data endpoint.
 */
export class OAuthService {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly refreshTokens = new Map<string, Installation>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly tokens: TokenRegistry,
    private readonly clock: Clock,
    readonly client: OAuthClientConfig,
  ) {}

  validateAuthorize(
    params: URLSearchParams | Record<string, string | undefined>,
  ): AuthorizeRequest {
    const get = (key: string) =>
      (params instanceof URLSearchParams ? params.get(key) : params[key]) ?? null;
    const clientId = get('client_id');
    if (clientId !== this.client.clientId) {
      throw new AuthorizePageError(`Unknown client_id: ${clientId ?? '(missing)'}`);
    }
    const registered = this.client.redirectUris ?? [];
    const redirectUri = get('redirect_uri');
    let target: string;
    if (redirectUri !== null) {
      if (registered.length > 0 && !registered.includes(redirectUri)) {
        throw new AuthorizePageError(`redirect_uri is not registered: ${redirectUri}`);
      }
      target = redirectUri;
    } else if (registered.length === 1) {
      target = registered[0];
    } else {
      throw new AuthorizePageError('redirect_uri is required.');
    }
    if (get('response_type') !== 'code') {
      throw new AuthorizePageError('response_type must be "code".');
    }
    if (get('owner') !== 'user') throw new AuthorizePageError('owner must be "user".');
    return { clientId, redirectUri, target, state: get('state') };
  }

  /** The person who signs in for a workspace: its owner, unless a member is named. */
  signInUser(workspace: WorkspaceRecord, userId?: string): PersonRecord {
    const user = this.store.user(userId ?? workspace.ownerUserId);
    if (user?.kind !== 'person' || !user.workspaceIds.includes(workspace.id)) {
      throw new AuthorizePageError(`No such person in ${workspace.name}: ${String(userId)}`);
    }
    return user;
  }

  /** "Allow access": a single-use code, and the URL the browser is sent to with it. */
  approve(
    request: AuthorizeRequest,
    workspaceId: string,
    userId?: string,
  ): { code: string; redirectUrl: string } {
    const workspace = this.store.workspace(workspaceId);
    if (!workspace) throw new AuthorizePageError(`Unknown workspace: ${workspaceId}`);
    const user = this.signInUser(workspace, userId);
    const code = randomSecret('', 24);
    this.codes.set(code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      workspaceId: workspace.id,
      userId: user.id,
      expiresAt: this.clock() + CODE_TTL_MS,
      used: false,
    });
    return { code, redirectUrl: this.callbackUrl(request, { code }) };
  }

  /** "Cancel": back to the client with `error=access_denied`. */
  deny(request: AuthorizeRequest): string {
    return this.callbackUrl(request, { error: 'access_denied' });
  }

  private callbackUrl(request: AuthorizeRequest, params: Record<string, string>): string {
    const url = new URL(request.target);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    if (request.state !== null) url.searchParams.set('state', request.state);
    return url.toString();
  }

  authenticate(credentials: ClientCredentials | null): void {
    if (
      !credentials ||
      credentials.id !== this.client.clientId ||
      credentials.secret !== this.client.clientSecret
    ) {
      throw oauthError(401, 'invalid_client', 'Client authentication failed.');
    }
  }

  /** `POST /v1/oauth/token` (request_id is added by the route). */
  token(credentials: ClientCredentials | null, body: Record<string, unknown>): OauthTokenResponse {
    this.authenticate(credentials);
    const grantType = body.grant_type;
    if (grantType === undefined)
      throw oauthError(400, 'invalid_request', 'grant_type is required.');
    if (grantType === 'authorization_code') {
      allowKeys(body, ['grant_type', 'code', 'redirect_uri', 'external_account']);
      return this.exchangeCode(body);
    }
    if (grantType === 'refresh_token') {
      allowKeys(body, ['grant_type', 'refresh_token']);
      return this.refresh(body);
    }
    throw oauthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant_type: ${JSON.stringify(grantType)}`,
    );
  }

  introspect(credentials: ClientCredentials | null, body: Record<string, unknown>) {
    this.authenticate(credentials);
    allowKeys(body, ['token']);
    const grant = this.tokens.get(requireString(body, 'token'));
    if (!grant || grant.clientId !== this.client.clientId) return { active: false };
    return { active: true, scope: SCOPE, iat: grant.issuedAt };
  }

  revoke(credentials: ClientCredentials | null, body: Record<string, unknown>): void {
    this.authenticate(credentials);
    allowKeys(body, ['token']);
    const token = requireString(body, 'token');
    if (this.tokens.get(token)?.clientId === this.client.clientId) this.tokens.revoke(token);
    this.refreshTokens.delete(token);
  }

  private exchangeCode(body: Record<string, unknown>): OauthTokenResponse {
    const code = requireString(body, 'code');
    const record = this.codes.get(code);
    if (!record || record.used || record.clientId !== this.client.clientId) {
      throw oauthError(400, 'invalid_grant', 'Invalid code: this code has been revoked.');
    }
    if (this.clock() > record.expiresAt) {
      throw oauthError(400, 'invalid_grant', 'Invalid code: this code has expired.');
    }
    // redirect_uri must repeat the authorize URL's, and must be absent if that one had none.
    const redirectUri = body.redirect_uri;
    if (record.redirectUri === null && redirectUri !== undefined) {
      throw oauthError(
        400,
        'invalid_request',
        'redirect_uri was not part of the authorization request.',
      );
    }
    if (record.redirectUri !== null && redirectUri === undefined) {
      throw oauthError(400, 'invalid_request', 'redirect_uri is required.');
    }
    if (record.redirectUri !== null && redirectUri !== record.redirectUri) {
      throw oauthError(
        400,
        'invalid_grant',
        'redirect_uri does not match the authorization request.',
      );
    }
    record.used = true;
    return this.issue(this.install(record.workspaceId, record.userId));
  }

  private refresh(body: Record<string, unknown>): OauthTokenResponse {
    const refreshToken = requireString(body, 'refresh_token');
    const installation = this.refreshTokens.get(refreshToken);
    if (!installation || installation.clientId !== this.client.clientId) {
      throw oauthError(400, 'invalid_grant', 'Invalid refresh token.');
    }
    // Rotation: the old refresh token is spent.
    this.refreshTokens.delete(refreshToken);
    return this.issue(installation);
  }

  /** One bot per integration and workspace, with a stable id across authorizations. */
  private install(workspaceId: string, userId: string): Installation {
    const botId = stableUuid(`oauth-bot:${this.client.clientId}:${workspaceId}`);
    this.store.addUser({
      kind: 'bot',
      id: botId,
      name: 'NotionChartKit',
      avatarUrl: null,
      workspaceIds: [workspaceId],
      ownerUserId: userId,
    });
    return { clientId: this.client.clientId, workspaceId, userId, botId };
  }

  private issue(installation: Installation): OauthTokenResponse {
    const workspace = this.store.workspace(installation.workspaceId);
    const user = this.store.user(installation.userId);
    if (!workspace || user?.kind !== 'person') throw new Error('installation lost its workspace');
    const accessToken = randomSecret('ntn_', 32);
    const refreshToken = randomSecret('nrt_', 32);
    this.tokens.add({
      token: accessToken,
      kind: 'oauth',
      workspaceId: workspace.id,
      botId: installation.botId,
      capabilities: FULL_CAPABILITIES,
      ownerUserId: user.id,
      clientId: installation.clientId,
      issuedAt: Math.floor(this.clock() / 1000),
    });
    this.refreshTokens.set(refreshToken, installation);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      refresh_token: refreshToken,
      bot_id: installation.botId,
      workspace_id: workspace.id,
      workspace_name: workspace.name,
      workspace_icon: workspace.icon,
      owner: {
        type: 'user',
        user: {
          object: 'user',
          id: user.id,
          name: user.name,
          avatar_url: user.avatarUrl,
          type: 'person',
          person: { email: user.email },
        },
      },
      duplicated_template_id: null,
    };
  }
}

function allowKeys(body: Record<string, unknown>, allowed: readonly string[]): void {
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    throw oauthError(400, 'invalid_request', `Unexpected parameters: ${extra.join(', ')}`);
  }
}

function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') {
    throw oauthError(400, 'invalid_request', `${key} is required.`);
  }
  return value;
}
