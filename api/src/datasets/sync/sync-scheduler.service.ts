import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SyncRequestsService } from './sync-requests.service';

const SWEEP_EVERY_MS = 30_000;
const BATCH = 200;

/**
 * Queues the datasets that are due. PostgreSQL is the source of truth (`next_sync_at`), so
 * nothing is lost if Redis is flushed, and requests are deduplicated, so any number of
 * workers can sweep at once without doubling a sync. Revoked connections are skipped.
 */
@Injectable()
export class SyncScheduler {
  private readonly logger = new Logger(SyncScheduler.name);
  private sweeping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: SyncRequestsService,
  ) {}

  @Interval('dataset-sync-sweep', SWEEP_EVERY_MS)
  async sweep(now = new Date()): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      const due = await this.db.query<{ id: string }[]>(
        `SELECT d.id FROM datasets d JOIN connections c ON c.id = d.connection_id
         WHERE d.refresh_interval_minutes > 0 AND d.next_sync_at <= $1 AND c.status = 'active'
         ORDER BY d.next_sync_at LIMIT $2`,
        [now, BATCH],
      );
      for (const { id } of due) await this.requests.request(id, 'incremental', 'schedule');
      return due.length;
    } catch (error) {
      this.logger.error({ err: error }, 'Sync sweep failed');
      return 0;
    } finally {
      this.sweeping = false;
    }
  }
}
