import {
  collectPaginatedAPI,
  isFullDataSource,
  isFullPage,
  type Client,
  type PageObjectResponse,
  type UserObjectResponse,
} from '@notionhq/client';
import type { DataSourceSummary, Page } from '@notionchartkit/shared';
import { NotionNotSharedError } from './notion.errors';
import type {
  NotionDataSource,
  NotionIdentity,
  NotionRow,
  NotionUser,
  QueryRowsOptions,
} from './notion.types';
import { toDataSourceSummary, toNotionDataSource } from './normalize/data-source.normalizer';
import { normalizePage } from './normalize/page.normalizer';
import { richTextCell } from './normalize/text.cells';
import { iterateRowWindows, type QueryPage } from './rows/row-windows.iterator';
import { callNotion } from './transport/notion-error.mapper';
import { UserDirectory } from './users/user.directory';
import type { UserNameStore } from './users/user-name.store';

const MAX_PAGE_SIZE = 100;
/** Notion's id of every data source's title property. */
const TITLE_PROPERTY_ID = 'title';

function toNotionUser(user: UserObjectResponse): NotionUser {
  return { id: user.id, name: user.name, kind: user.type };
}

function pageTitle(page: PageObjectResponse): string | null {
  const title = Object.values(page.properties).find((value) => value.type === 'title');
  return title?.type === 'title' ? richTextCell(title.title) : null;
}

/** Relation values past Notion's 25-reference cap say so with `has_more`. */
function truncatedRelationIds(page: PageObjectResponse): string[] {
  return Object.values(page.properties)
    .filter((value) => value.type === 'relation' && 'has_more' in value && value.has_more === true)
    .map((value) => value.id);
}

/**
 * What the product does with one Notion connection. Every call goes through the connection's
 * shared rate limit and retry policy (in the SDK client's transport) and fails with a domain
 * error from `notion.errors`. Build it with `NotionClientFactory`.
 */
export class NotionConnectionClient {
  private readonly users: UserDirectory;

  constructor(
    private readonly sdk: Client,
    userNames: UserNameStore | null,
  ) {
    this.users = new UserDirectory(
      { listUsers: () => this.listUsers(), retrieveUser: (id) => this.retrieveUser(id) },
      userNames,
    );
  }

  /** The token's bot and workspace; also the cheapest check that a token works. */
  async me(): Promise<NotionIdentity> {
    const user = await callNotion('workspace', () => this.sdk.users.me({}));
    const bot = user.type === 'bot' && 'workspace_id' in user.bot ? user.bot : null;
    return {
      botId: user.id,
      botName: user.name,
      workspaceId: bot?.workspace_id ?? null,
      workspaceName: bot?.workspace_name ?? null,
    };
  }

  /** Every user of the workspace (needs Notion's user-information capability). */
  async listUsers(): Promise<NotionUser[]> {
    const users = await callNotion('user', () =>
      collectPaginatedAPI(this.sdk.users.list, { page_size: MAX_PAGE_SIZE }),
    );
    return users.map(toNotionUser);
  }

  async retrieveUser(id: string): Promise<NotionUser> {
    return toNotionUser(await callNotion('user', () => this.sdk.users.retrieve({ user_id: id })));
  }

  /** A user's name, from the cache when it can; the id when Notion will not tell. */
  async userName(id: string): Promise<string> {
    await this.users.resolve([id]);
    return this.users.nameOf(id) ?? id;
  }

  /** Data sources shared with the connection whose titles contain `query`. */
  async searchDataSources(
    query?: string,
    cursor?: string | null,
    pageSize = MAX_PAGE_SIZE,
  ): Promise<Page<DataSourceSummary>> {
    const response = await callNotion('workspace', () =>
      this.sdk.search({
        query: query || undefined,
        filter: { property: 'object', value: 'data_source' },
        start_cursor: cursor ?? undefined,
        page_size: pageSize,
      }),
    );
    return {
      items: response.results
        .filter(isFullDataSource)
        .filter((dataSource) => !dataSource.in_trash)
        .map(toDataSourceSummary),
      nextCursor: response.has_more ? response.next_cursor : null,
    };
  }

  /** A data source with its normalized schema. */
  async retrieveDataSource(id: string): Promise<NotionDataSource> {
    const dataSource = await callNotion('data_source', () =>
      this.sdk.dataSources.retrieve({ data_source_id: id }),
    );
    // Notion sends only the schema to integrations that may not read content.
    if (!isFullDataSource(dataSource)) {
      throw new NotionNotSharedError('data_source', 'no_capability');
    }
    if (dataSource.in_trash) throw new NotionNotSharedError('data_source', 'not_found');
    return toNotionDataSource(dataSource);
  }

  /**
   * Normalized rows of a data source: all of them oldest first, or with `editedSince` those
   * edited since, least recently edited first. Past Notion's 10,000-row cap it keeps going in
   * timestamp windows; relations come complete; user names are resolved.
   */
  async *queryRows(options: QueryRowsOptions): AsyncGenerator<NotionRow> {
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? MAX_PAGE_SIZE));
    const queryPage: QueryPage = (query) =>
      callNotion('data_source', () =>
        this.sdk.dataSources.query({
          data_source_id: options.dataSourceId,
          filter: query.filter,
          sorts: query.sorts,
          start_cursor: query.startCursor,
          page_size: pageSize,
          filter_properties: options.filterProperties ? [...options.filterProperties] : undefined,
        }),
      );
    const timestamp = options.editedSince === undefined ? 'created_time' : 'last_edited_time';
    for await (const pages of iterateRowWindows(queryPage, timestamp, options.editedSince)) {
      yield* await this.normalizeBatch(pages);
    }
  }

  /** Every page id of a relation value, paging the property endpoint past the page's 25. */
  async completeRelation(pageId: string, propertyId: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const response = await callNotion('page', () =>
        this.sdk.pages.properties.retrieve({
          page_id: pageId,
          property_id: propertyId,
          start_cursor: cursor,
          page_size: MAX_PAGE_SIZE,
        }),
      );
      const items = response.object === 'list' ? response.results : [response];
      for (const item of items) if (item.type === 'relation') ids.push(item.relation.id);
      cursor = response.object === 'list' ? (response.next_cursor ?? undefined) : undefined;
    } while (cursor !== undefined);
    return ids;
  }

  /**
   * Titles of single pages (`null` for an empty title), one request each; pages the connection
   * cannot read are left out. For all pages of a shared data source, `titlesInDataSource` is
   * far cheaper.
   */
  async pageTitles(pageIds: Iterable<string>): Promise<Map<string, string | null>> {
    const titles = new Map<string, string | null>();
    for (const id of new Set(pageIds)) {
      try {
        const page = await callNotion('page', () =>
          this.sdk.pages.retrieve({ page_id: id, filter_properties: [TITLE_PROPERTY_ID] }),
        );
        if (isFullPage(page)) titles.set(page.id, pageTitle(page));
      } catch (error) {
        if (!(error instanceof NotionNotSharedError)) throw error;
      }
    }
    return titles;
  }

  /** Titles of every page of a data source (`null` for empty ones), 100 per request. */
  async titlesInDataSource(dataSourceId: string): Promise<Map<string, string | null>> {
    const titles = new Map<string, string | null>();
    const queryPage: QueryPage = (query) =>
      callNotion('data_source', () =>
        this.sdk.dataSources.query({
          data_source_id: dataSourceId,
          filter: query.filter,
          sorts: query.sorts,
          start_cursor: query.startCursor,
          page_size: MAX_PAGE_SIZE,
          filter_properties: [TITLE_PROPERTY_ID],
        }),
      );
    for await (const pages of iterateRowWindows(queryPage, 'created_time')) {
      for (const page of pages) titles.set(page.id, pageTitle(page));
    }
    return titles;
  }

  /**
   * Normalizes one query page: completes truncated relations, then resolves the names of users
   * Notion sent without one (in one go for the batch) and normalizes again where needed.
   */
  private async normalizeBatch(pages: PageObjectResponse[]): Promise<NotionRow[]> {
    const relations = new Map<string, Map<string, string[]>>();
    for (const page of pages) {
      for (const propertyId of truncatedRelationIds(page)) {
        const complete = relations.get(page.id) ?? new Map<string, string[]>();
        complete.set(propertyId, await this.completeRelation(page.id, propertyId));
        relations.set(page.id, complete);
      }
    }
    const unnamed = new Set<string>();
    const normalize = (page: PageObjectResponse) =>
      normalizePage(page, {
        relations: relations.get(page.id),
        names: (id) => {
          const name = this.users.nameOf(id);
          if (name !== undefined) return name;
          unnamed.add(id);
          return id;
        },
      });
    const rows = pages.map(normalize);
    if (unnamed.size === 0) return rows;
    await this.users.resolve(unnamed);
    return pages.map(normalize);
  }
}
