import {
  type ChartConfig,
  type ChartData,
  checkChartConfig,
  computeChartData,
  type DatasetRow,
  type SchemaProperty,
} from '@notionchartkit/shared';
import { useMemo } from 'react';
import { SERVER_PREVIEW_DEBOUNCE_MS } from '../../../config/app-config';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useServerChartPreview } from '../api/preview-chart';

/** The dataset's rows as the page has loaded them. */
export interface PreviewRows {
  rows: readonly DatasetRow[] | undefined;
  complete: boolean;
  error: unknown;
}

export type PreviewState =
  | { status: 'invalid' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: ChartData; loadedRows?: number; updating: boolean };

/**
 * Relations are labelled by related page titles, which only the API holds; a chart that shows
 * them is previewed by the API so the labels match the embed.
 */
export function needsServerLabels(config: ChartConfig, schema: readonly SchemaProperty[]): boolean {
  const ids = [config.x?.property, config.groupBy?.property];
  return schema.some((property) => property.type === 'relation' && ids.includes(property.id));
}

/**
 * The preview's data: computed in the browser with the shared engine over the loaded rows (it
 * follows every change at once, and grows while pages of rows arrive), or asked of the API when
 * the rows are not loaded or the labels need what only the API knows.
 */
export function useChartPreview({
  datasetId,
  syncedAt,
  config,
  schema,
  valid,
  rows,
}: {
  datasetId: string;
  syncedAt: string | null;
  config: ChartConfig;
  schema: readonly SchemaProperty[];
  valid: boolean;
  /** `null` when the rows are not loaded in the browser (too many of them). */
  rows: PreviewRows | null;
}): PreviewState {
  const onServer = rows === null || needsServerLabels(config, schema);
  const settledConfig = useDebouncedValue(config, SERVER_PREVIEW_DEBOUNCE_MS);
  const settledValid = useMemo(
    () => checkChartConfig(settledConfig, schema) === null,
    [settledConfig, schema],
  );
  const server = useServerChartPreview(datasetId, settledConfig, settledValid && onServer);

  const loaded = rows?.rows;
  const local = useMemo(
    () =>
      valid && !onServer && loaded
        ? computeChartData({
            config,
            schema,
            rows: loaded,
            now: new Date(),
            datasetSyncedAt: syncedAt,
          })
        : undefined,
    [valid, onServer, loaded, config, schema, syncedAt],
  );

  if (!valid) return { status: 'invalid' };
  if (onServer) {
    if (server.isError && !server.data) return { status: 'error', error: server.error };
    if (!server.data) return { status: 'loading' };
    return {
      status: 'ready',
      data: server.data,
      updating: server.isFetching || settledConfig !== config,
    };
  }
  if (rows?.error && !local) return { status: 'error', error: rows.error };
  if (!local) return { status: 'loading' };
  return {
    status: 'ready',
    data: local,
    ...(rows?.complete ? {} : { loadedRows: loaded?.length ?? 0 }),
    updating: false,
  };
}
