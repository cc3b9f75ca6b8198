import type { Connection } from '@notionchartkit/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedListOptions } from '../../../lib/paged-list';

export const connectionsQueryKey = ['connections'] as const;

export const connectionsQueryOptions = pagedListOptions<Connection>(
  connectionsQueryKey,
  '/connections',
);

export function useConnections() {
  return useInfiniteQuery(connectionsQueryOptions);
}
