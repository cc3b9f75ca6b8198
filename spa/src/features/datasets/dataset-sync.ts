import type { Dataset } from '@notionchartkit/shared';

/** What the API reports while a sync runs, beyond the contract's dataset fields. */
export interface SyncProgress {
  phase: 'schema' | 'rows' | 'relations' | 'saving';
  rowsFetched: number;
  startedAt: string;
}

/** The dataset as the API answers it: the contract's fields plus the scheduler's view. */
export interface DatasetWithSync extends Dataset {
  nextSyncAt?: string | null;
  sync?: SyncProgress | null;
}

export function isSyncing(dataset: Pick<Dataset, 'status'>): boolean {
  return dataset.status === 'pending' || dataset.status === 'syncing';
}
