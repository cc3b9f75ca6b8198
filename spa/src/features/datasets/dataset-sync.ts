import type { Dataset, SyncProgress } from '@notionchartkit/shared';

/** The dataset as the API answers it: the contract's fields plus the scheduler's view. */
export interface DatasetWithSync extends Dataset {
  nextSyncAt?: string | null;
  sync?: SyncProgress | null;
}

export function isSyncing(dataset: Pick<Dataset, 'status'>): boolean {
  return dataset.status === 'pending' || dataset.status === 'syncing';
}
