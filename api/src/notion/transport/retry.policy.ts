import {
  DelegateBackoff,
  ExponentialBackoff,
  handleType,
  retry,
  type IBackoff,
  type IRetryBackoffContext,
  type RetryPolicy,
} from 'cockatiel';
import { NotionReply } from './notion-reply';
import { NotionTransportError } from './notion-transport.error';

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Median of the first backoff; later ones grow exponentially, with decorrelated jitter. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Time budget of one call, waits and attempts together; no retry starts past it. */
  maxElapsedMs: number;
}

/** Extra wait on top of `Retry-After`, so processes told the same moment do not return at once. */
const RETRY_AFTER_JITTER = 0.1;

function retryAfterOf(context: IRetryBackoffContext<unknown>): number | null {
  const { result } = context;
  return 'value' in result && result.value instanceof NotionReply
    ? result.value.retryAfterMs
    : null;
}

/**
 * One retry policy for every Notion request, whatever its method: Notion's queries are POSTs
 * but idempotent reads, so 5xx answers are retried for them too (the SDK would not). Waits honour
 * `Retry-After` (plus a little jitter), otherwise back off exponentially with jitter; a call gives
 * up when its retries or its time budget run out, or when Notion asks for a longer wait than the
 * budget has left (the caller then reports when to come back).
 *
 * A policy instance serves one call: it measures that call's elapsed time.
 */
export function notionRetryPolicy(options: RetryOptions): RetryPolicy {
  const startedAt = Date.now();
  const remainingMs = () => options.maxElapsedMs - (Date.now() - startedAt);
  const fitsBudget = (waitMs: number) => remainingMs() > waitMs;
  const exponential = new ExponentialBackoff({
    initialDelay: options.initialDelayMs,
    maxDelay: options.maxDelayMs,
  });

  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown>>(
    (context, previous) => {
      const next = previous ? previous.next(context) : exponential.next();
      const retryAfter = retryAfterOf(context);
      const wait =
        retryAfter === null ? next.duration : retryAfter * (1 + RETRY_AFTER_JITTER * Math.random());
      return { delay: Math.max(0, Math.min(wait, remainingMs())), state: next };
    },
  );

  return retry(
    handleType(NotionTransportError, () => fitsBudget(0)).orWhenResult(
      (reply) =>
        reply instanceof NotionReply && reply.retryable && fitsBudget(reply.retryAfterMs ?? 0),
    ),
    { maxAttempts: options.maxRetries, backoff },
  );
}
