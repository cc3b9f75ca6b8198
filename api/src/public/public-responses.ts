import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../core/http/api-error';
import type { PublicChart } from './public-chart-cache.service';

export type ServedChart = Extract<PublicChart, { state: 'public' }>;

/** The contract's caching for a public payload: browsers and CDNs may keep it a minute. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400';

/**
 * CORS for public chart data: any origin when the chart allows any, else only the request's
 * origin when listed (reflected, with `Vary: Origin`). Never credentials: the data is the same
 * for everyone, and cookies must not ride along.
 */
export function corsHeaders(
  origin: string | undefined,
  allowed: readonly string[],
): Record<string, string> {
  // Built by assignment: this runs on every public hit, where spread syntax costs noticeably.
  const headers: Record<string, string> = { 'access-control-expose-headers': 'ETag' };
  if (allowed.length === 0) {
    headers['access-control-allow-origin'] = '*';
  } else {
    headers.vary = 'Origin';
    if (origin !== undefined && allowed.includes(origin)) {
      headers['access-control-allow-origin'] = origin;
    }
  }
  return headers;
}

export function applyCors(
  reply: FastifyReply,
  origin: string | undefined,
  allowed: readonly string[],
): void {
  void reply.headers(corsHeaders(origin, allowed));
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
): asserts chart is ServedChart {
  if (chart.state === 'public') return;
  // A 404 anyone may read, and no one may keep: the key may turn public again.
  void reply.header('access-control-allow-origin', '*').header('cache-control', 'no-store');
  throw notFound('Chart');
}

/** A public payload's answer: `200` with the stored JSON, or `304` when the client has it. */
export interface PublicPayloadAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

export function publicPayloadAnswer(
  chart: ServedChart,
  origin: string | undefined,
  ifNoneMatch: string | undefined,
): PublicPayloadAnswer {
  const headers = corsHeaders(origin, chart.origins);
  headers.etag = chart.etag;
  headers['cache-control'] = PUBLIC_CACHE_CONTROL;
  if (matchesEtag(ifNoneMatch, chart.etag)) return { status: 304, headers, body: null };
  headers['content-type'] = 'application/json; charset=utf-8';
  return { status: 200, headers, body: chart.body };
}

export function sendPublicPayload(
  request: FastifyRequest,
  reply: FastifyReply,
  chart: PublicChart,
): void {
  assertPublic(chart, reply);
  const answer = publicPayloadAnswer(
    chart,
    request.headers.origin,
    request.headers['if-none-match'],
  );
  void reply
    .status(answer.status)
    .headers(answer.headers)
    .send(answer.body ?? undefined);
}
