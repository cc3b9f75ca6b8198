import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { User } from '../users/user.entity';

/** The signed-in user (session or API key) of an authenticated route. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User => {
    const { principal } = context.switchToHttp().getRequest<FastifyRequest>();
    // Only a public route can get here without one: a mistake in that route, not the caller's.
    if (!principal) throw new Error('@CurrentUser() used on a route without authentication');
    return principal.user;
  },
);
