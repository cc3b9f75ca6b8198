import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { RequestSlots, Slot, SlotRequest } from './request-slots';

/**
 * Books starts with a GCRA (generic cell rate algorithm, no burst) plus a log of the latest
 * starts. `next` holds the next free start, in microseconds of Redis's clock; `starts` the
 * last `perWindow` starts (booked, or later when they started late). A booking takes the latest
 * of now, `next`, the holds' ends and the oldest logged start plus the window, moves `next` one
 * interval on and logs itself, all in one atomic step, and answers the wait: the caller then
 * sleeps once and goes. One clock (Redis's) serves every process, so hosts' clock skew cannot
 * crowd starts; both keys expire once idle.
 *
 * Not a library: rate-limiter-flexible keeps whole-second windows in Redis (sub-second ones
 * never expire), and its `execEvenly` and `RateLimiterQueue` only spread calls within one
 * process and one fixed window, so starts still bunch at window edges across processes. The
 * Redis limiters that space calls (rolling-rate-limiter, redis-gcra) answer allowed or not,
 * which leaves every waiter to wake and ask again; booking a start lets each wait exactly once.
 */
const RESERVE = `
local clock = redis.call('TIME')
local now = clock[1] * 1000000 + clock[2]
local interval, window, perWindow = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local start = math.max(now, tonumber(ARGV[4]), tonumber(redis.call('GET', KEYS[1]) or '0'))
-- The start a window before this one may not be later than the perWindow-th latest start
-- (empty while fewer are logged).
local edge = redis.call('ZRANGE', KEYS[2], -perWindow, -perWindow, 'WITHSCORES')
if edge[2] then start = math.max(start, tonumber(edge[2]) + window) end
local wait = start - now
if wait > tonumber(ARGV[5]) then return {0, wait, start} end
local nextStart = start + interval
redis.call('SET', KEYS[1], string.format('%.0f', nextStart), 'PX',
  math.max(1, math.ceil((nextStart - now) / 1000)))
redis.call('ZADD', KEYS[2], string.format('%.0f', start), ARGV[6])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -perWindow - 1)
redis.call('PEXPIRE', KEYS[2], math.ceil((start - now + window) / 1000))
return {1, wait, start}
`;

/** Moves the booking's logged start up to now, and keeps the log a window from now. */
const STARTED = `
local clock = redis.call('TIME')
local now = clock[1] * 1000000 + clock[2]
redis.call('ZADD', KEYS[1], 'XX', 'GT', string.format('%.0f', now), ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2]) / 1000), 'GT')
return redis.call('ZSCORE', KEYS[1], ARGV[1])
`;

/** Moves the next free start of the key (or the end of its hold) to at least now + ARGV[1]. */
const HOLD_OFF = `
local clock = redis.call('TIME')
local now = clock[1] * 1000000 + clock[2]
local ends = now + tonumber(ARGV[1])
if tonumber(redis.call('GET', KEYS[1]) or '0') >= ends then return 0 end
redis.call('SET', KEYS[1], string.format('%.0f', ends), 'PX',
  math.max(1, math.ceil(tonumber(ARGV[1]) / 1000)))
return 1
`;

const MICROS_PER_MS = 1000;
const micros = (ms: number) => String(Math.round(ms * MICROS_PER_MS));

export class RedisRequestSlots implements RequestSlots {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async reserve(request: SlotRequest): Promise<Slot> {
    const { key, holdKey, intervalMs, windowMs, maxWaitMs } = request;
    const id = randomBytes(8).toString('hex');
    // The hold of another key is read apart: keys of one script must share a Redis Cluster slot.
    const holdEnds = holdKey === null ? null : await this.redis.get(this.next(holdKey));
    const [granted, waitMicros, startMicros] = (await this.redis.eval(
      RESERVE,
      2,
      this.next(key),
      this.starts(key),
      micros(intervalMs),
      micros(windowMs),
      String(Math.floor(windowMs / intervalMs)),
      holdEnds ?? '0',
      micros(maxWaitMs),
      id,
    )) as [number, number, number];
    return {
      key,
      id,
      granted: granted === 1,
      waitMs: waitMicros / MICROS_PER_MS,
      startsAt: startMicros / MICROS_PER_MS,
    };
  }

  async started(slot: Slot, windowMs: number): Promise<number> {
    const recorded = (await this.redis.eval(
      STARTED,
      1,
      this.starts(slot.key),
      slot.id,
      micros(windowMs),
    )) as string | null;
    return recorded === null ? slot.startsAt : Number(recorded) / MICROS_PER_MS;
  }

  async holdOff(key: string, ms: number): Promise<void> {
    await this.redis.eval(HOLD_OFF, 1, this.next(key), micros(ms));
  }

  // Both keys of a scope share its hash tag, so one script may touch both in a Redis Cluster.
  private next(key: string): string {
    return `${this.keyPrefix}:{${key}}:next`;
  }

  private starts(key: string): string {
    return `${this.keyPrefix}:{${key}}:starts`;
  }
}
