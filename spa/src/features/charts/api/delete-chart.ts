import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { chartQueryKey } from './get-chart';
import { chartListsQueryKey } from './get-charts';

export function deleteChart(id: string): Promise<void> {
  return apiRequest<void>(`/charts/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteChart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteChart,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: chartQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: chartListsQueryKey });
    },
  });
}
