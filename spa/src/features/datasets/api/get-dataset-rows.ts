import type { DatasetRow, Page } from '@notionchartkit/shared';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ROW_PREVIEW_PAGE_SIZE, ROWS_PAGE_SIZE } from '../../../config/app-config';
import { apiRequest } from '../../../lib/api-client';

/**
 * Rows are keyed apart from the dataset itself (and by its last sync), so polling or editing
 * a dataset never re-downloads them, and a finished sync always does.
 */
export const datasetRowsQueryKey = (id: string, syncedAt: string | null) =>
  [...allDatasetRowsQueryKey(id), syncedAt] as const;

/** Every rows query of the dataset, whatever sync they were read after. */
export const allDatasetRowsQueryKey = (id: string) => ['dataset-rows', id] as const;

export function getDatasetRows(
  id: string,
  page: { cursor?: string; limit: number },
  signal?: AbortSignal,
): Promise<Page<DatasetRow>> {
  return apiRequest<Page<DatasetRow>>(`/datasets/${encodeURIComponent(id)}/rows`, {
    query: { limit: page.limit, cursor: page.cursor },
    signal,
  });
}

/** One page of the row preview table. */
export function datasetRowsPageQueryOptions(
  id: string,
  syncedAt: string | null,
  cursor: string | undefined,
) {
  return queryOptions({
    queryKey: [...datasetRowsQueryKey(id, syncedAt), 'page', cursor ?? null],
    queryFn: ({ signal }) => getDatasetRows(id, { cursor, limit: ROW_PREVIEW_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDatasetRowsPage(id: string, syncedAt: string | null, cursor?: string) {
  return useQuery(datasetRowsPageQueryOptions(id, syncedAt, cursor));
}

/** Every row, page after page, for computing chart previews in the browser. */
export function allDatasetRowsQueryOptions(id: string, syncedAt: string | null) {
  return infiniteQueryOptions({
    queryKey: [...datasetRowsQueryKey(id, syncedAt), 'all'],
    queryFn: ({ pageParam, signal }) =>
      getDatasetRows(id, { cursor: pageParam, limit: ROWS_PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: Infinity,
  });
}

export interface AllRows {
  rows: DatasetRow[] | undefined;
  /** Every page is in. */
  complete: boolean;
  error: unknown;
}

/** Reads all of a dataset's rows, one page after another; `rows` grows as pages arrive. */
export function useAllDatasetRows(
  dataset: { id: string; lastSyncedAt: string | null } | undefined,
  enabled: boolean,
): AllRows {
  const query = useInfiniteQuery({
    ...allDatasetRowsQueryOptions(dataset?.id ?? '', dataset?.lastSyncedAt ?? null),
    enabled: enabled && dataset !== undefined,
  });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const pages = query.data?.pages;
  const rows = useMemo(() => pages?.flatMap((page) => page.items), [pages]);
  return {
    rows,
    complete: query.isSuccess && !hasNextPage,
    error: query.error,
  };
}
