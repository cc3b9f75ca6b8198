export interface TokenCounts {
  total: number;
  rateLimited: number;
  byEndpoint: Record<string, number>;
}

export interface RequestCounts {
  /** Every request to `/v1`, whatever its answer. */
  total: number;
  /** 429 answers served. */
  rateLimited: number;
  /** Answers replaced by fault injection (errors, non-JSON bodies). */
  faults: number;
  /** Keyed like `POST /v1/data_sources/:data_source_id/query`. */
  byEndpoint: Record<string, number>;
  byStatus: Record<string, number>;
  /** Keyed by the bearer token as sent (OAuth endpoints count under their client id). */
  byToken: Record<string, TokenCounts>;
}

function empty(): RequestCounts {
  return { total: 0, rateLimited: 0, faults: 0, byEndpoint: {}, byStatus: {}, byToken: {} };
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

export class RequestCounters {
  private counts = empty();

  /** Counts a request once its answer is known. */
  record(endpoint: string, caller: string | null, status: number, fault: boolean): void {
    const counts = this.counts;
    counts.total++;
    bump(counts.byEndpoint, endpoint);
    bump(counts.byStatus, String(status));
    if (status === 429) counts.rateLimited++;
    if (fault) counts.faults++;
    if (caller === null) return;
    const perToken = (counts.byToken[caller] ??= { total: 0, rateLimited: 0, byEndpoint: {} });
    perToken.total++;
    bump(perToken.byEndpoint, endpoint);
    if (status === 429) perToken.rateLimited++;
  }

  snapshot(): RequestCounts {
    return structuredClone(this.counts);
  }

  reset(): void {
    this.counts = empty();
  }
}
