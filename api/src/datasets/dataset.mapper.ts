import type { DatasetRow as DatasetRowContract } from '@notionchartkit/shared';
import type { DatasetDto } from './dto/dataset.dto';
import type { DatasetRow } from './dataset-row.entity';
import type { Dataset } from './dataset.entity';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toDatasetDto(dataset: Dataset): DatasetDto {
  return {
    id: dataset.id,
    name: dataset.name,
    connectionId: dataset.connectionId,
    notion: {
      databaseId: dataset.databaseId,
      dataSourceId: dataset.dataSourceId,
      url: dataset.notionUrl,
    },
    schema: dataset.schema,
    rowCount: dataset.rowCount,
    status: dataset.status,
    lastSyncedAt: iso(dataset.lastSyncedAt),
    lastError: dataset.lastError,
    refreshIntervalMinutes: dataset.refreshIntervalMinutes,
    createdAt: dataset.createdAt.toISOString(),
    nextSyncAt: dataset.refreshIntervalMinutes > 0 ? iso(dataset.nextSyncAt) : null,
    sync: dataset.syncProgress,
    syncQueued: dataset.pendingJobId !== null,
  };
}

export function toRowDto(row: DatasetRow): DatasetRowContract {
  return {
    pageId: row.pageId,
    lastEditedTime: row.lastEditedTime.toISOString(),
    values: row.cells,
  };
}
