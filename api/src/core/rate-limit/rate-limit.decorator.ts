import { SetMetadata } from '@nestjs/common';

export interface RateLimitPolicy {
  /** Count per signed-in user, or per client IP (the only choice on routes without a user). */
  by: 'user' | 'ip';
  /** Requests allowed per window. */
  points: number;
  windowSeconds: number;
}

export const RATE_LIMIT_POLICY = 'nck:rate-limit-policy';

/**
 * Gives a route (or every route of a controller) its own limit instead of the default one.
 * The route is counted on its own, apart from the shared default budget.
 */
export const RateLimit = (policy: RateLimitPolicy): ClassDecorator & MethodDecorator =>
  SetMetadata(RATE_LIMIT_POLICY, policy);
