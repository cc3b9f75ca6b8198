import { Logger } from '@nestjs/common';
import type { NotionRateLimiter, RateLimitScope } from './notion-rate.limiter';
import { NotionReply } from './notion-reply';
import { NotionTransportError } from './notion-transport.error';
import { notionRetryPolicy, type RetryOptions } from './retry.policy';

export interface TransportOptions {
  retry: RetryOptions;
  /** One HTTP attempt, body included. */
  attemptTimeoutMs: number;
  /** Longest wait for a slot of the shared rate limit before failing as rate limited. */
  maxRateWaitMs: number;
  /** `page_size` never shrinks below this when Notion asks for smaller query pages. */
  minPageSize: number;
}

/** The `fetch` signature the Notion SDK accepts (its `SupportedFetch`). */
export type NotionFetch = (
  url: string,
  init?: { body?: string | FormData; headers?: Record<string, string>; method?: string },
) => Promise<NotionReply>;

/** Whose calls these are, who hears of each attempt, and what cancels them. */
export interface TransportCall {
  scope: RateLimitScope;
  /** Told of every HTTP attempt: its status, or `null` when no answer came. For metrics. */
  observe: (status: number | null) => void;
  /** Aborting it ends waits, retries and the attempt in flight at once (a worker shutting down). */
  signal?: AbortSignal;
}

/**
 * Halves `page_size` of a JSON body, for a query Notion answered with a 503 that advises
 * smaller pages. Cursors stay valid across page sizes.
 */
function halvePageSize(body: string | FormData | undefined, minPageSize: number) {
  if (typeof body !== 'string') return body;
  try {
    const parsed = JSON.parse(body) as { page_size?: unknown };
    if (typeof parsed.page_size !== 'number' || parsed.page_size <= minPageSize) return body;
    return JSON.stringify({
      ...parsed,
      page_size: Math.max(minPageSize, Math.floor(parsed.page_size / 2)),
    });
  } catch {
    return body;
  }
}

/**
 * The SDK's `fetch`: every HTTP attempt, retries included, first takes a slot from the shared
 * rate limiter, then runs under a timeout; transient failures are retried by one policy (the
 * SDK's own retry is off). The last answer, good or bad, goes back to the SDK, which turns
 * error answers into its typed errors; network failures that outlast the retries surface as
 * `NotionTransportError`.
 */
export function notionTransport(
  limiter: NotionRateLimiter,
  options: TransportOptions,
  { scope, observe, signal }: TransportCall,
): NotionFetch {
  const logger = new Logger('NotionTransport');

  const attempt = async (
    url: string,
    init: Parameters<NotionFetch>[1],
    body: string | FormData | undefined,
  ) => {
    await limiter.acquire(scope, options.maxRateWaitMs, signal);
    const timeout = AbortSignal.timeout(options.attemptTimeoutMs);
    let reply: NotionReply;
    try {
      const response = await fetch(url, {
        method: init?.method,
        headers: init?.headers,
        body,
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
      reply = new NotionReply(response.status, response.headers, await response.text(), Date.now());
    } catch (error) {
      // Cancelled by the caller: not Notion's failure, and not to be retried.
      signal?.throwIfAborted();
      observe(null);
      throw NotionTransportError.from(error);
    }
    observe(reply.status);
    const retryAfterMs = reply.retryAfterMs;
    if (reply.rateLimited && retryAfterMs !== null) {
      const key =
        reply.workspaceRateLimited && scope.workspaceKey !== null
          ? scope.workspaceKey
          : scope.connectionKey;
      await limiter.pause(key, retryAfterMs);
    }
    return reply;
  };

  return async (url, init) => {
    const path = new URL(url).pathname;
    let body = init?.body;
    let previous: NotionReply | null = null;
    const policy = notionRetryPolicy(options.retry);
    policy.onRetry((event) => {
      const failure =
        'error' in event
          ? event.error.message
          : `HTTP ${event.value instanceof NotionReply ? event.value.status : '?'}`;
      logger.warn(
        { path, attempt: event.attempt, delayMs: Math.round(event.delay), failure },
        'Retrying a Notion request',
      );
    });
    return policy.execute(async () => {
      if (previous?.advisesSmallerPages) body = halvePageSize(body, options.minPageSize);
      previous = await attempt(url, init, body);
      return previous;
    }, signal);
  };
}
