import type { Dataset, SyncProgress } from '@notionchartkit/shared';

/** The dataset as the API answers it: the contract's fields plus the scheduler's view. */
export interface DatasetWithSync extends Dataset {
  nextSyncAt?: string | null;
  sync?: SyncProgress | null;
  /** A sync is queued but not started: the data shown is still the last sync's. */
  syncQueued?: boolean;
}

/** Whether a sync is queued or running, so the page follows its progress. */
export function isSyncing(dataset: Pick<DatasetWithSync, 'status' | 'syncQueued'>): boolean {
  return (
    dataset.status === 'pending' || dataset.status === 'syncing' || dataset.syncQueued === true
  );
}
