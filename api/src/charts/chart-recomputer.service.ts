import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RecomputeChartsJob } from '../core/queue/queue.definitions';
import { Chart } from './chart.entity';
import { ChartPayloadService, readDatasetRowsFor } from './payload/chart-payload.service';
import type { DatasetRows } from './payload/dataset-rows';

export interface RecomputeResult {
  charts: number;
}

/**
 * Brings charts up to date after a sync, a config change or the clock: each chart's snapshot,
 * its Redis payload while public, and an update for live embeds when the payload changed.
 */
@Injectable()
export class ChartRecomputer {
  private readonly logger = new Logger(ChartRecomputer.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly payloads: ChartPayloadService,
  ) {}

  async recompute(job: RecomputeChartsJob): Promise<RecomputeResult> {
    let chartIds = job.chartIds ?? [];
    // A dataset's charts share one read of its rows.
    let rows: DatasetRows | null = null;
    if (job.datasetId) {
      rows = await readDatasetRowsFor(this.db.manager, job.datasetId);
      const charts = await this.db
        .getRepository(Chart)
        .find({ where: { datasetId: job.datasetId }, select: { id: true } });
      chartIds = [...new Set([...chartIds, ...charts.map((chart) => chart.id)])];
    }
    const failures: unknown[] = [];
    for (const chartId of chartIds) {
      try {
        await this.payloads.ensureCurrent(chartId, { rows: rows ?? undefined, redis: 'required' });
      } catch (error) {
        this.logger.warn({ err: error, chartId }, 'Chart not recomputed');
        failures.push(error);
      }
    }
    // The others are done; a retry finds them current and redoes only the failed ones.
    if (failures.length > 0) throw failures[0];
    return { charts: chartIds.length };
  }
}
