import { queryOptions, useQuery } from '@tanstack/react-query';
import { SYNC_POLL_MS } from '../../../config/app-config';
import { apiRequest } from '../../../lib/api-client';
import { type DatasetWithSync, isSyncing } from '../dataset-sync';
import { datasetsQueryKey } from './get-datasets';

export const datasetQueryKey = (id: string) => [...datasetsQueryKey, 'detail', id] as const;

export function getDataset(id: string, signal?: AbortSignal): Promise<DatasetWithSync> {
  return apiRequest<DatasetWithSync>(`/datasets/${encodeURIComponent(id)}`, { signal });
}

/** Polled every two seconds while a sync is pending or running, so progress shows live. */
export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: datasetQueryKey(id),
    queryFn: ({ signal }) => getDataset(id, signal),
    refetchInterval: (query) =>
      query.state.data && isSyncing(query.state.data) ? SYNC_POLL_MS : false,
  });
}

/** `poll: false` while something else keeps it fresh (its live event stream). */
export function useDataset(id: string | undefined, { poll = true } = {}) {
  return useQuery({
    ...datasetQueryOptions(id ?? ''),
    enabled: Boolean(id),
    ...(poll ? {} : { refetchInterval: false as const }),
  });
}
