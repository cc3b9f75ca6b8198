import { Inject, Injectable } from '@nestjs/common';
import type { SignInErrorCode } from '@notionchartkit/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Clock } from '../core/clock/clock';
import { sha256Hex } from '../core/crypto/sha256';
import { REDIS } from '../core/redis/redis.tokens';
import { AuthCookies } from './auth-cookies';

/** Holds the browser's sign-in nonce; scoped to the sign-in start and its callback. */
const SIGN_IN_COOKIE = 'nck_sign_in';
const SIGN_IN_PATH = '/api/auth/notion';

/** How long a person has between "Sign in with Notion" and the callback. */
const STATE_TTL_MS = 10 * 60 * 1000;
/** Redis keeps a state a while past its expiry, so a late callback hears "expired". */
const STATE_GRACE_MS = 5 * 60 * 1000;

interface StoredState {
  /** SHA-256 of the nonce in the browser's sign-in cookie. */
  browser: string;
  expiresAt: number;
}

/** What the sign-in hands passport-oauth2 as the app-level state of a new authorization. */
export interface StateRequest {
  browser: string;
}

/** Why the state store refused a callback: passport passes it on as the failure challenge. */
export interface StateRejection {
  signInError: SignInErrorCode;
}

/**
 * OAuth `state` for passport-oauth2: a fresh random value per authorization, kept in Redis,
 * bound to the browser that asked for it (a signed cookie nonce), single-use and short-lived.
 * passport-oauth2 calls `store` and `verify`, picking their forms by arity.
 */
@Injectable()
export class OAuthStateStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly cookies: AuthCookies,
  ) {}

  /** The browser's binding: its sign-in nonce (kept across tabs, or new), hashed. */
  bindBrowser(request: FastifyRequest, reply: FastifyReply): string {
    const nonce =
      this.cookies.read(request, SIGN_IN_COOKIE) ?? randomBytes(32).toString('base64url');
    this.cookies.set(request, reply, SIGN_IN_COOKIE, nonce, {
      path: SIGN_IN_PATH,
      maxAgeSeconds: STATE_TTL_MS / 1000,
    });
    return sha256Hex(nonce);
  }

  /** After a completed sign-in the browser needs no nonce until the next one. */
  releaseBrowser(request: FastifyRequest, reply: FastifyReply): void {
    this.cookies.clear(request, reply, SIGN_IN_COOKIE, SIGN_IN_PATH);
  }

  store(
    _request: unknown,
    requested: StateRequest,
    _meta: unknown,
    callback: (error: Error | null, state?: string) => void,
  ): void {
    const state = randomBytes(32).toString('base64url');
    const stored: StoredState = {
      browser: requested.browser,
      expiresAt: this.clock.now() + STATE_TTL_MS,
    };
    this.redis.set(keyOf(state), JSON.stringify(stored), 'PX', STATE_TTL_MS + STATE_GRACE_MS).then(
      () => callback(null, state),
      (error: Error) => callback(error),
    );
  }

  verify(
    request: FastifyRequest,
    state: unknown,
    callback: (error: Error | null, ok: boolean, rejection?: StateRejection) => void,
  ): void {
    this.check(request, state).then(
      (problem) =>
        problem ? callback(null, false, { signInError: problem }) : callback(null, true),
      (error: Error) => callback(error, false),
    );
  }

  private async check(request: FastifyRequest, state: unknown): Promise<SignInErrorCode | null> {
    if (typeof state !== 'string' || state === '') return 'state_missing';
    // Taken out on first sight, whatever follows: a state never works twice.
    const raw = await this.redis.getdel(keyOf(state));
    if (!raw) return 'state_unknown';
    const stored = JSON.parse(raw) as StoredState;
    const nonce = this.cookies.read(request, SIGN_IN_COOKIE);
    if (!nonce || sha256Hex(nonce) !== stored.browser) return 'state_foreign';
    if (this.clock.now() > stored.expiresAt) return 'state_expired';
    return null;
  }
}

function keyOf(state: string): string {
  return `oauth-state:${sha256Hex(state)}`;
}
