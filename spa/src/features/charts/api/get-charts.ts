import type { Chart } from '@notionchartkit/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedListOptions } from '../../../lib/paged-list';

/** Every chart query lives under this key. */
export const chartsQueryKey = ['charts'] as const;
export const chartListsQueryKey = [...chartsQueryKey, 'list'] as const;
export const chartListQueryKey = (datasetId?: string) =>
  [...chartListsQueryKey, datasetId ?? null] as const;

export function chartListQueryOptions(datasetId?: string) {
  return pagedListOptions<Chart>(chartListQueryKey(datasetId), '/charts', { datasetId });
}

/** All the user's charts, or one dataset's. */
export function useCharts(datasetId?: string) {
  return useInfiniteQuery(chartListQueryOptions(datasetId));
}
