import type { Chart, UpdateChartRequest } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { chartQueryKey } from './get-chart';
import { chartListsQueryKey } from './get-charts';

export function updateChart(id: string, body: UpdateChartRequest): Promise<Chart> {
  return apiRequest<Chart>(`/charts/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateChart(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateChartRequest) => updateChart(id, body),
    onSuccess: async (chart) => {
      queryClient.setQueryData(chartQueryKey(id), chart);
      await queryClient.invalidateQueries({ queryKey: chartListsQueryKey });
    },
  });
}
