import type { DatasetStatus, SchemaProperty, SyncProgress } from '@notionchartkit/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Connection } from '../connections/connection.entity';
import { User } from '../users/user.entity';

/**
 * One Notion data source, synced into `dataset_rows`. The database is the source of truth
 * for scheduling: `next_sync_at` survives a Redis flush.
 */
@Entity({ name: 'datasets' })
@Unique('uq_datasets_owner_data_source', ['ownerId', 'dataSourceId'])
@Check('ck_datasets_status', `"status" IN ('pending', 'syncing', 'ready', 'error')`)
@Check('ck_datasets_refresh_interval', `"refresh_interval_minutes" BETWEEN 0 AND 1440`)
@Index('ix_datasets_next_sync_at', ['nextSyncAt'])
export class Dataset {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_datasets' })
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_datasets_owner' })
  owner?: User;

  @Column({ name: 'connection_id', type: 'uuid' })
  @Index('ix_datasets_connection_id')
  connectionId: string;

  @ManyToOne(() => Connection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id', foreignKeyConstraintName: 'fk_datasets_connection' })
  connection?: Connection;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'database_id', type: 'varchar', length: 64 })
  databaseId: string;

  @Column({ name: 'data_source_id', type: 'varchar', length: 64 })
  dataSourceId: string;

  @Column({ name: 'notion_url', type: 'text', nullable: true })
  notionUrl: string | null;

  /** Properties by Notion property id, in Notion's order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  schema: SchemaProperty[];

  @Column({ type: 'varchar', length: 16 })
  status: DatasetStatus;

  @Column({ name: 'row_count', type: 'integer', default: 0 })
  rowCount: number;

  /** Bumped by every sync that changed rows or schema; charts cache against it. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @Column({ name: 'refresh_interval_minutes', type: 'integer' })
  refreshIntervalMinutes: number;

  /** Hours between full reconciles (deletions); formula/rollup charts force an hourly one. */
  @Column({ name: 'full_sync_interval_hours', type: 'integer', default: 24 })
  fullSyncIntervalHours: number;

  /** The newest `last_edited_time` seen: incremental syncs read from two minutes before it. */
  @Column({ name: 'sync_watermark', type: 'timestamptz', precision: 3, nullable: true })
  syncWatermark: Date | null;

  @Column({ name: 'last_synced_at', type: 'timestamptz', precision: 3, nullable: true })
  lastSyncedAt: Date | null;

  @Column({ name: 'last_full_sync_at', type: 'timestamptz', precision: 3, nullable: true })
  lastFullSyncAt: Date | null;

  @Column({ name: 'next_sync_at', type: 'timestamptz', precision: 3, nullable: true })
  nextSyncAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** What a running sync is doing, for progress bars; null when idle. */
  @Column({ name: 'sync_progress', type: 'jsonb', nullable: true })
  syncProgress: SyncProgress | null;

  /** The queued sync job that later requests reuse; cleared when a worker starts it. */
  @Column({ name: 'pending_job_id', type: 'varchar', length: 64, nullable: true })
  pendingJobId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
