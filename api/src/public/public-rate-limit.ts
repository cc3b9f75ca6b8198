import type { RateLimitPolicy } from '../core/rate-limit/rate-limit.decorator';

/**
 * The public chart endpoints and pages: per client IP, counted in this process's memory, so a
 * cached answer costs no Redis round trip for the limit. A budget per process is the price: with
 * N API processes behind a balancer an address gets up to N times it, which is still a bound.
 */
export const PUBLIC_RATE_LIMIT: RateLimitPolicy = {
  by: 'ip',
  points: (config) => config.rateLimits.publicPerIpPerMinute,
  windowSeconds: 60,
  store: 'memory',
};
