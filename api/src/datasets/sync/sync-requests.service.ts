import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SyncMode } from '@notionchartkit/shared';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { JOBS, QUEUES, type SyncDatasetJob } from '../../core/queue/queue.definitions';
import { Dataset } from '../dataset.entity';

/**
 * A pending job is reusable until it holds the dataset lock: the processor clears the
 * pointer only then, so a pending job seen `active` is still waiting for the lock and has
 * read nothing yet.
 */
const REUSABLE_STATES = new Set([
  'waiting',
  'delayed',
  'prioritized',
  'waiting-children',
  'active',
]);

/**
 * The one way to ask for a sync (API, scheduler, webhooks). A sync still queued is reused
 * (a full request upgrades a queued incremental one); while one runs, exactly one more is
 * queued, to start no sooner than `minIntervalMs` after the last one ended, so a burst of
 * triggers costs at most two syncs. The dataset row lock makes this hold across processes.
 */
@Injectable()
export class SyncRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.sync) private readonly queue: Queue<SyncDatasetJob>,
    private readonly config: AppConfig,
  ) {}

  async request(
    datasetId: string,
    mode: SyncMode,
    trigger: SyncDatasetJob['trigger'],
  ): Promise<{ jobId: string }> {
    return this.dataSource.transaction(async (tx) => {
      const datasets = tx.getRepository(Dataset);
      const dataset = await datasets.findOne({
        where: { id: datasetId },
        lock: { mode: 'pessimistic_write' },
        select: { id: true, pendingJobId: true, lastSyncedAt: true },
      });
      if (!dataset) throw new Error(`Dataset ${datasetId} does not exist`);

      const queued = dataset.pendingJobId
        ? await this.queue.getJob(dataset.pendingJobId)
        : undefined;
      if (queued?.id && REUSABLE_STATES.has(await queued.getState())) {
        if (mode === 'full' && queued.data.mode !== 'full')
          await queued.updateData({ ...queued.data, mode: 'full' });
        return { jobId: queued.id };
      }
      const jobId = randomUUID();
      const spacedUntil = (dataset.lastSyncedAt?.getTime() ?? 0) + this.config.sync.minIntervalMs;
      await this.queue.add(
        JOBS.syncDataset,
        { datasetId, mode, trigger },
        {
          jobId,
          delay: Math.max(0, spacedUntil - Date.now()),
          attempts: this.config.sync.attempts,
          backoff: { type: 'exponential', delay: this.config.sync.retryDelayMs, jitter: 0.5 },
        },
      );
      await datasets.update({ id: datasetId }, { pendingJobId: jobId });
      return { jobId };
    });
  }
}
