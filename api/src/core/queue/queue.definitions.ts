import type { DefaultJobOptions } from 'bullmq';

/**
 * Every queue, job name and payload type, declared once. Job data carries ids only: never
 * tokens or row data.
 */
export const QUEUES = {
  sync: 'sync',
  charts: 'charts',
} as const;

export const JOBS = {
  syncDataset: 'sync-dataset',
  recomputeCharts: 'recompute-charts',
} as const;

export interface SyncDatasetJob {
  datasetId: string;
  mode: 'full' | 'incremental';
  /** What asked for the sync, for logs and metrics. */
  trigger: 'created' | 'manual' | 'schedule' | 'webhook';
}

export interface RecomputeChartsJob {
  /** Recompute every chart of this dataset… */
  datasetId?: string;
  /** …or just these charts. */
  chartIds?: string[];
}

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
