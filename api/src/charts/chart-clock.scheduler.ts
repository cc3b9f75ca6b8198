import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../core/clock/clock';
import { JOBS, QUEUES, type RecomputeChartsJob } from '../core/queue/queue.definitions';

const SWEEP_EVERY_MS = 60_000;
const BATCH = 500;

/**
 * Charts with relative date filters (`in_last_days`, `in_current`) go stale by the clock alone:
 * their snapshots say when (`next_recompute_at`: within the hour, and at midnight in their time
 * zone). PostgreSQL is the source of truth, so a Redis flush loses nothing; the job id is per
 * minute, so any number of workers sweeping queue one job.
 */
@Injectable()
export class ChartClockScheduler {
  private readonly logger = new Logger(ChartClockScheduler.name);
  private sweeping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUES.charts) private readonly queue: Queue<RecomputeChartsJob>,
    private readonly clock: Clock,
  ) {}

  @Interval('chart-clock-sweep', SWEEP_EVERY_MS)
  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      const now = this.clock.now();
      const due = await this.db.query<{ chart_id: string }[]>(
        `SELECT "chart_id" FROM "chart_snapshots" WHERE "next_recompute_at" <= $1
         ORDER BY "next_recompute_at" LIMIT $2`,
        [new Date(now), BATCH],
      );
      if (due.length > 0) {
        await this.queue.add(
          JOBS.recomputeCharts,
          { chartIds: due.map((row) => row.chart_id) },
          { jobId: `charts-due-${Math.floor(now / SWEEP_EVERY_MS)}` },
        );
      }
      return due.length;
    } catch (error) {
      this.logger.error({ err: error }, 'Chart clock sweep failed');
      return 0;
    } finally {
      this.sweeping = false;
    }
  }
}
