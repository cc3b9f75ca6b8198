import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ChartData,
  type ChartProblem,
  checkChartConfig,
  type ConfigProblems,
  nextRecomputeAt,
} from '@notionchartkit/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { Dataset } from '../../datasets/dataset.entity';
import { ChartSnapshot } from '../chart-snapshot.entity';
import { Chart } from '../chart.entity';
import { computeFromRows } from './chart-computation';
import { ChartUpdatesBus } from './chart-updates.bus';
import { DatasetRows, type DatasetSource } from './dataset-rows';
import { chartSourceHash, payloadEtag, publicPayloadJson, sameChartData } from './public-payload';
import { PublicPayloadStore } from './public-payload.store';
import { stableStringify } from './stable-json';

export interface EnsureOptions {
  /** Rows already read for a batch of the dataset's charts; used when still current. */
  rows?: DatasetRows;
  /**
   * `required`: a failed Redis write fails the call (a job, retried until Redis takes it);
   * `best-effort`: it is logged and the snapshot answers (a request, which must not fail).
   */
  redis?: 'required' | 'best-effort';
}

export interface ChartOutcome {
  chart: Chart;
  snapshot: ChartSnapshot;
  /** Whether this call computed the snapshot (it was missing or stale). */
  computed: boolean;
}

const REDIS_WARNING_EVERY_MS = 10_000;

/**
 * The one place chart data becomes a snapshot and a public payload: the worker's recompute
 * jobs, a public request that misses Redis, and the owner's data endpoint all come here.
 */
@Injectable()
export class ChartPayloadService {
  private readonly logger = new Logger(ChartPayloadService.name);
  private readonly inFlight = new Map<string, Promise<ChartOutcome | null>>();
  private lastRedisWarning = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: PublicPayloadStore,
    private readonly updates: ChartUpdatesBus,
    private readonly clock: Clock,
  ) {}

  /**
   * The chart's snapshot, computed first when it is missing or stale (the chart's name or
   * config changed, its dataset synced since, or its relative dates moved on), with its public
   * payload written to Redis while the chart is public, and an update announced when the
   * payload changed. One computation per chart at a time: callers in this process share it,
   * and across processes an advisory lock makes the later one find the fresh snapshot.
   * `null` when the chart is gone.
   */
  ensureCurrent(chartId: string, options: EnsureOptions = {}): Promise<ChartOutcome | null> {
    const running = this.inFlight.get(chartId);
    if (running) return running;
    const work = this.refresh(chartId, options).finally(() => this.inFlight.delete(chartId));
    this.inFlight.set(chartId, work);
    return work;
  }

  private async refresh(chartId: string, options: EnsureOptions): Promise<ChartOutcome | null> {
    const result = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `chart-payload:${chartId}`,
      ]);
      // Shared row lock: a delete, rotation or privacy change waits until the Redis write below
      // is done, and then removes what it wrote.
      const chart = await tx
        .getRepository(Chart)
        .findOne({ where: { id: chartId }, lock: { mode: 'pessimistic_read' } });
      if (!chart) return null;
      const dataset: DatasetSource = await tx.getRepository(Dataset).findOneOrFail({
        where: { id: chart.datasetId },
        select: { id: true, schema: true, version: true, lastSyncedAt: true },
      });
      const previous = await tx.getRepository(ChartSnapshot).findOne({ where: { chartId } });
      const now = new Date(this.clock.now());
      const hash = chartSourceHash(chart);
      const computed = !previous || !isCurrent(previous, hash, dataset, now);
      let snapshot: ChartSnapshot;
      if (computed) {
        const rows = options.rows?.matches(dataset)
          ? options.rows
          : new DatasetRows(tx, dataset.id, dataset.version);
        snapshot = await this.computeSnapshot(chart, dataset, rows, previous, hash, now);
        await tx.getRepository(ChartSnapshot).upsert(snapshot, ['chartId']);
      } else {
        snapshot = previous;
      }
      if (chart.isPublic) await this.writePublic(chart, snapshot, options.redis ?? 'best-effort');
      return { chart, snapshot, computed, changed: snapshot.etag !== previous?.etag };
    });
    if (!result) return null;
    const { chart, snapshot, computed, changed } = result;
    if (changed && chart.isPublic) {
      await this.updates.publish({
        type: 'updated',
        publicKey: chart.publicKey,
        etag: snapshot.etag,
        updatedAt: snapshot.computedAt.toISOString(),
      });
    }
    return { chart, snapshot, computed };
  }

  private async computeSnapshot(
    chart: Chart,
    dataset: DatasetSource,
    rows: DatasetRows,
    previous: ChartSnapshot | null,
    configHash: string,
    now: Date,
  ): Promise<ChartSnapshot> {
    const problems = checkChartConfig(chart.config, dataset.schema);
    let data: ChartData;
    let computedAt: Date;
    let problem: ChartProblem | null = null;
    if (problems) {
      // The config no longer fits (a sync removed or retyped a property): keep the last good data.
      problem = problemOf(problems, previous?.problem ?? null, now);
      data = previous?.data ?? emptyData(dataset, now);
      computedAt = previous?.computedAt ?? now;
    } else {
      const fresh = await computeFromRows(chart.config, dataset, rows, now);
      const unchanged = previous !== null && sameChartData(previous.data, fresh);
      data = unchanged ? previous.data : fresh;
      computedAt = unchanged ? previous.computedAt : now;
    }
    const payload = publicPayloadJson(chart, data, computedAt);
    return Object.assign(new ChartSnapshot(), {
      chartId: chart.id,
      data,
      payload,
      etag: payloadEtag(payload),
      configHash,
      datasetVersion: dataset.version,
      computedAt,
      nextRecomputeAt: problem ? null : nextRecomputeAt(chart.config, now),
      problem,
    });
  }

  private async writePublic(
    chart: Chart,
    snapshot: ChartSnapshot,
    mode: 'required' | 'best-effort',
  ): Promise<void> {
    try {
      await this.store.write(
        chart.publicKey,
        { etag: snapshot.etag, origins: chart.allowedOrigins },
        snapshot.payload,
      );
    } catch (error) {
      if (mode === 'required') throw error;
      if (this.clock.now() - this.lastRedisWarning >= REDIS_WARNING_EVERY_MS) {
        this.lastRedisWarning = this.clock.now();
        this.logger.warn(
          { err: error },
          'Public payload not written to Redis; the snapshot answers',
        );
      }
    }
  }
}

/** Rows for a batch of one dataset's charts (see `EnsureOptions.rows`). */
export async function readDatasetRowsFor(
  manager: EntityManager,
  datasetId: string,
): Promise<DatasetRows | null> {
  const dataset = await manager
    .getRepository(Dataset)
    .findOne({ where: { id: datasetId }, select: { id: true, version: true } });
  return dataset ? new DatasetRows(manager, dataset.id, dataset.version) : null;
}

function isCurrent(
  snapshot: ChartSnapshot,
  configHash: string,
  dataset: DatasetSource,
  now: Date,
): boolean {
  return (
    snapshot.configHash === configHash &&
    snapshot.datasetVersion === dataset.version &&
    (snapshot.nextRecomputeAt === null || snapshot.nextRecomputeAt > now)
  );
}

function problemOf(
  problems: ConfigProblems,
  previous: ChartProblem | null,
  now: Date,
): ChartProblem {
  if (previous && stableStringify(previous.details) === stableStringify(problems.details)) {
    return previous;
  }
  const [first] = problems.details;
  return {
    message: `The chart no longer fits its dataset${first ? `: ${first.field} ${first.problem}` : ''}`,
    details: problems.details,
    since: now.toISOString(),
  };
}

/** The data of a chart that never computed and cannot now: nothing to show yet. */
function emptyData(dataset: DatasetSource, now: Date): ChartData {
  return {
    labels: [],
    series: [],
    meta: {
      rowCount: 0,
      datasetSyncedAt: dataset.lastSyncedAt?.toISOString() ?? null,
      computedAt: now.toISOString(),
    },
  };
}
