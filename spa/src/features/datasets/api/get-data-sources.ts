import type { DataSourceSummary } from '@notionchartkit/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedListOptions } from '../../../lib/paged-list';

/** `GET /api/connections/:id/sources`: what a connection can read, to add as datasets. */
export const dataSourcesQueryKey = (connectionId: string, search: string) =>
  ['data-sources', connectionId, search] as const;

export function dataSourcesQueryOptions(connectionId: string, search: string) {
  return pagedListOptions<DataSourceSummary>(
    dataSourcesQueryKey(connectionId, search),
    `/connections/${encodeURIComponent(connectionId)}/sources`,
    { query: search || undefined },
  );
}

export function useDataSources(connectionId: string | undefined, search: string) {
  return useInfiniteQuery({
    ...dataSourcesQueryOptions(connectionId ?? '', search),
    enabled: Boolean(connectionId),
  });
}
