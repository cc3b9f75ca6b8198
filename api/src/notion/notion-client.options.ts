import type { RateLimitOptions } from './transport/notion-rate.limiter';
import type { TransportOptions } from './transport/notion.transport';

/**
 * How patient a client is. `background` (syncs) rides out long outages and rate limits;
 * `interactive` (a person is waiting: checking a token, listing data sources) fails fast.
 */
export type NotionCallMode = 'background' | 'interactive';

/** The transport fields at the top level are the `background` mode's. */
export interface NotionClientOptions extends TransportOptions {
  /** Pinned so responses keep the shapes the normalizer reads (data sources, `in_trash`). */
  notionVersion: string;
  rateLimit: RateLimitOptions;
  interactive: TransportOptions;
  /** How long resolved user names are cached per connection. */
  userNameTtlSeconds: number;
}

/** Injection token of the options; `NotionModule` provides the defaults. */
export const NOTION_CLIENT_OPTIONS = Symbol('NOTION_CLIENT_OPTIONS');

export const DEFAULT_NOTION_CLIENT_OPTIONS: NotionClientOptions = {
  notionVersion: '2025-09-03',
  // 2.5 requests/s per connection, evenly spaced across every process: under Notion's 3/s
  // with room for its bursts. At most 25 in any 10.1 s, so that Notion still sees at most 25
  // in any 10 s when a busy process takes up to 100 ms longer to send one request than another.
  rateLimit: { intervalMs: 400, windowMs: 10_100 },
  retry: { maxRetries: 5, initialDelayMs: 1000, maxDelayMs: 30_000, maxElapsedMs: 180_000 },
  // Notion itself gives up on a request after 60 s.
  attemptTimeoutMs: 65_000,
  maxRateWaitMs: 300_000,
  minPageSize: 10,
  interactive: {
    retry: { maxRetries: 2, initialDelayMs: 300, maxDelayMs: 2000, maxElapsedMs: 10_000 },
    attemptTimeoutMs: 15_000,
    maxRateWaitMs: 10_000,
    minPageSize: 10,
  },
  userNameTtlSeconds: 6 * 3600,
};

/** The transport options of a mode. */
export function transportOptions(options: NotionClientOptions, mode: NotionCallMode) {
  return mode === 'interactive' ? options.interactive : options;
}
