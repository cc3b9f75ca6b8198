import { invalidCursorError, pageAt, type ListPage } from '../core/pager.util';
import type { AccessPolicy } from '../auth/access.policy';
import type { Grant } from '../auth/token.registry';
import type { ValueResolver } from '../compute/value-resolver.compute';
import type { WorkspaceStore } from '../store/workspace.store';
import type { ResultCache } from './result-cache.cache';

export interface SearchArgs {
  query: string;
  objectType: 'page' | 'data_source' | undefined;
  inTrash: boolean;
  /** Without a sort Notion ranks by relevance; here that is most recently edited first. */
  direction: 'ascending' | 'descending';
  startCursor: string | undefined;
  pageSize: number;
}

interface Candidate {
  id: string;
  lastEditedTime: number;
  createdTime: number;
}

/** Title search over the pages and data sources a token can see. */
export class SearchService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly resolver: ValueResolver,
    private readonly access: AccessPolicy,
    private readonly cache: ResultCache,
  ) {}

  search(grant: Grant, args: SearchArgs): ListPage {
    const signature = JSON.stringify([
      'search',
      grant.workspaceId,
      args.query,
      args.objectType,
      args.inTrash,
      args.direction,
    ]);
    const list = this.cache.get(signature, this.store.version, () => this.rank(grant, args));
    const start =
      args.startCursor === undefined
        ? 0
        : this.cache.resolveCursor(signature, list, args.startCursor);
    if (start === undefined) throw invalidCursorError(args.startCursor ?? '');
    return pageAt(list, start, args.pageSize);
  }

  private rank(grant: Grant, args: SearchArgs): string[] {
    const needle = args.query.toLowerCase();
    const matches = (title: string) => needle === '' || title.toLowerCase().includes(needle);
    const found: Candidate[] = [];
    if (args.objectType !== 'page') {
      for (const dataSource of this.store.allDataSources()) {
        if (
          dataSource.inTrash === args.inTrash &&
          this.access.canSeeDataSource(grant, dataSource) &&
          matches(dataSource.title)
        ) {
          found.push(dataSource);
        }
      }
    }
    if (args.objectType !== 'data_source') {
      for (const page of this.store.allPages()) {
        if (
          page.inTrash === args.inTrash &&
          this.access.canSeePage(grant, page) &&
          matches(this.resolver.titleOf(page))
        ) {
          found.push(page);
        }
      }
    }
    const sign = args.direction === 'ascending' ? 1 : -1;
    found.sort(
      (a, b) =>
        sign * (a.lastEditedTime - b.lastEditedTime) ||
        sign * (a.createdTime - b.createdTime) ||
        a.id.localeCompare(b.id),
    );
    return found.map((c) => c.id);
  }
}
