import type { SchemaProperty } from './cells';

export type DatasetStatus = 'pending' | 'syncing' | 'ready' | 'error';
export type SyncMode = 'full' | 'incremental';

/** What a running sync is doing (the dataset's `sync`, and live `progress` events). */
export interface SyncProgress {
  phase: 'schema' | 'rows' | 'relations' | 'saving';
  rowsFetched: number;
  startedAt: string;
}

export interface Dataset {
  id: string;
  name: string;
  connectionId: string;
  notion: { databaseId: string; dataSourceId: string; url: string | null };
  schema: SchemaProperty[];
  rowCount: number;
  status: DatasetStatus;
  lastSyncedAt: string | null;
  lastError: string | null;
  /** 1..1440, or 0 for manual syncs only. */
  refreshIntervalMinutes: number;
  createdAt: string;
}

export interface CreateDatasetRequest {
  connectionId: string;
  dataSourceId: string;
  name?: string;
  refreshIntervalMinutes?: number;
}

export interface UpdateDatasetRequest {
  name?: string;
  refreshIntervalMinutes?: number;
}

export interface SyncRequest {
  mode?: SyncMode;
}

export interface SyncAccepted {
  jobId: string;
}

/** What the worker announces about a dataset while and after it syncs. */
export type DatasetSyncEvent =
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'synced'; rowCount: number; lastSyncedAt: string }
  /** `retrying`: another attempt follows shortly; otherwise the dataset's status is `error`. */
  | { type: 'failed'; message: string; retrying: boolean };

/**
 * Events of `GET /api/datasets/:id/events`: the SSE event name is `type`, the data the whole
 * object as JSON. `state` comes first, on every (re)connection: where the dataset is now.
 */
export type DatasetEvent =
  | { type: 'state'; status: DatasetStatus; sync: SyncProgress | null; syncQueued: boolean }
  | DatasetSyncEvent;
