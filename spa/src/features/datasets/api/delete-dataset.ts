import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { datasetQueryKey } from './get-dataset';
import { datasetListQueryKey } from './get-datasets';

export function deleteDataset(id: string): Promise<void> {
  return apiRequest<void>(`/datasets/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDataset,
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: datasetQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: datasetListQueryKey });
    },
  });
}
