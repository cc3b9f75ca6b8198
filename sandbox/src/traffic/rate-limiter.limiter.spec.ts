import { parseRateLimitConfig, RateLimiter } from './rate-limiter.limiter';

describe('RateLimiter', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows a burst, then one request per 1/rate seconds, per key', () => {
    const limiter = new RateLimiter(clock, { requestsPerSecond: 3, burst: 3 });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 333;
    expect(limiter.take('a').allowed).toBe(false);
    now += 1;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('sustains the configured average over a long run', () => {
    const limiter = new RateLimiter(clock, { requestsPerSecond: 3, burst: 10 });
    let allowed = 0;
    // A request every 100 ms for a minute: 10 from the burst plus 3 per second.
    for (let t = 0; t < 600; t++, now += 100) if (limiter.take('k').allowed) allowed++;
    expect(allowed).toBe(10 + 180 - 1);
  });

  it('asks for whole seconds, as Notion does, even for slow rates', () => {
    const limiter = new RateLimiter(clock, { requestsPerSecond: 0.2, burst: 1 });
    limiter.take('k');
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 5 });
  });

  it('lets everything through when off, and forgets buckets when reconfigured', () => {
    const limiter = new RateLimiter(clock, null);
    for (let i = 0; i < 100; i++) expect(limiter.take('k').allowed).toBe(true);
    limiter.configure({ requestsPerSecond: 1, burst: 1 });
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('validates configuration sent over HTTP', () => {
    expect(parseRateLimitConfig({})).toEqual({ requestsPerSecond: 3, burst: 10 });
    expect(() => parseRateLimitConfig({ burst: 0 })).toThrow('burst');
    expect(() => parseRateLimitConfig({ requestsPerSecond: 'fast' })).toThrow('requestsPerSecond');
  });
});
