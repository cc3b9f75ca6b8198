import type { SyncAccepted, SyncRequest } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { datasetsQueryKey } from './get-datasets';

export function syncDataset(id: string, body: SyncRequest = {}): Promise<SyncAccepted> {
  return apiRequest<SyncAccepted>(`/datasets/${encodeURIComponent(id)}/sync`, {
    method: 'POST',
    body,
  });
}

/** "Sync now" is a full sync; reading the dataset again starts polling its progress. */
export function useSyncDataset(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => syncDataset(id, { mode: 'full' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetsQueryKey }),
  });
}
