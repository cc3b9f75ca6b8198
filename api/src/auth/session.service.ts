import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Clock } from '../core/clock/clock';
import { sha256Hex } from '../core/crypto/sha256';
import { REDIS } from '../core/redis/redis.tokens';
import { AuthCookies } from './auth-cookies';

export const SESSION_COOKIE = 'nck_session';

const HOUR_MS = 60 * 60 * 1000;
/** A session ends after this long without a request. */
const SESSION_IDLE_MS = 14 * 24 * HOUR_MS;
/** Rolling expiry is written at most this often, not on every request. */
const EXTEND_EVERY_MS = HOUR_MS;

interface StoredSession {
  userId: string;
  /** Epoch ms; also the Redis expiry, checked here too so the clock decides. */
  expiresAt: number;
}

export interface ActiveSession {
  sessionId: string;
  userId: string;
}

/**
 * Browser sessions in Redis behind the `nck_session` cookie. Redis keys name the SHA-256 of
 * the session id, so a Redis dump holds no usable session.
 */
@Injectable()
export class SessionService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly cookies: AuthCookies,
  ) {}

  /** A new session for `userId`; any session the browser had ends (no fixation). */
  async start(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
    const previous = this.cookies.read(request, SESSION_COOKIE);
    if (previous) await this.redis.del(keyOf(previous));
    const sessionId = randomBytes(32).toString('base64url');
    await this.write(request, reply, sessionId, userId);
  }

  /** The browser's live session, extended (rolling expiry); null when there is none. */
  async resume(request: FastifyRequest, reply: FastifyReply): Promise<ActiveSession | null> {
    const sessionId = this.cookies.read(request, SESSION_COOKIE);
    const stored = sessionId ? await this.read(sessionId) : null;
    if (!sessionId || !stored) {
      if (this.cookies.isPresent(request, SESSION_COOKIE)) {
        this.cookies.clear(request, reply, SESSION_COOKIE, '/');
      }
      return null;
    }
    const now = this.clock.now();
    if (stored.expiresAt <= now) {
      await this.end(request, reply);
      return null;
    }
    if (stored.expiresAt - now < SESSION_IDLE_MS - EXTEND_EVERY_MS) {
      await this.write(request, reply, sessionId, stored.userId);
    }
    return { sessionId, userId: stored.userId };
  }

  /** Ends the browser's session, if any, and clears its cookie. */
  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const sessionId = this.cookies.read(request, SESSION_COOKIE);
    if (sessionId) await this.redis.del(keyOf(sessionId));
    if (this.cookies.isPresent(request, SESSION_COOKIE)) {
      this.cookies.clear(request, reply, SESSION_COOKIE, '/');
    }
  }

  private async read(sessionId: string): Promise<StoredSession | null> {
    const raw = await this.redis.get(keyOf(sessionId));
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  }

  private async write(
    request: FastifyRequest,
    reply: FastifyReply,
    sessionId: string,
    userId: string,
  ): Promise<void> {
    const session: StoredSession = { userId, expiresAt: this.clock.now() + SESSION_IDLE_MS };
    await this.redis.set(keyOf(sessionId), JSON.stringify(session), 'PX', SESSION_IDLE_MS);
    this.cookies.set(request, reply, SESSION_COOKIE, sessionId, {
      path: '/',
      maxAgeSeconds: SESSION_IDLE_MS / 1000,
    });
  }
}

function keyOf(sessionId: string): string {
  return `session:${sha256Hex(sessionId)}`;
}
