import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Where a public chart payload came from: an in-process or Redis hit, or a miss. */
export type PublicCacheSource = 'memory' | 'redis' | 'snapshot' | 'computed';

export type SyncOutcome = 'succeeded' | 'failed' | 'deferred' | 'requeued';

const statusClass = (status: number): string => `${Math.floor(status / 100)}xx`;

/**
 * Every metric of one process, in its own registry (so several apps in one test process never
 * collide). Labels carry route patterns, queue names and connection ids only: never raw URLs,
 * user or dataset ids, or anything secret.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status_class'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly syncDuration = new Histogram({
    name: 'dataset_sync_duration_seconds',
    help: 'Time a sync job spent running, by sync mode and outcome.',
    labelNames: ['mode', 'outcome'],
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
    registers: [this.registry],
  });

  private readonly syncs = new Counter({
    name: 'dataset_syncs_total',
    help: 'Sync jobs by trigger and outcome (deferred: another worker held the dataset; requeued: shutdown).',
    labelNames: ['trigger', 'outcome'],
    registers: [this.registry],
  });

  private readonly notionRequests = new Counter({
    name: 'notion_requests_total',
    help: 'HTTP attempts sent to Notion (retries included) by connection and status class.',
    labelNames: ['connection', 'status_class'],
    registers: [this.registry],
  });

  private readonly notionRateLimited = new Counter({
    name: 'notion_rate_limited_total',
    help: 'Notion answers of 429 by connection.',
    labelNames: ['connection'],
    registers: [this.registry],
  });

  private readonly publicCache = new Counter({
    name: 'public_chart_requests_total',
    help: 'Public chart payloads served, by where they came from (memory and redis are cache hits).',
    labelNames: ['source'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  httpRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_class: statusClass(status) }, seconds);
  }

  sync(trigger: string, mode: string, outcome: SyncOutcome, seconds: number | null): void {
    this.syncs.inc({ trigger, outcome });
    if (seconds !== null) this.syncDuration.observe({ mode, outcome }, seconds);
  }

  /** `status` is the HTTP status, or `null` when no answer came (network failure, timeout). */
  notionRequest(connection: string, status: number | null): void {
    this.notionRequests.inc({
      connection,
      status_class: status === null ? 'network_error' : statusClass(status),
    });
    if (status === 429) this.notionRateLimited.inc({ connection });
  }

  /** Called by the public chart endpoint for each payload it serves. */
  publicChartServed(source: PublicCacheSource): void {
    this.publicCache.inc({ source });
  }
}
