import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Dataset } from './dataset.entity';

/** The title of a page that a dataset's relation cells point to: the label charts show. */
@Entity({ name: 'dataset_relation_titles' })
export class RelationTitle {
  @PrimaryColumn('uuid', {
    name: 'dataset_id',
    primaryKeyConstraintName: 'pk_dataset_relation_titles',
  })
  datasetId: string;

  @PrimaryColumn({
    name: 'page_id',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'pk_dataset_relation_titles',
  })
  pageId: string;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'dataset_id',
    foreignKeyConstraintName: 'fk_dataset_relation_titles_dataset',
  })
  dataset?: Dataset;

  @Column({ type: 'text' })
  title: string;
}
