import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { NotionRateLimitedError } from '../notion.errors';
import { MemoryRequestSlots } from './memory-request-slots';
import { RedisRequestSlots } from './redis-request-slots';
import type { RequestSlots, Slot } from './request-slots';

export interface RateLimitOptions {
  /** Least time between two booked request starts of one connection: 1000 / the rate. */
  intervalMs: number;
  /**
   * No window this long holds more than `windowMs / intervalMs` starts of one connection,
   * counting a start that went late (a busy process) when it went.
   */
  windowMs: number;
}

/** Whose budget a request spends: its connection's, and its workspace's pauses when known. */
export interface RateLimitScope {
  connectionKey: string;
  workspaceKey: string | null;
}

const KEY_PREFIX = 'notion-pace';

/**
 * Spaces the request starts of each connection evenly, across every API and worker process:
 * each request books the connection's next start in Redis, at least `intervalMs` after the one
 * before, sleeps until it, and records when it really went. Evenly spaced starts keep every
 * window within the rate, where fixed windows let starts bunch at their edges; counting late
 * starts where they happened keeps it so on a busy machine. A 429 from Notion pauses the
 * connection, or its whole workspace when Notion says the workspace is over budget, for every
 * process at once.
 *
 * If Redis is unreachable, bookings in this process's memory stand in, so a Redis blip slows
 * Notion calls rather than failing them.
 */
export class NotionRateLimiter {
  private readonly shared: RequestSlots;
  private readonly local = new MemoryRequestSlots();

  constructor(
    redis: Redis,
    private readonly options: RateLimitOptions,
  ) {
    this.shared = new RedisRequestSlots(redis, KEY_PREFIX);
  }

  /**
   * Resolves at the scope's booked start, with that start (ms on the clock of the bookings:
   * Redis's, or this process's while Redis is down); fails at once with
   * `NotionRateLimitedError`, booking nothing, when it would be more than `maxWaitMs` away. An
   * abort of `signal` ends the wait (the booked start then goes unused).
   */
  async acquire(scope: RateLimitScope, maxWaitMs: number, signal?: AbortSignal): Promise<number> {
    const { intervalMs, windowMs } = this.options;
    const request = {
      key: scope.connectionKey,
      holdKey: scope.workspaceKey,
      intervalMs,
      windowMs,
      maxWaitMs,
    };
    let store = this.shared;
    let slot: Slot;
    try {
      slot = await store.reserve(request);
    } catch {
      store = this.local;
      slot = await store.reserve(request);
    }
    if (!slot.granted) throw new NotionRateLimitedError(Math.ceil(slot.waitMs));
    if (slot.waitMs > 0) await sleep(Math.ceil(slot.waitMs), undefined, { signal });
    // Best effort: Redis going away now must not fail a request whose start was booked.
    await store.started(slot, windowMs).catch(() => undefined);
    return slot.startsAt;
  }

  /** Holds every request of the key back for `ms` (Notion's `Retry-After`). */
  async pause(key: string, ms: number): Promise<void> {
    try {
      await this.shared.holdOff(key, ms);
    } catch {
      await this.local.holdOff(key, ms);
    }
  }
}
