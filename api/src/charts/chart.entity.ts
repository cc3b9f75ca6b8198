import type { ChartConfig } from '@notionchartkit/shared';
import {
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
import { Dataset } from '../datasets/dataset.entity';
import { User } from '../users/user.entity';

/**
 * A chart of one dataset. Its public key names it on the public endpoints; those answer only
 * while `isPublic`, and a rotation replaces the key.
 */
@Entity({ name: 'charts' })
@Unique('uq_charts_public_key', ['publicKey'])
@Index('ix_charts_owner_created', ['ownerId', 'createdAt', 'id'])
export class Chart {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_charts' })
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_charts_owner' })
  owner?: User;

  @Column({ name: 'dataset_id', type: 'uuid' })
  @Index('ix_charts_dataset_id')
  datasetId: string;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id', foreignKeyConstraintName: 'fk_charts_dataset' })
  dataset?: Dataset;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'jsonb' })
  config: ChartConfig;

  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic: boolean;

  @Column({ name: 'public_key', type: 'varchar', length: 64 })
  publicKey: string;

  /** Origins that may frame the chart or fetch its data; empty: any. */
  @Column({ name: 'allowed_origins', type: 'jsonb', default: () => "'[]'" })
  allowedOrigins: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
