import { Injectable } from '@nestjs/common';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../core/config/app-config';
import { createSecurityHeaders } from '../core/http/security-headers';
import { Metrics } from '../core/metrics/metrics';
import { budgetOf, routeBucket } from '../core/rate-limit/rate-limit.decorator';
import { type RateBudget, RateLimiterService } from '../core/rate-limit/rate-limiter.service';
import { PublicChartCache } from './public-chart-cache.service';
import { PUBLIC_RATE_LIMIT } from './public-rate-limit';
import { sendPublicPayload } from './public-responses';

/** The data route of `PublicChartsController`, as Fastify knows it. */
const PAYLOAD_ROUTE = '/api/public/charts/:publicKey';

const PAYLOAD_PREFIX = '/api/public/charts/';

/** The key in a URL the payload route matched; `onRequest` runs before Fastify sets params. */
function publicKeyOf(url: string): string {
  const query = url.indexOf('?');
  return url.slice(PAYLOAD_PREFIX.length, query < 0 ? undefined : query);
}

/**
 * The hot path's shortcut (P1). A payload this process holds fresh in memory costs a few
 * microseconds to send, and several times that to pass the whole stack first (the security
 * headers plugin, the request-logging middleware, Nest's router, guards and pipes). So from the
 * very first `onRequest` hook, a `GET` of a public payload held in memory is answered as the
 * route answers it: the same per-IP budget (the same counter as the route's guard), CORS, ETag,
 * 304 and caching, the same security headers and the request id. Everything else (misses, unknown or private keys, over-budget
 * callers, HEAD, the event streams) goes on to the route. Hits are counted in the metrics
 * (`public_chart_requests_total{source="memory"}`, the request histogram), not logged one by one.
 */
@Injectable()
export class PublicFastPath {
  private readonly bucket = routeBucket('GET', PAYLOAD_ROUTE);
  private readonly budget: RateBudget;
  private readonly applySecurityHeaders: ReturnType<typeof createSecurityHeaders>;

  constructor(
    private readonly cache: PublicChartCache,
    private readonly limiter: RateLimiterService,
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.budget = budgetOf(PUBLIC_RATE_LIMIT, config);
    this.applySecurityHeaders = createSecurityHeaders(config);
  }

  /** Whether the request is one this could answer; cheap, for every request. */
  wants(request: FastifyRequest): boolean {
    return request.method === 'GET' && request.routeOptions.url === PAYLOAD_ROUTE;
  }

  /** Answers from memory and says so; `false` leaves the request to the route. */
  async serve(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const chart = this.cache.peek(publicKeyOf(request.url));
    if (!chart) return false;
    try {
      await this.limiter.consume(this.bucket, `ip:${request.ip}`, this.budget);
    } catch {
      // Over budget: the route's guard answers the 429 in the contract's shape.
      return false;
    }
    this.metrics.publicChartServed('memory');
    this.applySecurityHeaders(request, reply);
    void reply.header('x-request-id', request.id);
    sendPublicPayload(request, reply, chart);
    return true;
  }
}

/**
 * Puts the shortcut first in line: on the adapter, before Nest adds its middleware's hook. It
 * passes every request on until `start` hands it the application it answers from.
 */
export function registerPublicFastPath(
  adapter: FastifyAdapter,
): (app: NestFastifyApplication) => void {
  let fastPath: PublicFastPath | null = null;
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    if (!fastPath?.wants(request)) return done();
    fastPath.serve(request, reply).then(
      (answered) => {
        if (!answered) done();
      },
      (error: Error) => done(error),
    );
  });
  return (app) => {
    fastPath = app.get(PublicFastPath);
  };
}
