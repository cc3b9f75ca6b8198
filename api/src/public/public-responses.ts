import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../core/http/api-error';
import type { PublicChart } from './public-chart-cache.service';

/** The contract's caching for a public payload: browsers and CDNs may keep it a minute. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400';

/**
 * CORS for public chart data: any origin when the chart allows any, else only the request's
 * origin when listed (reflected, with `Vary: Origin`). Never credentials: the data is the same
 * for everyone, and cookies must not ride along.
 */
export function applyCors(
  reply: FastifyReply,
  origin: string | undefined,
  allowed: readonly string[],
): void {
  void reply.header('access-control-expose-headers', 'ETag');
  if (allowed.length === 0) {
    void reply.header('access-control-allow-origin', '*');
    return;
  }
  void reply.header('vary', 'Origin');
  if (origin !== undefined && allowed.includes(origin)) {
    void reply.header('access-control-allow-origin', origin);
  }
}

/** Whether `If-None-Match` (a list, weak or strong, or `*`) matches the current ETag. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * The public payload, its 304, or a 404 that says nothing about why (unknown, private and
 * rotated keys all look alike).
 */
export function assertPublic(
  chart: PublicChart,
  reply: FastifyReply,
): asserts chart is Extract<PublicChart, { state: 'public' }> {
  if (chart.state === 'public') return;
  // A 404 anyone may read, and no one may keep: the key may turn public again.
  void reply.header('access-control-allow-origin', '*').header('cache-control', 'no-store');
  throw notFound('Chart');
}

export function sendPublicPayload(
  request: FastifyRequest,
  reply: FastifyReply,
  chart: PublicChart,
): void {
  assertPublic(chart, reply);
  applyCors(reply, request.headers.origin, chart.origins);
  void reply.header('etag', chart.etag).header('cache-control', PUBLIC_CACHE_CONTROL);
  if (matchesEtag(request.headers['if-none-match'], chart.etag)) {
    void reply.status(304).send();
  } else {
    void reply.header('content-type', 'application/json; charset=utf-8').send(chart.body);
  }
}
