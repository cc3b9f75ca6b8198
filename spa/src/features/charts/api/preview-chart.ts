import type { ChartConfig, ChartData, PreviewChartRequest } from '@notionchartkit/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { chartsQueryKey } from './get-charts';

export function previewChart(body: PreviewChartRequest, signal?: AbortSignal): Promise<ChartData> {
  return apiRequest<ChartData>('/charts/preview', { method: 'POST', body, signal });
}

export function chartPreviewQueryOptions(datasetId: string, config: ChartConfig) {
  return queryOptions({
    queryKey: [...chartsQueryKey, 'preview', datasetId, config],
    queryFn: ({ signal }) => previewChart({ datasetId, config }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The API's preview, for what the browser cannot compute alone (see the builder's preview). */
export function useServerChartPreview(datasetId: string, config: ChartConfig, enabled: boolean) {
  return useQuery({ ...chartPreviewQueryOptions(datasetId, config), enabled });
}
