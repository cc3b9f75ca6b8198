import type { ApiKeySummary } from '@notionchartkit/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedListOptions } from '../../../lib/paged-list';

export const apiKeysQueryKey = ['api-keys'] as const;

export const apiKeysQueryOptions = pagedListOptions<ApiKeySummary>(apiKeysQueryKey, '/api-keys');

export function useApiKeys() {
  return useInfiniteQuery(apiKeysQueryOptions);
}
