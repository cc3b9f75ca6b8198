import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../core/config/app-config';
import {
  budgetOf,
  RATE_LIMIT_POLICY,
  type RateLimitPolicy,
  routeBucket,
} from '../core/rate-limit/rate-limit.decorator';
import { RateLimiterService } from '../core/rate-limit/rate-limiter.service';
import { routePathOf } from './route-access';

/**
 * Global, after authentication: `/api` routes with a user spend from that user's budget, the
 * others from the client IP's. `@RateLimit(…)` gives a route its own budget instead.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiterService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const path = routePathOf(request);
    const own = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!own && !path.startsWith('/api/')) return true;

    const userId = request.principal?.user.id;
    const policy = own ?? this.defaultPolicy(userId !== undefined);
    const byUser = policy.by === 'user' && userId !== undefined;
    await this.limiter.consume(
      own ? routeBucket(request.method, path) : byUser ? 'user' : 'ip',
      byUser ? `user:${userId}` : `ip:${request.ip}`,
      budgetOf(policy, this.config),
    );
    return true;
  }

  private defaultPolicy(signedIn: boolean): RateLimitPolicy {
    const { perUserPerMinute, perIpPerMinute } = this.config.rateLimits;
    return signedIn
      ? { by: 'user', points: perUserPerMinute, windowSeconds: 60 }
      : { by: 'ip', points: perIpPerMinute, windowSeconds: 60 };
  }
}
