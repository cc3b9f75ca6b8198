/** Statuses worth another try: rate limits, overload and transient server errors. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504, 529]);

/** Notion's rate-limit reason when the whole workspace, not this connection, is over budget. */
const WORKSPACE_RATE_LIMIT_REASON = 'public_api_space_request_rate_limit';

interface ErrorBody {
  additional_data?: Record<string, unknown>;
}

/**
 * A Notion answer read in full, so a failed read of the body counts as a network failure of
 * the attempt (and is retried) rather than surfacing later inside the SDK. It has the shape the
 * SDK's `fetch` option expects.
 */
export class NotionReply {
  private parsed: ErrorBody | null | undefined;

  constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly bodyText: string,
    private readonly receivedAt: number,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return Promise.resolve(this.bodyText);
  }

  get retryable(): boolean {
    return RETRYABLE_STATUSES.has(this.status);
  }

  get rateLimited(): boolean {
    return this.status === 429 || this.status === 529;
  }

  /** `Retry-After` in milliseconds (delta-seconds or an HTTP date), or null. */
  get retryAfterMs(): number | null {
    return parseRetryAfter(this.headers.get('retry-after'), this.receivedAt);
  }

  /** A query 503 whose body advises a smaller `page_size`. */
  get advisesSmallerPages(): boolean {
    return this.status === 503 && this.additionalData()?.retry_guidance !== undefined;
  }

  get workspaceRateLimited(): boolean {
    return this.additionalData()?.rate_limit_reason === WORKSPACE_RATE_LIMIT_REASON;
  }

  private additionalData(): Record<string, unknown> | undefined {
    if (this.parsed === undefined) {
      try {
        const value: unknown = JSON.parse(this.bodyText);
        this.parsed = typeof value === 'object' && value !== null ? value : null;
      } catch {
        this.parsed = null;
      }
    }
    return this.parsed?.additional_data;
  }
}

export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
