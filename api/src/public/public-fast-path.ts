import { Injectable } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppConfig } from '../core/config/app-config';
import { clientAddress, clientProtocol } from '../core/http/client-address';
import { type HeaderSet, securityHeaderSets } from '../core/http/security-headers';
import { servedOverHttps } from '../core/http/served-over-https';
import { requestIdFor } from '../core/logging/request-id';
import { Metrics } from '../core/metrics/metrics';
import { budgetOf, routeBucket } from '../core/rate-limit/rate-limit.decorator';
import { type RateBudget, RateLimiterService } from '../core/rate-limit/rate-limiter.service';
import { PublicChartCache } from './public-chart-cache.service';
import { PUBLIC_RATE_LIMIT } from './public-rate-limit';
import { publicPayloadAnswer, type ServedChart } from './public-responses';

/** The data route of `PublicChartsController`, as Fastify knows it. */
const PAYLOAD_ROUTE = '/api/public/charts/:publicKey';
const PAYLOAD_PREFIX = '/api/public/charts/';

/** The key of a payload URL, or `null` for any other URL (the events stream, other routes). */
function publicKeyOf(url: string): string | null {
  if (!url.startsWith(PAYLOAD_PREFIX)) return null;
  const query = url.indexOf('?');
  const key = url.slice(PAYLOAD_PREFIX.length, query < 0 ? undefined : query);
  return key && !key.includes('/') ? key : null;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The hot path's shortcut (P1). A payload this process holds fresh in memory costs a few
 * microseconds to send, and several times that to pass the framework first (Fastify's request
 * and reply, Nest's hooks, the cookie and shutdown hooks). So the HTTP server looks at each
 * request before Fastify does, and a `GET` of a public payload held in memory is answered as the
 * route answers it: the same per-IP budget (the same counter as the route's guard, by the same
 * client address), CORS, ETag, 304 and caching, the same security headers and a request id.
 * Everything else (misses, unknown or private keys, over-budget callers, HEAD, the event
 * streams, any request once shutdown began) goes on to Fastify. Hits are counted in the
 * metrics (`public_chart_requests_total{source="memory"}`, the request histogram under the
 * route's pattern), not logged one by one.
 */
@Injectable()
export class PublicFastPath {
  private readonly bucket = routeBucket('GET', PAYLOAD_ROUTE);
  private readonly budget: RateBudget;
  /** The security headers of a payload URL, over http and over https. */
  private readonly httpHeaders: HeaderSet;
  private readonly httpsHeaders: HeaderSet;
  private readonly trustedHops: number;

  constructor(
    private readonly cache: PublicChartCache,
    private readonly limiter: RateLimiterService,
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {
    this.budget = budgetOf(PUBLIC_RATE_LIMIT, config);
    const headersFor = securityHeaderSets(config);
    this.httpHeaders = headersFor(PAYLOAD_PREFIX, false, false);
    this.httpsHeaders = headersFor(PAYLOAD_PREFIX, false, true);
    this.trustedHops = config.http.trustProxy;
  }

  /** Answers from memory and says so; `false` leaves the request to Fastify, untouched. */
  serve(req: IncomingMessage, res: ServerResponse, fallBack: Handler): boolean {
    if (req.method !== 'GET' || req.url === undefined) return false;
    const key = publicKeyOf(req.url);
    const chart = key === null ? undefined : this.cache.peek(key);
    if (!chart) return false;
    const started = process.hrtime.bigint();
    const address = clientAddress(req, this.trustedHops);
    this.limiter
      .consume(this.bucket, `ip:${address}`, this.budget)
      .then(
        () => this.answer(req, res, chart, started),
        // Over budget: the route's guard answers in the contract's shape.
        () => fallBack(req, res),
      )
      // Nothing above should throw; if it does mid-answer, the connection is all that is left.
      .catch((error: unknown) => res.destroy(error instanceof Error ? error : undefined));
    return true;
  }

  private answer(
    req: IncomingMessage,
    res: ServerResponse,
    chart: ServedChart,
    started: bigint,
  ): void {
    const answer = publicPayloadAnswer(chart, req.headers.origin, req.headers['if-none-match']);
    // Object.assign, not spread syntax: V8 copies header sets several times faster so. The
    // answer's headers are a fresh object of this request's, so the security set joins them.
    const headers = Object.assign(answer.headers, this.securityHeaders(req));
    headers['x-request-id'] = requestIdFor(req);
    if (answer.body) headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body ?? undefined);
    this.metrics.publicChartServed('memory');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.metrics.httpRequest('GET', PAYLOAD_ROUTE, answer.status, seconds);
  }

  private securityHeaders(req: IncomingMessage): HeaderSet {
    const protocol = clientProtocol(req, this.trustedHops);
    return servedOverHttps(this.config, { protocol }) ? this.httpsHeaders : this.httpHeaders;
  }
}

/**
 * The HTTP server Fastify runs on, with the shortcut in front. It passes every request on
 * until `start` hands it the application it answers from, and again from the moment the
 * application begins to close (so draining answers say `Connection: close`).
 */
export function publicFastPathServer(): {
  serverFactory: (handler: Handler, options: FastifyServerOptions) => Server;
  start: (app: NestFastifyApplication) => void;
} {
  let fastPath: PublicFastPath | null = null;
  return {
    serverFactory: (handler, options) => {
      const server = createServer((req, res) => {
        if (!fastPath?.serve(req, res, handler)) handler(req, res);
      });
      // What Fastify sets on a server it creates itself: a keep-alive longer than a load
      // balancer's idle timeout (else it reuses connections the server already closed).
      server.keepAliveTimeout = options.keepAliveTimeout ?? server.keepAliveTimeout;
      server.requestTimeout = options.requestTimeout ?? server.requestTimeout;
      server.setTimeout(options.connectionTimeout ?? 0);
      if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
      return server;
    },
    start: (app) => {
      fastPath = app.get(PublicFastPath);
      app
        .getHttpAdapter()
        .getInstance()
        .addHook('preClose', (done) => {
          fastPath = null;
          done();
        });
    },
  };
}
