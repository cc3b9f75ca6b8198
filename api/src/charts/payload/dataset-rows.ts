import type { Cell, ChartConfig, SchemaProperty } from '@notionchartkit/shared';
import type { EntityManager } from 'typeorm';

/** What chart computations read of a dataset row. */
export interface DatasetSource {
  id: string;
  schema: SchemaProperty[];
  version: number;
  lastSyncedAt: Date | null;
}

/**
 * A dataset's rows and related page titles, each read once on first use, so the charts of one
 * dataset recomputed together read them once. Read after `version`, so the rows are at least
 * that version.
 */
export class DatasetRows {
  private rowsRead: Promise<{ values: Record<string, Cell> }[]> | null = null;
  private titlesRead: Promise<Map<string, string>> | null = null;

  constructor(
    private readonly manager: EntityManager,
    readonly datasetId: string,
    readonly version: number,
  ) {}

  /** Whether these rows can stand for the dataset as it is now. */
  matches(dataset: DatasetSource): boolean {
    return dataset.id === this.datasetId && dataset.version === this.version;
  }

  rows(): Promise<{ values: Record<string, Cell> }[]> {
    this.rowsRead ??= this.manager
      .query<{ cells: Record<string, Cell> }[]>(
        'SELECT "cells" FROM "dataset_rows" WHERE "dataset_id" = $1',
        [this.datasetId],
      )
      .then((rows) => rows.map((row) => ({ values: row.cells })));
    return this.rowsRead;
  }

  relationTitles(): Promise<Map<string, string>> {
    this.titlesRead ??= this.manager
      .query<{ page_id: string; title: string }[]>(
        'SELECT "page_id", "title" FROM "dataset_relation_titles" WHERE "dataset_id" = $1',
        [this.datasetId],
      )
      .then((rows) => new Map(rows.map((row) => [row.page_id, row.title])));
    return this.titlesRead;
  }
}

/** Whether the chart labels anything by related page titles (its x or groupBy is a relation). */
export function labelsRelations(config: ChartConfig, schema: readonly SchemaProperty[]): boolean {
  const labelled = new Set([config.x?.property, config.groupBy?.property]);
  return schema.some((property) => property.type === 'relation' && labelled.has(property.id));
}
