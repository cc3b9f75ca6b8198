import { Processor } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, type Job } from 'bullmq';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { Metrics } from '../../core/metrics/metrics';
import { QUEUES, type SyncDatasetJob } from '../../core/queue/queue.definitions';
import { QueueWorkerHost } from '../../core/queue/queue-worker.host';
import { Dataset } from '../dataset.entity';
import { DatasetSyncer, type SyncResult } from './dataset-syncer.service';
import { tryLockDataset } from './dataset-lock';
import { SyncFailures } from './sync-failures';

/** When another worker is syncing the dataset, look again this much later. */
const LOCKED_RETRY_MS = 2000;

/**
 * A worker renews its job locks every half of this; a worker that died (even SIGKILL) loses
 * its jobs' locks this long after its last renewal, and the next stalled-job check (every
 * `STALLED_CHECK_MS`, by any live worker) hands them to another worker. Syncs never block the
 * event loop for seconds, so renewals are not missed.
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_CHECK_MS = 5_000;

/**
 * Runs sync jobs: one per dataset at a time across all workers (see `tryLockDataset`). On
 * shutdown, running syncs get `sync.shutdownGraceMs` to finish; the rest are cancelled and
 * put back in the queue untouched (a sync writes only at its very end).
 */
@Processor(QUEUES.sync, {
  concurrency: 4,
  lockDuration: LOCK_DURATION_MS,
  stalledInterval: STALLED_CHECK_MS,
})
export class DatasetSyncProcessor extends QueueWorkerHost implements BeforeApplicationShutdown {
  private readonly shutdown = new AbortController();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly syncer: DatasetSyncer,
    private readonly failures: SyncFailures,
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<SyncDatasetJob>, token?: string): Promise<SyncResult | null> {
    const { trigger, mode } = job.data;
    const lock = await tryLockDataset(this.db, job.data.datasetId);
    if (!lock) {
      this.metrics.sync(trigger, mode, 'deferred', null);
      await job.moveToDelayed(Date.now() + LOCKED_RETRY_MS, token);
      throw new DelayedError();
    }
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      // From here on a new request queues a new job instead of reusing this one.
      await this.db
        .getRepository(Dataset)
        .update({ id: job.data.datasetId, pendingJobId: job.id }, { pendingJobId: null });
      const result = await this.syncer.sync(job.data, new Date(), this.shutdown.signal);
      this.metrics.sync(trigger, result?.mode ?? mode, 'succeeded', seconds());
      return result;
    } catch (error) {
      if (this.shutdown.signal.aborted) {
        this.metrics.sync(trigger, mode, 'requeued', seconds());
        // Back to the queue as it was: not a failed attempt, and never a stalled job.
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      this.metrics.sync(trigger, mode, 'failed', seconds());
      throw await this.failures.record(job, error);
    } finally {
      await lock.release();
    }
  }

  /**
   * Before the database and Redis close: stop taking jobs and wait for the running ones, up to
   * the grace period, then cancel those still running (they requeue themselves).
   */
  async beforeApplicationShutdown(): Promise<void> {
    const grace = setTimeout(() => this.shutdown.abort(), this.config.sync.shutdownGraceMs);
    try {
      await this.worker.close();
    } finally {
      clearTimeout(grace);
    }
  }
}
