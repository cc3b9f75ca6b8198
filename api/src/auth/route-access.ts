import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export const IS_PUBLIC_ROUTE = 'nck:public-route';

/** Opens a route under `/api` to callers without a session or API key. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata(IS_PUBLIC_ROUTE, true);

/** The contract's open areas: no credentials on anything under these paths. */
const OPEN_PATHS = ['/api/public', '/api/oembed', '/api/webhooks'];

const isUnder = (path: string, base: string): boolean =>
  path === base || path.startsWith(`${base}/`);

/**
 * Whether a route needs a signed-in user or an API key: everything under `/api` does unless
 * it is in an open area or marked `@Public()`. Routes added later are protected by default.
 * `path` is the route's pattern (`/api/connections/:id`).
 */
export function requiresAuthentication(path: string, markedPublic: boolean): boolean {
  return isUnder(path, '/api') && !markedPublic && !OPEN_PATHS.some((open) => isUnder(path, open));
}

/** The route pattern (`/api/connections/:id`) a request matched. */
export function routePathOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split('?')[0] ?? '/';
}
