import { DAY_MS, type Clock } from '../core/clock.util';
import { invalidCursorError, pageAt, type ListPage } from '../core/pager.util';
import type { ValueResolver } from '../compute/value-resolver.compute';
import type { DataSourceRecord } from '../model/records.types';
import type { WorkspaceStore } from '../store/workspace.store';
import { compileFilter } from './filter.engine';
import type { ResultCache } from './result-cache.cache';
import { compileSorts } from './sort.engine';

/** Notion stops a single query at 10,000 results. */
export const DEFAULT_QUERY_RESULT_LIMIT = 10_000;

export interface QueryArgs {
  filter: unknown;
  sorts: unknown;
  startCursor: string | undefined;
  pageSize: number;
  /** `true` returns only trashed rows, `false` (default) only live ones. */
  inTrash: boolean;
  resultType: 'page' | 'data_source' | undefined;
  /** The person behind the token, for `me` in people filters. */
  me: string | null;
}

export interface QueryPage extends ListPage {
  /** The full result was longer than the limit and was cut. */
  limitReached: boolean;
}

export class DataSourceQueryService {
  private resultLimit = DEFAULT_QUERY_RESULT_LIMIT;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly resolver: ValueResolver,
    private readonly cache: ResultCache,
    private readonly clock: Clock,
  ) {}

  /** Lets tests reach the cap with fewer rows. */
  setResultLimit(limit: number): void {
    this.resultLimit = limit;
    this.cache.clear();
  }

  query(dataSource: DataSourceRecord, args: QueryArgs): QueryPage {
    const ctx = { properties: dataSource.properties, resolver: this.resolver, store: this.store };
    // Compiled on every page so invalid filters fail the same way whatever the cursor.
    const now = this.clock();
    const predicate = compileFilter(args.filter, { ...ctx, now, me: args.me });
    const sort = compileSorts(args.sorts, ctx);
    const signature = JSON.stringify([
      'query',
      dataSource.id,
      args.filter,
      args.sorts,
      args.inTrash,
      args.resultType,
      args.me,
      this.resultLimit,
      // Relative date filters ("today", "past_week") change meaning at midnight.
      Math.floor(now / DAY_MS),
    ]);
    const list = this.cache.get(signature, this.store.version, () => {
      // Plain rows only: no data source here is a wiki, so `data_source` results are empty.
      if (args.resultType === 'data_source') return [];
      const rows = [];
      for (const row of this.store.rows(dataSource.id)) {
        if (row.inTrash === args.inTrash && predicate(row)) rows.push(row);
      }
      const ids = sort(rows).map((row) => row.id);
      return ids.length > this.resultLimit ? ids.slice(0, this.resultLimit + 1) : ids;
    });
    // The list keeps one id past the limit only to remember that the cut happened.
    const limitReached = list.ids.length > this.resultLimit;
    const start =
      args.startCursor === undefined
        ? 0
        : this.cache.resolveCursor(signature, list, args.startCursor);
    if (start === undefined || start >= this.resultLimit) {
      throw invalidCursorError(args.startCursor ?? '');
    }
    const size = Math.min(args.pageSize, this.resultLimit - start);
    const page = pageAt(list, start, size);
    const atCap = limitReached && start + size >= this.resultLimit;
    return { ids: page.ids, nextCursor: atCap ? null : page.nextCursor, limitReached };
  }
}
