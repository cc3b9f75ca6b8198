import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import type { RateBudget } from './rate-limiter.service';

export interface RateLimitPolicy {
  /** Count per signed-in user, or per client IP (the only choice on routes without a user). */
  by: 'user' | 'ip';
  /** Requests allowed per window, or where the configuration says it. */
  points: number | ((config: AppConfig) => number);
  windowSeconds: number;
  /**
   * `redis` (default): one budget across every API process. `memory`: each process counts on
   * its own, with no Redis round trip per request: for hot public routes, where that round
   * trip would cost more than the limit is worth (the limit then holds per process).
   */
  store?: 'redis' | 'memory';
}

export const RATE_LIMIT_POLICY = 'nck:rate-limit-policy';

/** The budget a policy spends from, its points read from the configuration where it says so. */
export function budgetOf(policy: RateLimitPolicy, config: AppConfig): RateBudget {
  const { points } = policy;
  return { ...policy, points: typeof points === 'function' ? points(config) : points };
}

/** The budget a route with its own policy counts in (one per method and route pattern). */
export const routeBucket = (method: string, routePattern: string): string =>
  `${method} ${routePattern}`;

/**
 * Gives a route (or every route of a controller) its own limit instead of the default one.
 * The route is counted on its own, apart from the shared default budget.
 */
export const RateLimit = (policy: RateLimitPolicy): ClassDecorator & MethodDecorator =>
  SetMetadata(RATE_LIMIT_POLICY, policy);
