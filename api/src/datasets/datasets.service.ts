import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SyncMode } from '@notionchartkit/shared';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { Connection } from '../connections/connection.entity';
import { conflict, notFound, unprocessable } from '../core/http/api-error';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  type ListQueryDto,
  pageByCreation,
} from '../core/http/pagination';
import { NotionError } from '../notion/notion.errors';
import { NotionClientFactory } from '../notion/notion-client.factory';
import type { NotionDataSource } from '../notion/notion.types';
import type { DatasetState } from './dataset-events.hub';
import { DatasetRow } from './dataset-row.entity';
import { Dataset } from './dataset.entity';
import { toDatasetDto, toRowDto } from './dataset.mapper';
import type {
  CreateDatasetDto,
  DatasetDto,
  DatasetPageDto,
  DatasetRowPageDto,
  SyncAcceptedDto,
  UpdateDatasetDto,
} from './dto/dataset.dto';
import { SyncRequestsService } from './sync/sync-requests.service';

export const DEFAULT_REFRESH_MINUTES = 15;

/** Notion ids arrive dashed or not; we store them dashed and lower-case, as Notion answers. */
export function dashedNotionId(id: string): string {
  const hex = id.replaceAll('-', '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

@Injectable()
export class DatasetsService {
  constructor(
    @InjectRepository(Dataset) private readonly datasets: Repository<Dataset>,
    @InjectRepository(DatasetRow) private readonly rowsRepo: Repository<DatasetRow>,
    @InjectRepository(Connection) private readonly connections: Repository<Connection>,
    private readonly notion: NotionClientFactory,
    private readonly syncRequests: SyncRequestsService,
  ) {}

  async list(ownerId: string, query: ListQueryDto): Promise<DatasetPageDto> {
    const page = await pageByCreation(
      this.datasets.createQueryBuilder('dataset').where('dataset.ownerId = :ownerId', { ownerId }),
      query,
    );
    return { items: page.items.map(toDatasetDto), nextCursor: page.nextCursor };
  }

  async get(ownerId: string, id: string): Promise<DatasetDto> {
    return toDatasetDto(await this.owned(ownerId, id));
  }

  /** Where the dataset's sync is, for the first event of its stream. */
  async state(ownerId: string, id: string): Promise<DatasetState> {
    const { status, syncProgress, pendingJobId } = await this.owned(ownerId, id);
    return { type: 'state', status, sync: syncProgress, syncQueued: pendingJobId !== null };
  }

  async create(ownerId: string, body: CreateDatasetDto): Promise<DatasetDto> {
    const dataSourceId = dashedNotionId(body.dataSourceId);
    const connection = await this.connections.findOne({
      where: { id: body.connectionId, ownerId },
    });
    if (!connection) throw notFound('Connection');
    if (await this.datasets.exist({ where: { ownerId, dataSourceId } })) {
      throw conflict('You already have a dataset for this data source');
    }
    let source: NotionDataSource;
    try {
      source = await this.notion
        .forConnection(
          {
            connectionId: connection.id,
            ownerId: connection.ownerId,
            sealedToken: connection.accessToken,
            workspaceId: connection.workspaceId,
          },
          'interactive',
        )
        .retrieveDataSource(dataSourceId);
    } catch (error) {
      if (error instanceof NotionError) {
        throw unprocessable(error.message, [{ field: 'dataSourceId', problem: error.message }]);
      }
      throw error;
    }
    const dataset = this.datasets.create({
      id: randomUUID(),
      ownerId,
      connectionId: connection.id,
      name: body.name ?? source.title,
      databaseId: source.databaseId,
      dataSourceId,
      notionUrl: source.url,
      schema: source.schema,
      status: 'pending',
      // Due at once: should the queued first sync be lost with Redis, the scheduler retries it.
      nextSyncAt: new Date(),
      refreshIntervalMinutes: body.refreshIntervalMinutes ?? DEFAULT_REFRESH_MINUTES,
    });
    try {
      await this.datasets.insert(dataset);
    } catch (error) {
      // Two creates racing past the check above meet the unique constraint here.
      if ((error as { code?: string }).code === '23505')
        throw conflict('You already have a dataset for this data source');
      throw error;
    }
    await this.syncRequests.request(dataset.id, 'full', 'created');
    return this.get(ownerId, dataset.id);
  }

  async update(ownerId: string, id: string, body: UpdateDatasetDto): Promise<DatasetDto> {
    const dataset = await this.owned(ownerId, id);
    if (body.name !== undefined) dataset.name = body.name;
    if (body.refreshIntervalMinutes !== undefined) {
      dataset.refreshIntervalMinutes = body.refreshIntervalMinutes;
      const from = dataset.lastSyncedAt ?? new Date();
      dataset.nextSyncAt =
        body.refreshIntervalMinutes > 0
          ? new Date(from.getTime() + body.refreshIntervalMinutes * 60_000)
          : null;
    }
    await this.datasets.save(dataset);
    return toDatasetDto(dataset);
  }

  async remove(ownerId: string, id: string): Promise<void> {
    const dataset = await this.owned(ownerId, id);
    await this.datasets.delete({ id: dataset.id, ownerId });
  }

  async requestSync(ownerId: string, id: string, mode: SyncMode): Promise<SyncAcceptedDto> {
    const dataset = await this.owned(ownerId, id);
    return this.syncRequests.request(dataset.id, mode, 'manual');
  }

  async rows(
    ownerId: string,
    id: string,
    { limit = DEFAULT_PAGE_SIZE, cursor }: ListQueryDto,
  ): Promise<DatasetRowPageDto> {
    const dataset = await this.owned(ownerId, id);
    const query = this.rowsRepo
      .createQueryBuilder('row')
      .where('row.datasetId = :datasetId', { datasetId: dataset.id })
      .orderBy('row.pageId', 'ASC')
      .take(limit + 1);
    if (cursor) {
      const [after] = decodeCursor(cursor, 1);
      query.andWhere('row.pageId > :after', { after });
    }
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toRowDto),
      nextCursor: rows.length > limit && last ? encodeCursor([last.pageId]) : null,
    };
  }

  private async owned(ownerId: string, id: string): Promise<Dataset> {
    const dataset = await this.datasets.findOne({ where: { id, ownerId } });
    if (!dataset) throw notFound('Dataset');
    return dataset;
  }
}
