import { type ChartConfig, type ChartData, computeChartData } from '@notionchartkit/shared';
import { type DatasetRows, type DatasetSource, labelsRelations } from './dataset-rows';

/** Rows → chart data, for a config that passed `checkChartConfig` against the dataset's schema. */
export async function computeFromRows(
  config: ChartConfig,
  dataset: DatasetSource,
  rows: DatasetRows,
  now: Date,
): Promise<ChartData> {
  return computeChartData({
    config,
    schema: dataset.schema,
    rows: await rows.rows(),
    now,
    relationTitles: labelsRelations(config, dataset.schema)
      ? await rows.relationTitles()
      : undefined,
    datasetSyncedAt: dataset.lastSyncedAt?.toISOString() ?? null,
  });
}
