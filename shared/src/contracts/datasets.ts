import type { SchemaProperty } from './cells';

export type DatasetStatus = 'pending' | 'syncing' | 'ready' | 'error';
export type SyncMode = 'full' | 'incremental';

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
