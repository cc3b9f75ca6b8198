import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { NotionRateLimitedError } from '../notion.errors';

export interface RateLimitOptions {
  /** Requests per window per connection; with `windowSeconds` this is the sustained rate. */
  points: number;
  /** Whole seconds: the Redis store keeps windows in seconds. */
  windowSeconds: number;
}

/** Whose budget a request spends: its connection's, and its workspace's pauses when known. */
export interface RateLimitScope {
  connectionKey: string;
  workspaceKey: string | null;
}

/** Spreads waiters that wake for the same window over a few milliseconds. */
const WAKE_JITTER_MS = 25;

/**
 * A per-connection request budget kept in Redis, so it holds across every API and worker
 * process (rate-limiter-flexible's atomic fixed window; `points` per `windowSeconds`). Callers
 * wait for a slot instead of failing. A 429 from Notion pauses the connection, or its whole
 * workspace when Notion says the workspace is over budget, for every process at once.
 *
 * If Redis is unreachable, an in-process limiter with the same budget stands in, so a Redis
 * blip slows Notion calls rather than failing them.
 */
export class NotionRateLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly options: RateLimitOptions,
  ) {
    const budget = { points: options.points, duration: options.windowSeconds };
    this.limiter = new RateLimiterRedis({
      ...budget,
      storeClient: redis,
      keyPrefix: 'notion-rate',
      insuranceLimiter: new RateLimiterMemory({ ...budget, keyPrefix: 'notion-rate' }),
    });
  }

  /**
   * Resolves when the scope may send one request, having spent it from the budget; fails with
   * `NotionRateLimitedError` rather than wait longer than `maxWaitMs`, and stops waiting when
   * `signal` aborts.
   */
  async acquire(scope: RateLimitScope, maxWaitMs: number, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + maxWaitMs;
    for (;;) {
      const waitMs = await this.waitBeforeNext(scope);
      if (waitMs === 0) return;
      if (Date.now() + waitMs > deadline) throw new NotionRateLimitedError(waitMs);
      await sleep(waitMs + Math.floor(Math.random() * WAKE_JITTER_MS), undefined, { signal });
    }
  }

  /** Holds every request of the key back for `ms` (Notion's `Retry-After`). */
  async pause(key: string, ms: number): Promise<void> {
    // Redis windows are whole seconds and a zero-second block would never expire.
    await this.limiter.block(key, Math.max(1, Math.ceil(ms / 1000)));
  }

  private async waitBeforeNext(scope: RateLimitScope): Promise<number> {
    if (scope.workspaceKey !== null) {
      const paused = await this.limiter.get(scope.workspaceKey);
      if (paused !== null && paused.consumedPoints > this.options.points) {
        return Math.max(1, paused.msBeforeNext);
      }
    }
    try {
      await this.limiter.consume(scope.connectionKey);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, rejection.msBeforeNext);
      throw rejection;
    }
  }
}
