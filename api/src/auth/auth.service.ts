import { Injectable, Logger } from '@nestjs/common';
import { type Me, SIGN_IN_ERROR_PARAM, type SignInErrorCode } from '@notionchartkit/shared';
import type { OauthTokenResponse } from '@notionhq/client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthorizationError, InternalOAuthError } from 'passport-oauth2';
import { ConnectionsService } from '../connections/connections.service';
import type { User } from '../users/user.entity';
import { type NotionPerson, UsersService } from '../users/users.service';
import { NOTION_STRATEGY } from './notion-oauth.strategy';
import { OAuthStateStore, type StateRejection, type StateRequest } from './oauth-state.store';
import { runStrategy } from './passport-runner';
import { SessionService } from './session.service';
import { SignInError } from './sign-in-error';

function isStateRejection(challenge: unknown): challenge is StateRejection {
  return typeof challenge === 'object' && challenge !== null && 'signInError' in challenge;
}

/** What a strategy error means for the person signing in. */
function errorCode(error: unknown): SignInErrorCode {
  // Notion redirected back with an `error` other than access_denied.
  if (error instanceof AuthorizationError) return 'notion_error';
  // passport-oauth2 wraps what the token exchange threw.
  const cause: unknown = error instanceof InternalOAuthError ? error.oauthError : error;
  return cause instanceof SignInError ? cause.code : 'server_error';
}

function personOf(grant: OauthTokenResponse): NotionPerson | null {
  if (grant.owner.type !== 'user') return null;
  const { user } = grant.owner;
  const full = 'type' in user ? user : null;
  return {
    notionUserId: user.id,
    name: full?.name ?? null,
    avatarUrl: full?.avatar_url ?? null,
    email: full?.person.email || null,
  };
}

/**
 * "Sign in with Notion": the round trip through Notion's consent page (passport-oauth2 with
 * `NotionOAuthStrategy`), then the user, the workspace connection and a new session. Someone
 * already signed in who goes through it again adds the workspace to their own account.
 */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly states: OAuthStateStore,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly connections: ConnectionsService,
  ) {}

  /** Notion's authorize URL with a fresh state bound to this browser. */
  async beginSignIn(request: FastifyRequest, reply: FastifyReply): Promise<string> {
    const state: StateRequest = { browser: this.states.bindBrowser(request, reply) };
    // passport-oauth2 takes a `code` or `error` in the query for Notion's answer: a start
    // always begins afresh, whatever its query says.
    const start = Object.create(request, {
      query: { value: {} },
      body: { value: undefined },
    }) as FastifyRequest;
    const outcome = await runStrategy(NOTION_STRATEGY, start, { state });
    if (outcome.kind === 'redirect') return outcome.url;
    throw outcome.kind === 'error'
      ? outcome.error
      : new Error(`Starting a Notion sign-in ended with ${outcome.kind}`);
  }

  /** Where the browser goes after Notion: `/`, signed in, or `/?signInError=<code>`. */
  async completeSignIn(request: FastifyRequest, reply: FastifyReply): Promise<string> {
    try {
      const grant = await this.receiveGrant(request);
      const current = await this.sessions.resume(request, reply);
      const user = await this.signIn(grant, current?.userId ?? null);
      await this.sessions.start(request, reply, user.id);
      this.states.releaseBrowser(request, reply);
      return '/';
    } catch (error) {
      const code = error instanceof SignInError ? error.code : 'server_error';
      if (code === 'server_error' || code === 'notion_error') {
        const cause = error instanceof SignInError ? error.cause : error;
        this.logger.error({ err: cause, signInError: code }, 'Sign-in failed');
      } else {
        this.logger.warn({ signInError: code }, 'Sign-in refused');
      }
      return `/?${SIGN_IN_ERROR_PARAM}=${code}`;
    }
  }

  me(user: User): Me {
    return { id: user.id, name: user.name, avatarUrl: user.avatarUrl, email: user.email };
  }

  /** Ends the browser's session; a caller with an API key has none, and nothing changes. */
  logout(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    return this.sessions.end(request, reply);
  }

  private async receiveGrant(request: FastifyRequest): Promise<OauthTokenResponse> {
    const { code, error } = request.query as { code?: unknown; error?: unknown };
    // Without either, passport-oauth2 would start a new authorization instead.
    if (!code && !error) throw new SignInError('missing_code');
    const outcome = await runStrategy<OauthTokenResponse>(NOTION_STRATEGY, request);
    switch (outcome.kind) {
      case 'success':
        return outcome.user;
      case 'fail':
        throw new SignInError(
          isStateRejection(outcome.challenge) ? outcome.challenge.signInError : 'access_denied',
        );
      case 'error':
        throw new SignInError(errorCode(outcome.error), { cause: outcome.error });
      case 'redirect':
        throw new SignInError('missing_code');
    }
  }

  private async signIn(grant: OauthTokenResponse, currentUserId: string | null): Promise<User> {
    const person = personOf(grant);
    const current = currentUserId ? await this.users.findById(currentUserId) : null;
    let user: User;
    if (current) {
      user = person ? await this.users.refreshProfile(current, person) : current;
    } else if (person) {
      user = await this.users.upsertFromNotion(person);
    } else {
      throw new SignInError('notion_error', {
        cause: new Error('The grant is owned by the workspace: it names no person to sign in'),
      });
    }
    await this.connections.saveOAuth(user.id, grant);
    return user;
  }
}
