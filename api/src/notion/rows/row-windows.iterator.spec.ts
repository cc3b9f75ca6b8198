import type { PageObjectResponse, QueryDataSourceResponse } from '@notionhq/client';
import { NotionQueryLimitError } from '../notion.errors';
import {
  iterateRowWindows,
  type QueryPage,
  type WindowQuery,
  type WindowTimestamp,
} from './row-windows.iterator';

interface Row {
  id: string;
  created_time: string;
  last_edited_time: string;
}

/**
 * A data source query as Notion answers it: filter `on_or_after` on a timestamp, sort by it
 * (ties in insertion order), pages of `pageSize`, and at most `cap` results per query, after
 * which `has_more` is false and `request_status` is incomplete.
 */
function fakeQuery(rows: Row[], pageSize: number, cap: number) {
  const calls: WindowQuery[] = [];
  const queryPage: QueryPage = (query) => {
    calls.push(query);
    const sort = query.sorts[0] as { timestamp: WindowTimestamp };
    const key = sort.timestamp;
    const bound = query.filter as Record<string, { on_or_after: string }> | undefined;
    const from = bound?.[key]?.on_or_after;
    const matching = rows
      .filter((row) => from === undefined || row[key] >= from)
      .sort((a, b) => a[key].localeCompare(b[key]));
    const reachable = matching.slice(0, cap);
    const offset = Number(query.startCursor ?? 0);
    const next = offset + pageSize;
    const hasMore = next < reachable.length;
    return Promise.resolve({
      object: 'list',
      type: 'page_or_data_source',
      page_or_data_source: {},
      results: reachable.slice(offset, next).map((row) => ({
        object: 'page',
        url: `https://www.notion.so/${row.id}`,
        properties: {},
        ...row,
      })),
      has_more: hasMore,
      next_cursor: hasMore ? String(next) : null,
      ...(matching.length > cap && !hasMore
        ? {
            request_status: { type: 'incomplete', incomplete_reason: 'query_result_limit_reached' },
          }
        : { request_status: { type: 'complete' } }),
    } as unknown as QueryDataSourceResponse);
  };
  return { queryPage, calls };
}

const minute = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();

async function collect(iterator: AsyncIterable<PageObjectResponse[]>) {
  const batches: string[][] = [];
  for await (const batch of iterator) batches.push(batch.map((page) => page.id));
  return batches;
}

describe('iterateRowWindows', () => {
  it('pages through one query sorted by created_time when under the cap', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({
      id: `r${i}`,
      created_time: minute(i),
      last_edited_time: minute(100 - i),
    }));
    const { queryPage, calls } = fakeQuery(rows, 2, 100);
    expect(await collect(iterateRowWindows(queryPage, 'created_time'))).toEqual([
      ['r0', 'r1'],
      ['r2', 'r3'],
      ['r4'],
    ]);
    expect(calls).toEqual([
      {
        filter: undefined,
        sorts: [{ timestamp: 'created_time', direction: 'ascending' }],
        startCursor: undefined,
      },
      expect.objectContaining({ startCursor: '2' }),
      expect.objectContaining({ startCursor: '4' }),
    ]);
  });

  it('reads past the cap in created_time windows, yielding boundary rows once', async () => {
    // 10 rows, two per minute; the cap cuts each query after 4 rows.
    const rows = Array.from({ length: 10 }, (_, i) => ({
      id: `r${i}`,
      created_time: minute(Math.floor(i / 2)),
      last_edited_time: minute(50),
    }));
    const { queryPage, calls } = fakeQuery(rows, 3, 4);
    const ids = (await collect(iterateRowWindows(queryPage, 'created_time'))).flat();
    expect(ids).toEqual(rows.map((row) => row.id));
    // Each new window starts at the last row's created_time of the window before.
    expect(calls.map((call) => call.filter)).toEqual([
      undefined,
      undefined,
      { timestamp: 'created_time', created_time: { on_or_after: minute(1) } },
      { timestamp: 'created_time', created_time: { on_or_after: minute(1) } },
      { timestamp: 'created_time', created_time: { on_or_after: minute(2) } },
      { timestamp: 'created_time', created_time: { on_or_after: minute(2) } },
      { timestamp: 'created_time', created_time: { on_or_after: minute(3) } },
      { timestamp: 'created_time', created_time: { on_or_after: minute(3) } },
    ]);
  });

  it('reads edits since an instant by last_edited_time, oldest edit first, in windows too', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({
      id: `r${i}`,
      created_time: minute(0),
      last_edited_time: minute(10 + i),
    }));
    const { queryPage, calls } = fakeQuery(rows, 10, 3);
    const ids = (
      await collect(iterateRowWindows(queryPage, 'last_edited_time', minute(12)))
    ).flat();
    expect(ids).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
    expect(calls[0]).toEqual({
      filter: { timestamp: 'last_edited_time', last_edited_time: { on_or_after: minute(12) } },
      sorts: [{ timestamp: 'last_edited_time', direction: 'ascending' }],
      startCursor: undefined,
    });
    expect(calls[1].filter).toEqual({
      timestamp: 'last_edited_time',
      last_edited_time: { on_or_after: minute(14) },
    });
  });

  it('fails with NotionQueryLimitError when more rows than the cap share one minute', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => ({
      id: `r${i}`,
      created_time: minute(0),
      last_edited_time: minute(0),
    }));
    const { queryPage } = fakeQuery(rows, 10, 4);
    await expect(collect(iterateRowWindows(queryPage, 'created_time'))).rejects.toBeInstanceOf(
      NotionQueryLimitError,
    );
  });

  it('skips data sources and partial pages that wiki queries return among rows', async () => {
    const queryPage: QueryPage = () =>
      Promise.resolve({
        object: 'list',
        type: 'page_or_data_source',
        page_or_data_source: {},
        has_more: false,
        next_cursor: null,
        results: [
          {
            object: 'page',
            id: 'p1',
            url: 'https://www.notion.so/p1',
            created_time: minute(0),
            last_edited_time: minute(0),
            properties: {},
          },
          {
            object: 'data_source',
            id: 'ds',
            created_time: minute(1),
            last_edited_time: minute(1),
            title: [],
            properties: {},
          },
          { object: 'page', id: 'partial' },
        ],
      } as unknown as QueryDataSourceResponse);
    expect(await collect(iterateRowWindows(queryPage, 'created_time'))).toEqual([['p1']]);
  });
});
