import type { DatasetEvent } from '@notionchartkit/shared';
import { type DatasetWithSync, isSyncing } from './dataset-sync';

export const DATASET_EVENT_TYPES = [
  'state',
  'progress',
  'synced',
  'failed',
] as const satisfies readonly DatasetEvent['type'][];

/** The cached dataset after an event of its stream: what the event tells, nothing guessed. */
export function applyDatasetEvent(dataset: DatasetWithSync, event: DatasetEvent): DatasetWithSync {
  switch (event.type) {
    case 'state':
      return { ...dataset, status: event.status, sync: event.sync, syncQueued: event.syncQueued };
    case 'progress':
      return { ...dataset, status: 'syncing', sync: event.progress };
    case 'synced':
      return {
        ...dataset,
        status: 'ready',
        sync: null,
        rowCount: event.rowCount,
        lastSyncedAt: event.lastSyncedAt,
        lastError: null,
      };
    case 'failed':
      // Whether it failed for good, and what the dataset says then, comes with the next read.
      return { ...dataset, sync: null };
  }
}

/**
 * Whether the event means the sync is over, so the dataset (schedule, error) and its rows are
 * read again. A `state` that is not syncing means it ended before the stream opened.
 */
export function endsSync(event: DatasetEvent): boolean {
  return (
    event.type === 'synced' ||
    event.type === 'failed' ||
    (event.type === 'state' && !isSyncing(event))
  );
}
