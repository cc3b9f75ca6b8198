import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { connectionsQueryKey } from './get-connections';

export function removeConnection(id: string): Promise<void> {
  return apiRequest<void>(`/connections/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRemoveConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeConnection,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
  });
}
