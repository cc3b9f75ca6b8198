import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type ChartConfig,
  type ChartProblem,
  checkChartConfig,
  type ConfigProblems,
  type SchemaProperty,
} from '@notionchartkit/shared';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AppConfig } from '../core/config/app-config';
import { Clock } from '../core/clock/clock';
import { ApiException, notFound, serviceUnavailable } from '../core/http/api-error';
import { type ListQueryDto, pageByCreation } from '../core/http/pagination';
import { JOBS, QUEUES, type RecomputeChartsJob } from '../core/queue/queue.definitions';
import { Dataset } from '../datasets/dataset.entity';
import { ChartSnapshot } from './chart-snapshot.entity';
import { Chart } from './chart.entity';
import { toChartDto } from './chart.mapper';
import type {
  ChartDataDto,
  ChartDataResponseDto,
  ChartDto,
  ChartPageDto,
  CreateChartDto,
  PreviewChartDto,
  UpdateChartDto,
} from './dto/chart.dto';
import { computeFromRows } from './payload/chart-computation';
import { ChartPayloadService } from './payload/chart-payload.service';
import { ChartUpdatesBus } from './payload/chart-updates.bus';
import { DatasetRows } from './payload/dataset-rows';
import { PublicPayloadStore } from './payload/public-payload.store';
import { newPublicKey } from './public-key';
import { withTimeout } from '../core/async/with-timeout';

/** 400 or 422 naming the config's fields, as the chart engine found them. */
function configError(problems: ConfigProblems): ApiException {
  const [first] = problems.details;
  return new ApiException(
    problems.status,
    first ? `${first.field} ${first.problem}` : 'Invalid chart config',
    problems.details,
  );
}

/**
 * Malformed configs answer 400 before any lookup: the engine's checks against an empty schema
 * are exactly those that need no dataset (its unknown-property findings are 422s, ignored here).
 */
function assertWellFormed(config: ChartConfig): void {
  const problems = checkChartConfig(config, []);
  if (problems?.status === 400) throw configError(problems);
}

function assertFits(config: ChartConfig, schema: readonly SchemaProperty[]): void {
  const problems = checkChartConfig(config, schema);
  if (problems) throw configError(problems);
}

/** How long a request waits for a recompute job to be queued before answering anyway. */
const QUEUE_WAIT_MS = 1000;

const sameOrigins = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((origin, index) => origin === b[index]);

/** Charts of the signed-in user: every lookup is by owner and id together. */
@Injectable()
export class ChartsService {
  private readonly logger = new Logger(ChartsService.name);

  constructor(
    @InjectRepository(Chart) private readonly charts: Repository<Chart>,
    @InjectRepository(ChartSnapshot) private readonly snapshots: Repository<ChartSnapshot>,
    @InjectRepository(Dataset) private readonly datasets: Repository<Dataset>,
    @InjectQueue(QUEUES.charts) private readonly queue: Queue<RecomputeChartsJob>,
    private readonly payloads: ChartPayloadService,
    private readonly store: PublicPayloadStore,
    private readonly updates: ChartUpdatesBus,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(ownerId: string, query: ListQueryDto & { datasetId?: string }): Promise<ChartPageDto> {
    const builder = this.charts
      .createQueryBuilder('chart')
      .where('chart.ownerId = :ownerId', { ownerId });
    if (query.datasetId)
      builder.andWhere('chart.datasetId = :datasetId', { datasetId: query.datasetId });
    const page = await pageByCreation(builder, query);
    const problems = await this.problemsOf(page.items.map((chart) => chart.id));
    return {
      items: page.items.map((chart) => this.toDto(chart, problems.get(chart.id) ?? null)),
      nextCursor: page.nextCursor,
    };
  }

  async get(ownerId: string, id: string): Promise<ChartDto> {
    const chart = await this.owned(ownerId, id);
    return this.toDto(chart, (await this.problemsOf([chart.id])).get(chart.id) ?? null);
  }

  async create(ownerId: string, body: CreateChartDto): Promise<ChartDto> {
    assertWellFormed(body.config);
    const dataset = await this.ownedDataset(ownerId, body.datasetId);
    assertFits(body.config, dataset.schema);
    const chart = this.charts.create({
      id: randomUUID(),
      ownerId,
      datasetId: dataset.id,
      name: body.name,
      config: body.config,
      isPublic: body.isPublic ?? false,
      publicKey: newPublicKey(),
      allowedOrigins: [...new Set(body.allowedOrigins ?? [])],
    });
    await this.charts.insert(chart);
    await this.recomputeLater(chart.id);
    return this.toDto(chart, null);
  }

  async update(ownerId: string, id: string, body: UpdateChartDto): Promise<ChartDto> {
    if (body.config) assertWellFormed(body.config);
    const chart = await this.owned(ownerId, id);
    if (body.config) {
      const dataset = await this.ownedDataset(ownerId, chart.datasetId);
      assertFits(body.config, dataset.schema);
    }
    const before = { ...chart };
    if (body.name !== undefined) chart.name = body.name;
    if (body.config !== undefined) chart.config = body.config;
    if (body.isPublic !== undefined) chart.isPublic = body.isPublic;
    if (body.allowedOrigins !== undefined) chart.allowedOrigins = [...new Set(body.allowedOrigins)];
    // A public entry carries the allowed origins, so a change of either drops it; a public
    // chart's next request refills it from the snapshot.
    const servedDifferently =
      before.isPublic !== chart.isPublic ||
      !sameOrigins(before.allowedOrigins, chart.allowedOrigins);
    await this.changeServing(
      (charts) => charts.save(chart),
      servedDifferently ? before.publicKey : null,
      chart.isPublic ? 'invalidated' : 'gone',
    );
    if (body.name !== undefined || body.config !== undefined) await this.recomputeLater(chart.id);
    return this.get(ownerId, chart.id);
  }

  async remove(ownerId: string, id: string): Promise<void> {
    const chart = await this.owned(ownerId, id);
    await this.changeServing(
      (charts) => charts.delete({ id: chart.id, ownerId }),
      chart.publicKey,
      'gone',
    );
  }

  async rotateKey(ownerId: string, id: string): Promise<ChartDto> {
    const chart = await this.owned(ownerId, id);
    const oldKey = chart.publicKey;
    chart.publicKey = newPublicKey();
    await this.changeServing((charts) => charts.save(chart), oldKey, 'gone');
    return this.get(ownerId, chart.id);
  }

  async data(ownerId: string, id: string): Promise<ChartDataResponseDto> {
    const chart = await this.owned(ownerId, id);
    const outcome = await this.payloads.ensureCurrent(chart.id);
    if (!outcome) throw notFound('Chart');
    const { data, problem } = outcome.snapshot;
    return problem ? { ...data, problem } : data;
  }

  async preview(ownerId: string, body: PreviewChartDto): Promise<ChartDataDto> {
    assertWellFormed(body.config);
    const dataset = await this.ownedDataset(ownerId, body.datasetId);
    assertFits(body.config, dataset.schema);
    const rows = new DatasetRows(this.datasets.manager, dataset.id, dataset.version);
    return computeFromRows(body.config, dataset, rows, new Date(this.clock.now()));
  }

  /**
   * The name or config changed: the worker recomputes the payload and tells live embeds. The
   * snapshot is stale by its hash meanwhile, so any read recomputes it first; that is also what
   * happens when Redis is away and the job waits in the client to be queued.
   */
  private async recomputeLater(chartId: string): Promise<void> {
    const queued = this.queue
      .add(JOBS.recomputeCharts, { chartIds: [chartId] })
      .catch((error: unknown) => this.logger.warn({ err: error, chartId }, 'Recompute not queued'));
    // `queued` never rejects: only the wait can, and then the job is left to the client.
    await withTimeout(queued, QUEUE_WAIT_MS).catch(() => undefined);
  }

  /**
   * Applies a change to how a public key is served, and drops the key's stored payload in the
   * same transaction: if Redis cannot confirm, nothing changes (503), so a private, deleted or
   * rotated chart is never left answering from Redis. A request refilling the entry holds a
   * share lock on the chart row, so it either finishes before this change (and its entry is
   * dropped here) or starts after it (and sees the change).
   */
  private async changeServing(
    change: (charts: Repository<Chart>) => Promise<unknown>,
    publicKey: string | null,
    type: 'gone' | 'invalidated',
  ): Promise<void> {
    await this.charts.manager.transaction(async (tx) => {
      await change(tx.getRepository(Chart));
      if (publicKey) await this.dropStored(publicKey);
    });
    if (publicKey) await this.updates.publish({ type, publicKey });
  }

  private async dropStored(publicKey: string): Promise<void> {
    try {
      await this.store.remove([publicKey]);
    } catch {
      throw serviceUnavailable('Redis');
    }
  }

  private async problemsOf(chartIds: string[]): Promise<Map<string, ChartProblem>> {
    if (chartIds.length === 0) return new Map();
    const rows = await this.snapshots.find({
      where: { chartId: In(chartIds) },
      select: { chartId: true, problem: true },
    });
    return new Map(
      rows.flatMap((row) => (row.problem ? [[row.chartId, row.problem] as const] : [])),
    );
  }

  private toDto(chart: Chart, problem: ChartProblem | null): ChartDto {
    return toChartDto(chart, this.config.http.appUrl, problem);
  }

  private async owned(ownerId: string, id: string): Promise<Chart> {
    const chart = await this.charts.findOne({ where: { id, ownerId } });
    if (!chart) throw notFound('Chart');
    return chart;
  }

  private async ownedDataset(ownerId: string, id: string): Promise<Dataset> {
    const dataset = await this.datasets.findOne({ where: { id, ownerId } });
    if (!dataset) throw notFound('Dataset');
    return dataset;
  }
}
