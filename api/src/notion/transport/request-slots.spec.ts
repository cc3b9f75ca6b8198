import type Redis from 'ioredis';
import { connectTestRedis } from '../testing/test-redis';
import { MemoryRequestSlots } from './memory-request-slots';
import { RedisRequestSlots } from './redis-request-slots';
import type { RequestSlots, Slot, SlotRequest } from './request-slots';

// 10 starts in any 400 ms, 40 ms apart.
const REQUEST: SlotRequest = {
  key: 'connection:c1',
  holdKey: null,
  intervalMs: 40,
  windowMs: 400,
  maxWaitMs: 10_000,
};

describe.each([
  ['in Redis', (redis: Redis) => new RedisRequestSlots(redis, 'notion-pace')],
  ['in memory', () => new MemoryRequestSlots()],
])('request slots %s', (_, create: (redis: Redis) => RequestSlots) => {
  let redis: Redis;
  let slots: RequestSlots;

  beforeEach(() => {
    redis = connectTestRedis();
    slots = create(redis);
  });

  afterEach(() => redis.disconnect());

  it('books starts one interval apart, back to back', async () => {
    const booked: Slot[] = [];
    for (let i = 0; i < 5; i++) booked.push(await slots.reserve(REQUEST));
    expect(booked.every((slot) => slot.granted)).toBe(true);
    const gaps = booked.slice(1).map((slot, i) => slot.startsAt - booked[i].startsAt);
    for (const gap of gaps) expect(gap).toBeCloseTo(REQUEST.intervalMs, 3);
  });

  it('counts a start that went late where it happened: the start a window later moves with it', async () => {
    const first = await slots.reserve(REQUEST);
    const rest: Slot[] = [];
    for (let i = 1; i < 10; i++) rest.push(await slots.reserve(REQUEST));
    // The first went only now, after nine more bookings: later than booked.
    const wentAt = await slots.started(first, REQUEST.windowMs);
    expect(wentAt).toBeGreaterThanOrEqual(first.startsAt);

    const eleventh = await slots.reserve(REQUEST);
    expect(eleventh.startsAt).toBeGreaterThanOrEqual(wentAt + REQUEST.windowMs);
    expect(eleventh.startsAt).toBeGreaterThanOrEqual(rest[8].startsAt + REQUEST.intervalMs);
  });

  it('refuses a start beyond the longest wait, booking nothing', async () => {
    await slots.holdOff(REQUEST.key, 5000);
    const refused = await slots.reserve({ ...REQUEST, maxWaitMs: 100 });
    expect(refused.granted).toBe(false);
    expect(refused.waitMs).toBeGreaterThan(4000);
    const next = await slots.reserve(REQUEST);
    expect(next.startsAt).toBeCloseTo(refused.startsAt, -1);
  });

  it("holds a scope's starts back until another key's hold ends", async () => {
    await slots.holdOff('workspace:w1', 1000);
    const held = await slots.reserve({ ...REQUEST, holdKey: 'workspace:w1' });
    expect(held.waitMs).toBeGreaterThan(900);
    const free = await slots.reserve({ ...REQUEST, key: 'connection:c2', holdKey: 'workspace:w2' });
    expect(free.waitMs).toBe(0);
  });
});
