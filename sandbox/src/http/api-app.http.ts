import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Delays } from '../core/delays.util';
import { randomUuid } from '../core/ids.util';
import {
  errorBody,
  NotionError,
  quoted,
  unauthorizedError,
  validationError,
} from '../core/notion-error.error';
import type { ClientCredentials } from '../auth/oauth.service';
import type { Grant, TokenRegistry } from '../auth/token.registry';
import type { SandboxEvents } from '../control/sandbox-events.events';
import { API_VERSIONS, type ApiVersion } from '../shapes/shape-context.shape';
import { edgeProxyPage, type FaultInjector } from '../traffic/fault-injector.faults';
import type { RateLimiter } from '../traffic/rate-limiter.limiter';
import type { RequestCounters } from '../traffic/request-counters.counter';

export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Readonly<Record<string, string>> }
  | { kind: 'html'; status: number; html: string }
  | { kind: 'redirect'; location: string }
  /** An edge-proxy page: HTML, no request id. */
  | { kind: 'edge'; status: number };

export const json = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body });
export const html = (markup: string, status = 200): Reply => ({
  kind: 'html',
  status,
  html: markup,
});
export const redirect = (location: string): Reply => ({ kind: 'redirect', location });

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type JsonObject = Record<string, unknown>;

interface BaseContext {
  requestId: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
}

/** Data endpoints: a valid bearer token and a supported Notion-Version. */
export interface BearerContext extends BaseContext {
  grant: Grant;
  version: ApiVersion;
  body: JsonObject;
}

/** OAuth endpoints: HTTP Basic client credentials (checked by the handler). */
export interface BasicContext extends BaseContext {
  credentials: ClientCredentials | null;
  version: ApiVersion;
  body: JsonObject;
}

/** Pages a browser opens (the consent page), with form posts. */
export interface BrowserContext extends BaseContext {
  form: URLSearchParams;
}

/** The sandbox's own control API: JSON in, JSON out, never counted or limited. */
export interface ControlContext extends BaseContext {
  body: JsonObject;
}

interface RouteCommon {
  method: Method;
  path: string;
}

export type RouteDef = RouteCommon &
  (
    | { auth: 'bearer'; handler: (ctx: BearerContext) => Reply | Promise<Reply> }
    | { auth: 'basic'; handler: (ctx: BasicContext) => Reply | Promise<Reply> }
    | { auth: 'browser'; handler: (ctx: BrowserContext) => Reply | Promise<Reply> }
    | { auth: 'control'; handler: (ctx: ControlContext) => Reply | Promise<Reply> }
  );

export interface ApiAppDeps {
  tokens: TokenRegistry;
  limiter: RateLimiter;
  faults: FaultInjector;
  counters: RequestCounters;
  events: SandboxEvents;
  delays: Delays;
}

/** Notion caps request bodies at 500 KB. */
const BODY_LIMIT_BYTES = 500 * 1024;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(header(request, 'authorization') ?? '');
  return match ? match[1].trim() : null;
}

function basicCredentials(request: FastifyRequest): ClientCredentials | null {
  const match = /^Basic\s+(.+)$/i.exec(header(request, 'authorization') ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function parseVersion(request: FastifyRequest): ApiVersion {
  const raw = header(request, 'notion-version');
  if (raw === undefined) {
    throw new NotionError(
      400,
      'missing_version',
      'Notion-Version header failed validation: Notion-Version header should be defined, instead was undefined.',
    );
  }
  const version = API_VERSIONS.find((v) => v === raw);
  if (!version) {
    throw validationError(
      `Notion-Version header failed validation: Notion-Version header should be one of ${API_VERSIONS.map((v) => `"${v}"`).join(', ')}, instead was ${quoted(raw)}.`,
    );
  }
  return version;
}

function bodyText(request: FastifyRequest): string {
  return Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
}

function parseJsonObject(request: FastifyRequest): JsonObject {
  const text = bodyText(request);
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new NotionError(400, 'invalid_json', 'Error parsing JSON body.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw validationError(
      `body failed validation: body should be an object, instead was ${quoted(parsed)}.`,
    );
  }
  return parsed as JsonObject;
}

function rateLimitedError(retryAfterSeconds: number): NotionError {
  return new NotionError(
    429,
    'rate_limited',
    'You have been rate limited. Please try again in a few minutes.',
    { rate_limit_reason: 'public_api_request_rate_limit' },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/**
 * The HTTP front: every `/v1` request goes through the same steps Notion's API applies —
 * version header, authentication, rate limit, (injected) upstream faults, body parsing — and
 * every answer carries `x-notion-request-id` and Notion's error object on failure.
 */
export class ApiApp {
  readonly fastify: FastifyInstance;

  constructor(private readonly deps: ApiAppDeps) {
    this.fastify = Fastify({
      logger: false,
      bodyLimit: BODY_LIMIT_BYTES,
      forceCloseConnections: true,
      routerOptions: { ignoreTrailingSlash: true },
    });
    // Bodies are parsed per route kind (JSON, form), so every content type arrives raw.
    this.fastify.removeAllContentTypeParsers();
    this.fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });
    this.fastify.setNotFoundHandler((request, reply) => this.notFound(request, reply));
    this.fastify.setErrorHandler((error, request, reply) =>
      this.frameworkError(error, request, reply),
    );
  }

  /** Errors raised by the framework before a route runs (oversized or unreadable bodies). */
  private frameworkError(
    error: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const statusCode =
      typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : 500;
    const notionError =
      statusCode === 413
        ? validationError('Request body too large.')
        : new NotionError(
            400,
            'invalid_request',
            error instanceof Error ? error.message : 'Bad request.',
          );
    if (request.url.startsWith('/v1/')) {
      this.deps.counters.record(
        `${request.method} ${request.routeOptions.url ?? request.url}`,
        null,
        notionError.status,
        false,
      );
    }
    const requestId = randomUuid();
    return this.send(reply, this.errorReply(notionError, requestId), requestId);
  }

  route(def: RouteDef): void {
    this.fastify.route({
      method: def.method,
      url: def.path,
      handler: (request, reply) => this.dispatch(def, request, reply),
    });
  }

  private async dispatch(
    def: RouteDef,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const receivedAt = Date.now();
    const requestId = randomUuid();
    const endpoint = `${def.method} ${def.path}`;
    const caller =
      def.auth === 'bearer'
        ? bearerToken(request)
        : def.auth === 'basic'
          ? (basicCredentials(request)?.id ?? null)
          : null;
    let fault = false;
    let answer: Reply;
    try {
      answer = await this.process(def, request, requestId, endpoint, caller, () => {
        fault = true;
      });
    } catch (error) {
      answer = this.errorReply(error, requestId);
    }
    const status = answer.kind === 'redirect' ? 302 : answer.status;
    if (def.auth !== 'control') this.deps.counters.record(endpoint, caller, status, fault);
    await this.send(reply, answer, requestId);
    if (def.auth !== 'control') {
      this.deps.events.emit('request', {
        method: def.method,
        endpoint,
        status,
        caller,
        requestId,
        receivedAt,
      });
    }
  }

  private async process(
    def: RouteDef,
    request: FastifyRequest,
    requestId: string,
    endpoint: string,
    caller: string | null,
    markFault: () => void,
  ): Promise<Reply> {
    const base: BaseContext = {
      requestId,
      params: request.params as Record<string, string>,
      query: new URL(request.url, 'http://sandbox.invalid').searchParams,
    };
    switch (def.auth) {
      case 'control':
        return def.handler({ ...base, body: parseJsonObject(request) });
      case 'browser':
        return def.handler({ ...base, form: new URLSearchParams(bodyText(request)) });
      case 'basic': {
        const version = parseVersion(request);
        const faulted = await this.injectFault(endpoint, caller, markFault);
        if (faulted) return faulted;
        return def.handler({
          ...base,
          version,
          credentials: basicCredentials(request),
          body: parseJsonObject(request),
        });
      }
      case 'bearer': {
        const version = parseVersion(request);
        const grant = caller === null ? undefined : this.deps.tokens.get(caller);
        if (!grant || caller === null) throw unauthorizedError();
        const decision = this.deps.limiter.take(caller);
        if (!decision.allowed) {
          this.deps.events.emit('rate-limited', {
            endpoint,
            token: caller,
            retryAfterSeconds: decision.retryAfterSeconds,
          });
          throw rateLimitedError(decision.retryAfterSeconds);
        }
        const faulted = await this.injectFault(endpoint, caller, markFault);
        if (faulted) return faulted;
        const body = def.method === 'GET' ? {} : parseJsonObject(request);
        return def.handler({ ...base, version, grant, body });
      }
    }
  }

  /** Applies a matching fault rule: waits if slow, and answers instead of the route if failing. */
  private async injectFault(
    endpoint: string,
    caller: string | null,
    markFault: () => void,
  ): Promise<Reply | undefined> {
    const decision = this.deps.faults.decide(endpoint, caller);
    if (decision.delayMs > 0) await this.deps.delays.sleep(decision.delayMs);
    switch (decision.outcome.kind) {
      case 'none':
        return undefined;
      case 'error':
        markFault();
        throw decision.outcome.error;
      case 'non_json':
        markFault();
        return { kind: 'edge', status: decision.outcome.status };
    }
  }

  private errorReply(error: unknown, requestId: string): Reply {
    if (error instanceof NotionError) {
      return {
        kind: 'json',
        status: error.status,
        body: errorBody(error, requestId),
        headers: error.headers,
      };
    }
    this.deps.events.emit('error', error instanceof Error ? error : new Error(String(error)));
    const internal = new NotionError(500, 'internal_server_error', 'Unexpected error occurred.');
    return { kind: 'json', status: 500, body: errorBody(internal, requestId) };
  }

  private notFound(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const requestId = randomUuid();
    const error = request.url.startsWith('/v1/')
      ? new NotionError(400, 'invalid_request_url', 'Invalid request URL.')
      : new NotionError(
          404,
          'object_not_found',
          `No sandbox route ${request.method} ${request.url}`,
        );
    if (request.url.startsWith('/v1/')) {
      this.deps.counters.record(
        `${request.method} (unknown route)`,
        bearerToken(request),
        400,
        false,
      );
    }
    return this.send(reply, this.errorReply(error, requestId), requestId);
  }

  private async send(reply: FastifyReply, answer: Reply, requestId: string): Promise<void> {
    switch (answer.kind) {
      case 'json':
        await reply
          .code(answer.status)
          .headers({ ...answer.headers, 'x-notion-request-id': requestId })
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(answer.body));
        return;
      case 'html':
        await reply
          .code(answer.status)
          .header('x-notion-request-id', requestId)
          .type('text/html; charset=utf-8')
          .send(answer.html);
        return;
      case 'redirect':
        await reply.header('x-notion-request-id', requestId).redirect(answer.location, 302);
        return;
      case 'edge':
        await reply
          .code(answer.status)
          .header('cf-ray', `${requestId.replace(/-/g, '').slice(0, 16)}-SJC`)
          .type('text/html')
          .send(edgeProxyPage(answer.status));
        return;
    }
  }
}
