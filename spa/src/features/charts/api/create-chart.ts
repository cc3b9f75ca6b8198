import type { Chart, CreateChartRequest } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { chartQueryKey } from './get-chart';
import { chartListsQueryKey } from './get-charts';

export function createChart(body: CreateChartRequest): Promise<Chart> {
  return apiRequest<Chart>('/charts', { method: 'POST', body });
}

/** Saving a new chart and duplicating one are both a create. */
export function useCreateChart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChart,
    onSuccess: async (chart) => {
      queryClient.setQueryData(chartQueryKey(chart.id), chart);
      await queryClient.invalidateQueries({ queryKey: chartListsQueryKey });
    },
  });
}
