import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES, type SyncDatasetJob } from '../../core/queue/queue.definitions';
import { Dataset } from '../dataset.entity';
import { DatasetSyncer, type SyncResult } from './dataset-syncer.service';
import { tryLockDataset } from './dataset-lock';
import { SyncFailures } from './sync-failures';

/** When another worker is syncing the dataset, look again this much later. */
const LOCKED_RETRY_MS = 2000;

/** Runs sync jobs: one per dataset at a time across all workers (see `tryLockDataset`). */
@Processor(QUEUES.sync, { concurrency: 4 })
export class DatasetSyncProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly syncer: DatasetSyncer,
    private readonly failures: SyncFailures,
  ) {
    super();
  }

  async process(job: Job<SyncDatasetJob>, token?: string): Promise<SyncResult | null> {
    const lock = await tryLockDataset(this.db, job.data.datasetId);
    if (!lock) {
      await job.moveToDelayed(Date.now() + LOCKED_RETRY_MS, token);
      throw new DelayedError();
    }
    try {
      // From here on a new request queues a new job instead of reusing this one.
      await this.db
        .getRepository(Dataset)
        .update({ id: job.data.datasetId, pendingJobId: job.id }, { pendingJobId: null });
      return await this.syncer.sync(job.data);
    } catch (error) {
      throw await this.failures.record(job, error);
    } finally {
      await lock.release();
    }
  }
}
