import type { Connection, CreateConnectionRequest } from '@notionchartkit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { connectionsQueryKey } from './get-connections';

export function addConnection(body: CreateConnectionRequest): Promise<Connection> {
  return apiRequest<Connection>('/connections', { method: 'POST', body });
}

export function useAddConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addConnection,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
  });
}
