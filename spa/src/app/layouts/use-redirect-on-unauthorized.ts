import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { meQueryKey } from '../../features/auth/api/get-me';
import { isUnauthorized } from '../../lib/api-client';

/**
 * A 401 from any request of a signed-in user means the session is gone: forget its data and go
 * to sign in. (A first visit without a session is the layout's to redirect.)
 */
export function useRedirectOnUnauthorized(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    const signOut = (error: unknown) => {
      if (!isUnauthorized(error) || queryClient.getQueryData(meQueryKey) === undefined) return;
      queryClient.clear();
      void navigate('/sign-in', { replace: true });
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') signOut(event.action.error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') signOut(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, navigate]);
}
