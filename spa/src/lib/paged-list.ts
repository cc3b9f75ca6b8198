import type { Page } from '@notionchartkit/shared';
import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { apiRequest } from './api-client';

/** Enough for every list a person keeps by hand; more pages load on "Show more". */
export const LIST_PAGE_SIZE = 100;

type Query = Record<string, string | number | undefined>;

/**
 * Query options for a contract list (`{ items, nextCursor }`): pages are fetched by cursor and
 * the data reads as one array of items.
 */
export function pagedListOptions<T>(queryKey: QueryKey, path: string, query: Query = {}) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<Page<T>>(path, {
        query: { ...query, limit: LIST_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}
