import {
  isFullPage,
  type PageObjectResponse,
  type QueryDataSourceParameters,
  type QueryDataSourceResponse,
} from '@notionhq/client';
import { NotionQueryLimitError } from '../notion.errors';

export type WindowTimestamp = 'created_time' | 'last_edited_time';

export interface WindowQuery {
  filter: QueryDataSourceParameters['filter'];
  sorts: NonNullable<QueryDataSourceParameters['sorts']>;
  startCursor: string | undefined;
}

/** One page of a data source query (the caller adds the data source, page size and properties). */
export type QueryPage = (query: WindowQuery) => Promise<QueryDataSourceResponse>;

function windowQuery(
  timestamp: WindowTimestamp,
  from: string | undefined,
  startCursor: string | undefined,
): WindowQuery {
  let filter: WindowQuery['filter'];
  if (from !== undefined) {
    filter =
      timestamp === 'created_time'
        ? { timestamp, created_time: { on_or_after: from } }
        : { timestamp, last_edited_time: { on_or_after: from } };
  }
  return { filter, sorts: [{ timestamp, direction: 'ascending' }], startCursor };
}

/**
 * Every row of a data source, in batches of one query page, sorted by `timestamp` ascending
 * (a stable order: Notion has no default sort) and from `from` on when given.
 *
 * One query stops at Notion's 10,000-row cap (`request_status` incomplete, no cursor). Then a
 * new query starts at the last row's timestamp, which has a budget of its own; rows at that
 * boundary timestamp are read twice and yielded once. For `last_edited_time`, a row edited
 * meanwhile comes back later with its new edit time and is yielded again, as it should be.
 */
export async function* iterateRowWindows(
  queryPage: QueryPage,
  timestamp: WindowTimestamp,
  from?: string,
): AsyncGenerator<PageObjectResponse[]> {
  let windowStart = from;
  // Rows seen at the latest timestamp: the only ones a new window can repeat.
  let tailTime: string | undefined;
  const tailIds = new Set<string>();
  for (;;) {
    let cursor: string | undefined;
    let capped = false;
    let lastTime: string | undefined;
    do {
      const response = await queryPage(windowQuery(timestamp, windowStart, cursor));
      const fresh: PageObjectResponse[] = [];
      for (const result of response.results) {
        // Wiki data sources list data sources among pages; they bound windows all the same.
        if ('created_time' in result) lastTime = result[timestamp];
        if (!isFullPage(result)) continue;
        const time = result[timestamp];
        if (time !== tailTime) {
          tailTime = time;
          tailIds.clear();
        } else if (tailIds.has(result.id)) {
          continue;
        }
        tailIds.add(result.id);
        fresh.push(result);
      }
      if (fresh.length > 0) yield fresh;
      if (response.request_status?.type === 'incomplete') capped = true;
      cursor = response.next_cursor ?? undefined;
    } while (cursor !== undefined);
    if (!capped) return;
    // A full window within one timestamp cannot move on: more rows share it than the cap.
    if (lastTime === undefined || lastTime === windowStart) {
      throw new NotionQueryLimitError(timestamp);
    }
    windowStart = lastTime;
  }
}
