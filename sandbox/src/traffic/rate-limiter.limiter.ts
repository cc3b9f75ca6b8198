import type { Clock } from '../core/clock.util';
import { validationError } from '../core/notion-error.error';

export interface RateLimitConfig {
  /** Sustained rate per token; Notion documents an average of three requests per second. */
  requestsPerSecond: number;
  /** How many requests a token may send at once after being idle. */
  burst: number;
}

/** Notion's documented limit, with room for short bursts as it allows. */
export const NOTION_RATE_LIMIT: RateLimitConfig = { requestsPerSecond: 3, burst: 10 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export function parseRateLimitConfig(raw: unknown): RateLimitConfig {
  const value = (raw ?? {}) as Partial<Record<keyof RateLimitConfig, unknown>>;
  const requestsPerSecond = value.requestsPerSecond ?? NOTION_RATE_LIMIT.requestsPerSecond;
  const burst = value.burst ?? NOTION_RATE_LIMIT.burst;
  if (typeof requestsPerSecond !== 'number' || requestsPerSecond <= 0) {
    throw validationError('requestsPerSecond should be a positive number.');
  }
  if (typeof burst !== 'number' || !Number.isInteger(burst) || burst < 1) {
    throw validationError('burst should be a positive integer.');
  }
  return { requestsPerSecond, burst };
}

/** A token bucket per bearer token, on the sandbox clock so tests can move time by hand. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: Clock,
    private config: RateLimitConfig | null,
  ) {}

  get current(): RateLimitConfig | null {
    return this.config;
  }

  configure(config: RateLimitConfig | null): void {
    this.config = config;
    this.buckets.clear();
  }

  take(key: string): RateDecision {
    if (!this.config) return { allowed: true };
    const { requestsPerSecond, burst } = this.config;
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedAt: now };
    const refill = (Math.max(0, now - bucket.updatedAt) / 1000) * requestsPerSecond;
    bucket.tokens = Math.min(burst, bucket.tokens + refill);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    // Retry-After is whole seconds, as Notion sends it.
    const waitSeconds = (1 - bucket.tokens) / requestsPerSecond;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds)) };
  }
}
