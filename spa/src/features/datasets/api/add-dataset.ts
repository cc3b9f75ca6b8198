import type { CreateDatasetRequest } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { DatasetWithSync } from '../dataset-sync';
import { datasetsQueryKey } from './get-datasets';

export function addDataset(body: CreateDatasetRequest): Promise<DatasetWithSync> {
  return apiRequest<DatasetWithSync>('/datasets', { method: 'POST', body });
}

export function useAddDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addDataset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetsQueryKey }),
  });
}
