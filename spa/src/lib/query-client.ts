import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError, isUnauthorized, NETWORK_FAILURE } from './api-client';
import { showToast } from './toasts';

const MAX_RETRIES = 2;

/** Only answers that may change on their own are worth asking again: 5xx, 429, no answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiRequestError)) return false;
  const { statusCode } = error;
  return statusCode === NETWORK_FAILURE || statusCode === 429 || statusCode >= 500;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
}

/**
 * Errors of first loads are shown where the data would be; a failed refetch of data already on
 * screen and every failed action become toasts. A 401 is not toasted: the signed-in layout
 * sends the user to sign in.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data !== undefined && !isUnauthorized(error)) {
          showToast(messageOf(error), 'error');
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (!isUnauthorized(error)) showToast(messageOf(error), 'error');
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
