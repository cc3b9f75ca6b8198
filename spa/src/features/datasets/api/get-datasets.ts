import { useInfiniteQuery } from '@tanstack/react-query';
import { SYNC_POLL_MS } from '../../../config/app-config';
import { pagedListOptions } from '../../../lib/paged-list';
import { type DatasetWithSync, isSyncing } from '../dataset-sync';

/** Every dataset query lives under this key; a change to any dataset invalidates it. */
export const datasetsQueryKey = ['datasets'] as const;
export const datasetListQueryKey = [...datasetsQueryKey, 'list'] as const;

export const datasetListQueryOptions = pagedListOptions<DatasetWithSync>(
  datasetListQueryKey,
  '/datasets',
);

/** The list keeps itself fresh while any dataset in it is syncing. */
export function useDatasets() {
  return useInfiniteQuery({
    ...datasetListQueryOptions,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some(isSyncing)) ? SYNC_POLL_MS : false,
  });
}
