import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function logOut(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST' });
}

/** Signing out forgets every cached answer: they belonged to the signed-in user. */
export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSuccess: () => queryClient.clear(),
  });
}
