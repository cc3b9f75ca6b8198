import type { SyncProgress } from '../dataset.entity';

/** Redis channel on which dataset changes (progress, finished syncs) are announced. */
export const datasetEventsChannel = (datasetId: string): string => `dataset-events:${datasetId}`;

export type DatasetEvent =
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'synced'; version: number; rowCount: number }
  | { type: 'failed'; message: string };
