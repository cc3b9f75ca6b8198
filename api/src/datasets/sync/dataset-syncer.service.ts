import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SchemaProperty, SyncProgress } from '@notionchartkit/shared';
import { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { Connection } from '../../connections/connection.entity';
import {
  JOBS,
  QUEUES,
  type RecomputeChartsJob,
  type SyncDatasetJob,
} from '../../core/queue/queue.definitions';
import { NotionClientFactory } from '../../notion/notion-client.factory';
import type { NotionConnectionClient } from '../../notion/notion-connection.client';
import { NotionNotSharedError } from '../../notion/notion.errors';
import type { NotionRow } from '../../notion/notion.types';
import { Dataset } from '../dataset.entity';
import { RelationTitle } from '../relation-title.entity';
import { ChartReferences } from './chart-references';
import { countRows, deleteRowsNotIn, type RowToWrite, upsertRows } from './row-writer';
import { mergeResultTypes } from './schema-merge';
import { planSync, type SyncPlan } from './sync-plan';
import { DatasetEventsPublisher } from './sync-progress';

/** Related pages whose titles one sync may look up one by one, to stay within the rate budget. */
const MAX_TITLE_LOOKUPS_PER_SYNC = 200;
const PROGRESS_EVERY_MS = 1000;

export interface SyncResult {
  mode: SyncPlan['mode'];
  rowsRead: number;
  rowsChanged: number;
  rowsDeleted: number;
  version: number;
}

/**
 * One sync of one dataset: schema, then rows (all of them, or those edited since the
 * watermark), then related page titles, then everything in one transaction. Nothing is
 * written until the read is complete, so a failure leaves the last good rows in place.
 * The caller holds the dataset's lock.
 */
@Injectable()
export class DatasetSyncer {
  private readonly logger = new Logger(DatasetSyncer.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notion: NotionClientFactory,
    private readonly events: DatasetEventsPublisher,
    @InjectQueue(QUEUES.charts) private readonly charts: Queue<RecomputeChartsJob>,
    private readonly chartReferences: ChartReferences,
  ) {}

  /** `signal` stops the read (the worker is shutting down): nothing is written then. */
  async sync(
    job: SyncDatasetJob,
    now = new Date(),
    signal?: AbortSignal,
  ): Promise<SyncResult | null> {
    const dataset = await this.db.getRepository(Dataset).findOne({ where: { id: job.datasetId } });
    if (!dataset) return null;
    const connection = await this.db
      .getRepository(Connection)
      .findOneOrFail({ where: { id: dataset.connectionId } });
    const client = this.notion.forConnection(
      {
        connectionId: connection.id,
        ownerId: connection.ownerId,
        sealedToken: connection.accessToken,
        workspaceId: connection.workspaceId,
      },
      'background',
      signal,
    );

    const progress = this.progressReporter(dataset, now);
    await progress.report('schema', 0, true);
    const source = await client.retrieveDataSource(dataset.dataSourceId);

    const plan = planSync({
      requested: job.mode,
      now,
      watermark: dataset.syncWatermark,
      lastFullSyncAt: dataset.lastFullSyncAt,
      fullSyncIntervalHours: dataset.fullSyncIntervalHours,
      chartsUseComputedValues: await this.chartsReadComputedValues(dataset),
    });

    const rows: NotionRow[] = [];
    const query = plan.mode === 'full' ? {} : { editedSince: plan.editedSince.toISOString() };
    for await (const row of client.queryRows({ dataSourceId: dataset.dataSourceId, ...query })) {
      signal?.throwIfAborted();
      rows.push(row);
      await progress.report('rows', rows.length);
    }

    await progress.report('relations', rows.length, true);
    const titles = await this.relationTitles(client, dataset.id, source.schema, rows, plan);

    signal?.throwIfAborted();
    await progress.report('saving', rows.length, true);
    const schema = mergeResultTypes(source.schema, dataset.schema, rows);
    const versionBefore = dataset.version;
    const result = await this.db.transaction((tx) =>
      this.save(tx, dataset, plan, schema, rows, titles, now),
    );
    await this.events.announce(dataset.id, {
      type: 'synced',
      rowCount: dataset.rowCount,
      lastSyncedAt: now.toISOString(),
    });
    if (result.version !== versionBefore) {
      await this.charts.add(JOBS.recomputeCharts, { datasetId: dataset.id });
    }
    this.logger.log({ datasetId: dataset.id, ...result }, 'Dataset synced');
    return result;
  }

  private async save(
    tx: EntityManager,
    dataset: Dataset,
    plan: SyncPlan,
    schema: SchemaProperty[],
    rows: readonly NotionRow[],
    titles: ReadonlyMap<string, string>,
    now: Date,
  ): Promise<SyncResult> {
    const toWrite: RowToWrite[] = rows.map((row) => ({
      pageId: row.pageId,
      lastEditedTime: row.lastEditedTime,
      cells: row.values,
    }));
    const rowsChanged = await upsertRows(tx, dataset.id, toWrite);
    const rowsDeleted =
      plan.mode === 'full'
        ? await deleteRowsNotIn(
            tx,
            dataset.id,
            rows.map((row) => row.pageId),
          )
        : 0;
    if (titles.size > 0) {
      await tx.getRepository(RelationTitle).upsert(
        [...titles].map(([pageId, title]) => ({ datasetId: dataset.id, pageId, title })),
        ['datasetId', 'pageId'],
      );
    }
    const newest = rows.reduce<number>(
      (max, row) => Math.max(max, Date.parse(row.lastEditedTime)),
      0,
    );
    const watermark =
      newest > (dataset.syncWatermark?.getTime() ?? 0) ? new Date(newest) : dataset.syncWatermark;
    // The first sync is a change even when it finds nothing: charts stop waiting for data.
    const changed =
      dataset.lastSyncedAt === null ||
      rowsChanged + rowsDeleted > 0 ||
      titles.size > 0 ||
      schemaChanged(dataset.schema, schema);
    dataset.schema = schema;
    dataset.rowCount = await countRows(tx, dataset.id);
    dataset.version += changed ? 1 : 0;
    dataset.syncWatermark = watermark ?? (plan.mode === 'full' ? now : null);
    dataset.lastSyncedAt = now;
    if (plan.mode === 'full') dataset.lastFullSyncAt = now;
    dataset.nextSyncAt =
      dataset.refreshIntervalMinutes > 0
        ? new Date(now.getTime() + dataset.refreshIntervalMinutes * 60_000)
        : null;
    dataset.status = 'ready';
    dataset.lastError = null;
    dataset.syncProgress = null;
    await tx.getRepository(Dataset).update(
      { id: dataset.id },
      {
        schema: dataset.schema,
        rowCount: dataset.rowCount,
        version: dataset.version,
        syncWatermark: dataset.syncWatermark,
        lastSyncedAt: dataset.lastSyncedAt,
        lastFullSyncAt: dataset.lastFullSyncAt,
        nextSyncAt: dataset.nextSyncAt,
        status: 'ready',
        lastError: null,
        syncProgress: null,
      },
    );
    return {
      mode: plan.mode,
      rowsRead: rows.length,
      rowsChanged,
      rowsDeleted,
      version: dataset.version,
    };
  }

  /**
   * Labels for relation cells: titles of the related pages. A related data source the
   * connection can read costs ⌈pages/100⌉ requests, so it is read on full syncs and whenever
   * rows point at pages we have no title for; pages elsewhere are looked up one by one, a
   * bounded number per sync (the rest follow on later syncs; until then the label is the id).
   */
  private async relationTitles(
    client: NotionConnectionClient,
    datasetId: string,
    schema: readonly SchemaProperty[],
    rows: readonly NotionRow[],
    plan: SyncPlan,
  ): Promise<Map<string, string>> {
    const relations = schema.filter((property) => property.type === 'relation');
    const referenced = new Set<string>();
    for (const row of rows) {
      for (const { id } of relations) {
        const cell = row.values[id];
        if (Array.isArray(cell)) for (const pageId of cell) referenced.add(pageId);
      }
    }
    const unknown = await this.withoutTitles(datasetId, referenced);
    const titles = new Map<string, string | null>();
    const sources = new Set(
      relations.map((property) => property.relatedDataSourceId).filter(Boolean),
    );
    if (plan.mode === 'full' || unknown.size > 0) {
      for (const source of sources) {
        try {
          for (const [pageId, title] of await client.titlesInDataSource(source as string))
            titles.set(pageId, title);
        } catch (error) {
          if (!(error instanceof NotionNotSharedError)) throw error;
        }
      }
    }
    const stillUnknown = [...unknown]
      .filter((pageId) => !titles.has(pageId))
      .slice(0, MAX_TITLE_LOOKUPS_PER_SYNC);
    for (const [pageId, title] of await client.pageTitles(stillUnknown)) titles.set(pageId, title);
    return new Map([...titles].map(([pageId, title]) => [pageId, title ?? '']));
  }

  /** Whether a chart of the dataset reads a formula or rollup (they change without edits). */
  private async chartsReadComputedValues(dataset: Dataset): Promise<boolean> {
    const computed = new Set(
      dataset.schema
        .filter((property) => property.type === 'formula' || property.type === 'rollup')
        .map((property) => property.id),
    );
    if (computed.size === 0) return false;
    const read = await this.chartReferences.propertiesReadByCharts(dataset.id);
    return [...read].some((id) => computed.has(id));
  }

  private async withoutTitles(
    datasetId: string,
    pageIds: ReadonlySet<string>,
  ): Promise<Set<string>> {
    const missing = new Set(pageIds);
    if (missing.size === 0) return missing;
    const known = await this.db
      .getRepository(RelationTitle)
      .createQueryBuilder('title')
      .select('title.pageId', 'pageId')
      .where('title.datasetId = :datasetId', { datasetId })
      .andWhere('title.pageId = ANY(:ids)', { ids: [...missing] })
      .getRawMany<{ pageId: string }>();
    for (const { pageId } of known) missing.delete(pageId);
    return missing;
  }

  private progressReporter(dataset: Dataset, startedAt: Date) {
    let lastReport = 0;
    return {
      report: async (
        phase: SyncProgress['phase'],
        rowsFetched: number,
        force = false,
      ): Promise<void> => {
        const now = Date.now();
        if (!force && now - lastReport < PROGRESS_EVERY_MS) return;
        lastReport = now;
        const progress: SyncProgress = { phase, rowsFetched, startedAt: startedAt.toISOString() };
        await this.db
          .getRepository(Dataset)
          .update({ id: dataset.id }, { status: 'syncing', syncProgress: progress });
        await this.events.announce(dataset.id, { type: 'progress', progress });
      },
    };
  }
}

function schemaChanged(
  before: readonly SchemaProperty[],
  after: readonly SchemaProperty[],
): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
