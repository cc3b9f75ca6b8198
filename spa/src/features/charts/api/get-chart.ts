import type { Chart } from '@notionchartkit/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { chartsQueryKey } from './get-charts';

export const chartQueryKey = (id: string) => [...chartsQueryKey, 'detail', id] as const;

export function getChart(id: string, signal?: AbortSignal): Promise<Chart> {
  return apiRequest<Chart>(`/charts/${encodeURIComponent(id)}`, { signal });
}

export function chartQueryOptions(id: string) {
  return queryOptions({
    queryKey: chartQueryKey(id),
    queryFn: ({ signal }) => getChart(id, signal),
  });
}

export function useChart(id: string | undefined) {
  return useQuery({ ...chartQueryOptions(id ?? ''), enabled: Boolean(id) });
}
