import type { Chart } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { chartQueryKey } from './get-chart';

export function rotateChartKey(id: string): Promise<Chart> {
  return apiRequest<Chart>(`/charts/${encodeURIComponent(id)}/rotate-key`, { method: 'POST' });
}

export function useRotateChartKey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rotateChartKey(id),
    onSuccess: (chart) => queryClient.setQueryData(chartQueryKey(id), chart),
  });
}
