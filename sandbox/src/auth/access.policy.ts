import { normalizeId } from '../core/ids.util';
import {
  notFoundError,
  quoted,
  restrictedError,
  validationError,
  type NotFoundKind,
} from '../core/notion-error.error';
import type {
  BotRecord,
  DatabaseRecord,
  DataSourceRecord,
  PageRecord,
  PersonRecord,
} from '../model/records.types';
import type { WorkspaceStore } from '../store/workspace.store';
import type { Grant } from './token.registry';

/**
 * What a token may see: its own workspace, only databases shared with the integration.
 * Anything else is a 404, exactly like an id that does not exist, as Notion does.
 */
export class AccessPolicy {
  constructor(private readonly store: WorkspaceStore) {}

  requireContent(grant: Grant): void {
    if (!grant.capabilities.readContent) throw restrictedError();
  }

  requireUsers(grant: Grant): void {
    if (!grant.capabilities.readUsers) throw restrictedError();
  }

  database(grant: Grant, rawId: string): DatabaseRecord {
    const database = this.store.database(idOrThrow('database', rawId));
    if (!database || !this.canSeeDatabase(grant, database)) throw notFoundError('database', rawId);
    return database;
  }

  dataSource(grant: Grant, rawId: string): DataSourceRecord {
    const dataSource = this.store.dataSource(idOrThrow('data source', rawId));
    if (!dataSource || !this.canSeeDataSource(grant, dataSource)) {
      throw notFoundError('data source', rawId);
    }
    return dataSource;
  }

  page(grant: Grant, rawId: string): PageRecord {
    const page = this.store.page(idOrThrow('page', rawId));
    if (!page || !this.canSeePage(grant, page)) throw notFoundError('page', rawId);
    return page;
  }

  user(grant: Grant, rawId: string): PersonRecord | BotRecord {
    const user = this.store.user(idOrThrow('user', rawId));
    if (!user || user.kind === 'group' || !user.workspaceIds.includes(grant.workspaceId)) {
      throw notFoundError('user', rawId);
    }
    return user;
  }

  canSeeDatabase(grant: Grant, database: DatabaseRecord): boolean {
    return database.workspaceId === grant.workspaceId && database.shared;
  }

  canSeeDataSource(grant: Grant, dataSource: DataSourceRecord): boolean {
    return this.canSeeDatabase(grant, this.store.databaseOf(dataSource));
  }

  canSeePage(grant: Grant, page: PageRecord): boolean {
    if (page.workspaceId !== grant.workspaceId) return false;
    const dataSource = this.store.dataSourceOf(page);
    return dataSource ? this.canSeeDataSource(grant, dataSource) : true;
  }
}

const PATH_PARAM: Record<NotFoundKind, string> = {
  page: 'page_id',
  database: 'database_id',
  'data source': 'data_source_id',
  user: 'user_id',
  property: 'property_id',
};

function idOrThrow(kind: NotFoundKind, rawId: string): string {
  const id = normalizeId(rawId);
  if (!id) {
    throw validationError(
      `path failed validation: path.${PATH_PARAM[kind]} should be a valid uuid, instead was ${quoted(rawId)}.`,
    );
  }
  return id;
}
