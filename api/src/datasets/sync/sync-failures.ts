import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Connection } from '../../connections/connection.entity';
import type { SyncDatasetJob } from '../../core/queue/queue.definitions';
import { NotionAuthError, NotionError, NotionNotSharedError } from '../../notion/notion.errors';
import { Dataset } from '../dataset.entity';
import { DatasetEventsPublisher } from './sync-progress';

const UNEXPECTED =
  'The sync failed unexpectedly. It will be tried again at the next scheduled sync.';

/**
 * What a failed sync leaves behind. Rows are never touched (the sync writes only at its very
 * end), so charts keep serving the last good data; the dataset tells the user what happened
 * and what to do. Problems only a person can fix are not retried.
 */
@Injectable()
export class SyncFailures {
  private readonly logger = new Logger(SyncFailures.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DatasetEventsPublisher,
  ) {}

  /** Records the failure and returns the error the job should fail with. */
  async record(job: Job<SyncDatasetJob>, error: unknown, now = new Date()): Promise<Error> {
    const { datasetId } = job.data;
    const dataset = await this.db.getRepository(Dataset).findOne({ where: { id: datasetId } });
    if (!dataset) return new UnrecoverableError('The dataset was deleted');
    const permanent = error instanceof NotionAuthError || error instanceof NotionNotSharedError;
    const finalAttempt = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const message = error instanceof NotionError ? error.message : UNEXPECTED;
    this.logger.warn(
      { datasetId, err: error, attempt: job.attemptsMade + 1, finalAttempt },
      'Dataset sync failed',
    );

    if (error instanceof NotionAuthError) await this.pauseConnection(dataset.connectionId, message);
    await this.db.getRepository(Dataset).update(
      { id: datasetId },
      finalAttempt
        ? {
            status: 'error',
            lastError: message,
            syncProgress: null,
            nextSyncAt:
              dataset.refreshIntervalMinutes > 0
                ? new Date(now.getTime() + dataset.refreshIntervalMinutes * 60_000)
                : null,
          }
        : {
            status: dataset.lastSyncedAt ? 'ready' : 'pending',
            lastError: `${message} Retrying shortly.`,
            syncProgress: null,
          },
    );
    await this.events.announce(datasetId, { type: 'failed', message, retrying: !finalAttempt });
    if (permanent) return new UnrecoverableError(message);
    return error instanceof Error ? error : new Error(String(error));
  }

  /** A revoked token stops every dataset of the connection until the user reconnects. */
  private async pauseConnection(connectionId: string, message: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.getRepository(Connection).update({ id: connectionId }, { status: 'revoked' });
      await tx
        .getRepository(Dataset)
        .update({ connectionId }, { status: 'error', lastError: message, syncProgress: null });
    });
  }
}
