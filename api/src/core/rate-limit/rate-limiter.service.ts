import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiException } from '../http/api-error';
import { REDIS } from '../redis/redis.tokens';

export interface RateBudget {
  points: number;
  windowSeconds: number;
  /** Where the count lives (see `RateLimitPolicy.store`). */
  store?: 'redis' | 'memory';
}

/**
 * Request budgets counted in Redis, so a limit holds across every API process. While Redis
 * is not ready, each process counts in memory instead of failing or waiting. Budgets marked
 * `memory` are always counted in the process.
 */
@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger(RateLimiterService.name);
  private readonly limiters = new Map<string, RateLimiterRedis | RateLimiterMemory>();

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Spends one request of `subject` in `bucket`; `429` with `Retry-After` once spent. */
  async consume(bucket: string, subject: string, budget: RateBudget): Promise<void> {
    try {
      await this.limiterFor(bucket, budget).consume(subject);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new ApiException(
          HttpStatus.TOO_MANY_REQUESTS,
          `Too many requests: try again in ${retryAfter} s`,
          undefined,
          { 'Retry-After': String(retryAfter) },
        );
      }
      // Both Redis and the in-memory insurance failed: let the request through, say so.
      this.logger.warn({ err: rejection, bucket }, 'Rate limiter unavailable');
    }
  }

  private limiterFor(
    bucket: string,
    { points, windowSeconds, store = 'redis' }: RateBudget,
  ): RateLimiterRedis | RateLimiterMemory {
    const name = `${bucket}:${points}/${windowSeconds}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter =
        store === 'memory'
          ? new RateLimiterMemory({ points, duration: windowSeconds })
          : new RateLimiterRedis({
              storeClient: this.redis,
              keyPrefix: `rate:${name}`,
              points,
              duration: windowSeconds,
              rejectIfRedisNotReady: true,
              insuranceLimiter: new RateLimiterMemory({ points, duration: windowSeconds }),
            });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}
