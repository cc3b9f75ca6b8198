import type { Cell } from '@notionchartkit/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Dataset } from './dataset.entity';

/** One Notion page of a dataset, its cells keyed by property id. */
@Entity({ name: 'dataset_rows' })
export class DatasetRow {
  @PrimaryColumn('uuid', { name: 'dataset_id', primaryKeyConstraintName: 'pk_dataset_rows' })
  datasetId: string;

  @PrimaryColumn({
    name: 'page_id',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'pk_dataset_rows',
  })
  pageId: string;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id', foreignKeyConstraintName: 'fk_dataset_rows_dataset' })
  dataset?: Dataset;

  @Column({ name: 'last_edited_time', type: 'timestamptz', precision: 3 })
  lastEditedTime: Date;

  @Column({ type: 'jsonb' })
  cells: Record<string, Cell>;
}
