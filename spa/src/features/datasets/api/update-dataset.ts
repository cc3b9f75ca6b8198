import type { UpdateDatasetRequest } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { DatasetWithSync } from '../dataset-sync';
import { datasetQueryKey } from './get-dataset';
import { datasetListQueryKey } from './get-datasets';

export function updateDataset(id: string, body: UpdateDatasetRequest): Promise<DatasetWithSync> {
  return apiRequest<DatasetWithSync>(`/datasets/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });
}

export function useUpdateDataset(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDatasetRequest) => updateDataset(id, body),
    onSuccess: async (dataset) => {
      queryClient.setQueryData(datasetQueryKey(id), dataset);
      await queryClient.invalidateQueries({ queryKey: datasetListQueryKey });
    },
  });
}
