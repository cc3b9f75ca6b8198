import type { ChartData, ChartProblem } from '@notionchartkit/shared';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Chart } from './chart.entity';

/**
 * A chart's last computed data and the public payload built from it. The public endpoint
 * falls back to it when Redis misses or is down; the worker's schedule reads
 * `next_recompute_at`, so the database is the source of truth for what is due.
 */
@Entity({ name: 'chart_snapshots' })
@Index('ix_chart_snapshots_next_recompute_at', ['nextRecomputeAt'])
export class ChartSnapshot {
  @PrimaryColumn('uuid', { name: 'chart_id', primaryKeyConstraintName: 'pk_chart_snapshots' })
  chartId: string;

  @OneToOne(() => Chart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chart_id', foreignKeyConstraintName: 'fk_chart_snapshots_chart' })
  chart?: Chart;

  /** The last good data: kept while the config no longer fits the dataset (`problem`). */
  @Column({ type: 'jsonb' })
  data: ChartData;

  /** The public body, exactly as served (`PublicChartPayload` as JSON). */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 64 })
  etag: string;

  /** Of the chart's name and config this snapshot was made for (see `chartSourceHash`). */
  @Column({ name: 'config_hash', type: 'varchar', length: 64 })
  configHash: string;

  /** The dataset's version the snapshot was made from. */
  @Column({ name: 'dataset_version', type: 'integer' })
  datasetVersion: number;

  /** When `data` was computed: the payload's `updatedAt`. */
  @Column({ name: 'computed_at', type: 'timestamptz', precision: 3 })
  computedAt: Date;

  /** For charts with relative date filters: when the data goes stale by the clock alone. */
  @Column({ name: 'next_recompute_at', type: 'timestamptz', precision: 3, nullable: true })
  nextRecomputeAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  problem: ChartProblem | null;
}
