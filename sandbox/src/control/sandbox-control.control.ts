import type { OAuthService } from '../auth/oauth.service';
import { FULL_CAPABILITIES, type Capabilities, type TokenRegistry } from '../auth/token.registry';
import type { Clock } from '../core/clock.util';
import { normalizeId, randomSecret, randomUuid, stableUuid } from '../core/ids.util';
import { NotionError, validationError } from '../core/notion-error.error';
import type { DatabaseRecord, DataSourceRecord, PageRecord } from '../model/records.types';
import type { DataSourceQueryService } from '../query/data-source-query.service';
import { seedLargeDataSource, type LargeDataSourceOptions } from '../seed/large-data-source.seed';
import { SEED_IDS } from '../seed/seed-ids.constants';
import { addDatabase } from '../store/database-builder.factory';
import type { PropertyDefinition } from '../store/property-builder.factory';
import type { RowValues } from '../store/row-input.parser';
import type { PageChange, RowWriter, WriteOptions } from '../store/row-writer.service';
import type { SchemaChange, SchemaWriter } from '../store/schema-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import type { FaultInjector, FaultRule } from '../traffic/fault-injector.faults';
import type { RateLimitConfig, RateLimiter } from '../traffic/rate-limiter.limiter';
import type { RequestCounters, RequestCounts } from '../traffic/request-counters.counter';
import type { WebhookEmitter } from '../webhooks/webhook.emitter';
import type { ChangeEvent } from '../webhooks/webhook.types';
import type { SandboxEvents } from './sandbox-events.events';

export interface IssueTokenOptions {
  /** Default: the demo workspace. */
  workspaceId?: string;
  /** Default true; false makes data endpoints answer 403 `restricted_resource`. */
  readContent?: boolean;
  /** Default true; false makes `users.list`/`users.retrieve` answer 403. */
  readUsers?: boolean;
}

export interface IssuedToken {
  token: string;
  workspaceId: string;
  botId: string;
}

export interface NewDataSourceOptions {
  title: string;
  properties: readonly PropertyDefinition[];
  workspaceId?: string;
  /** Default true. */
  shared?: boolean;
}

export interface CreatedDataSource {
  databaseId: string;
  dataSourceId: string;
}

export interface AuthorizeOptions {
  redirectUri?: string;
  state?: string;
  workspaceId?: string;
  /** A person of that workspace; default: its owner. */
  userId?: string;
}

export interface ControlDeps {
  store: WorkspaceStore;
  writer: RowWriter;
  schema: SchemaWriter;
  tokens: TokenRegistry;
  limiter: RateLimiter;
  faults: FaultInjector;
  counters: RequestCounters;
  queries: DataSourceQueryService;
  webhooks: WebhookEmitter;
  oauth: OAuthService;
  events: SandboxEvents;
  clock: Clock;
}

/**
 * What tests drive: edit the workspace while the sandbox runs (each edit also becomes webhook
 * events), switch rate limiting and faults, read request counters, mint tokens and codes.
 */
export class SandboxControl {
  readonly webhooks: Pick<
    WebhookEmitter,
    'subscribe' | 'verify' | 'unsubscribe' | 'list' | 'flush' | 'deliveries'
  >;
  readonly events: SandboxEvents;
  private queryResultLimit: number;

  constructor(
    private readonly deps: ControlDeps,
    queryResultLimit: number,
  ) {
    const { webhooks } = deps;
    this.events = deps.events;
    this.queryResultLimit = queryResultLimit;
    deps.queries.setResultLimit(queryResultLimit);
    this.webhooks = {
      subscribe: (options) => webhooks.subscribe(options),
      verify: (id) => webhooks.verify(id),
      unsubscribe: (id) => webhooks.unsubscribe(id),
      list: () => webhooks.list(),
      flush: () => webhooks.flush(),
      deliveries: (id) => webhooks.deliveries(id),
    };
  }

  // Rows

  createRow(dataSourceId: string, values: RowValues, options?: WriteOptions): string {
    const dataSource = this.dataSource(dataSourceId);
    const [created, ...synced] = this.deps.writer.create(dataSource, values, options);
    this.publishPage('page.created', created.page, created.page.createdBy);
    this.publishContent(created.page, created.page.createdBy);
    this.publishEdits(synced);
    return created.page.id;
  }

  updateRow(pageId: string, values: RowValues, options?: WriteOptions): void {
    this.publishEdits(this.deps.writer.update(this.page(pageId), values, options));
  }

  trashRow(pageId: string, options?: WriteOptions): void {
    const page = this.page(pageId);
    if (!this.deps.writer.setTrashed(page, true, options)) return;
    this.publishPage('page.deleted', page, page.lastEditedBy);
    this.publishContent(page, page.lastEditedBy);
  }

  restoreRow(pageId: string, options?: WriteOptions): void {
    const page = this.page(pageId);
    if (!this.deps.writer.setTrashed(page, false, options)) return;
    this.publishPage('page.undeleted', page, page.lastEditedBy);
    this.publishContent(page, page.lastEditedBy);
  }

  /** Deletes for good; the id answers 404 afterwards. */
  purgeRow(pageId: string): void {
    const page = this.page(pageId);
    if (!page.inTrash) {
      this.publishPage('page.deleted', page, page.lastEditedBy);
      this.publishContent(page, page.lastEditedBy);
    }
    this.deps.writer.purge(page);
  }

  // Schema

  addProperty(dataSourceId: string, definition: PropertyDefinition, actorId?: string): string {
    const changes = this.deps.schema.add(
      this.dataSource(dataSourceId),
      definition,
      this.actor(dataSourceId, actorId),
    );
    this.publishSchema(changes);
    return changes[0].property.id;
  }

  renameProperty(dataSourceId: string, property: string, name: string, actorId?: string): void {
    this.publishSchema(
      this.deps.schema.rename(
        this.dataSource(dataSourceId),
        property,
        name,
        this.actor(dataSourceId, actorId),
      ),
    );
  }

  removeProperty(dataSourceId: string, property: string, actorId?: string): void {
    this.publishSchema(
      this.deps.schema.remove(
        this.dataSource(dataSourceId),
        property,
        this.actor(dataSourceId, actorId),
      ),
    );
  }

  // Structure

  createDataSource(options: NewDataSourceOptions): CreatedDataSource {
    const workspaceId = options.workspaceId ?? SEED_IDS.acme.workspaceId;
    const workspace = this.deps.store.workspace(workspaceId);
    if (!workspace) throw validationError(`Unknown workspace: ${workspaceId}`);
    if (!options.properties.some((p) => p.type === 'title')) {
      throw validationError('A data source needs one title property.');
    }
    const ids = { databaseId: randomUuid(), dataSourceId: randomUuid() };
    addDatabase(this.deps.store, {
      id: ids.databaseId,
      workspaceId,
      title: options.title,
      shared: options.shared ?? true,
      createdTime: this.deps.clock(),
      createdBy: workspace.ownerUserId,
      dataSources: [{ id: ids.dataSourceId, title: options.title, properties: options.properties }],
    });
    return ids;
  }

  /** An "Orders" data source with `rows` rows, built in bulk (100,000 in about a second). */
  generateLargeDataSource(options: LargeDataSourceOptions): CreatedDataSource {
    const dataSource = seedLargeDataSource(this.deps.store, options);
    return { databaseId: dataSource.databaseId, dataSourceId: dataSource.id };
  }

  /** Shares a database with the integrations, or takes access away (then: 404 everywhere). */
  setShared(databaseId: string, shared: boolean): void {
    this.database(databaseId).shared = shared;
    this.deps.store.touch();
  }

  // Traffic

  setRateLimit(config: RateLimitConfig | false): void {
    this.deps.limiter.configure(config === false ? null : config);
  }

  get rateLimit(): RateLimitConfig | null {
    return this.deps.limiter.current;
  }

  /** Replaces the fault rules; `[]` turns fault injection off. */
  setFaults(rules: readonly FaultRule[]): FaultRule[] {
    return this.deps.faults.set(rules);
  }

  clearFaults(): void {
    this.deps.faults.set([]);
  }

  get faults(): FaultRule[] {
    return this.deps.faults.active;
  }

  counters(): RequestCounts {
    return this.deps.counters.snapshot();
  }

  resetCounters(): void {
    this.deps.counters.reset();
  }

  /** Notion cuts a query at 10,000 results; lower it to reach the cut with fewer rows. */
  setQueryResultLimit(limit: number): void {
    if (!Number.isInteger(limit) || limit < 1)
      throw validationError('limit should be a positive integer.');
    this.queryResultLimit = limit;
    this.deps.queries.setResultLimit(limit);
  }

  get resultLimit(): number {
    return this.queryResultLimit;
  }

  // Tokens and OAuth

  /** A new internal-integration token (its own bot) for a workspace. */
  issueToken(options: IssueTokenOptions = {}): IssuedToken {
    const workspaceId = options.workspaceId ?? SEED_IDS.acme.workspaceId;
    if (!this.deps.store.workspace(workspaceId))
      throw validationError(`Unknown workspace: ${workspaceId}`);
    const token = randomSecret('ntn_sandbox_', 24);
    const botId = stableUuid(`internal-bot:${token}`);
    const capabilities: Capabilities = {
      readContent: options.readContent ?? FULL_CAPABILITIES.readContent,
      readUsers: options.readUsers ?? FULL_CAPABILITIES.readUsers,
    };
    this.deps.store.addUser({
      kind: 'bot',
      id: botId,
      name: 'Sandbox integration',
      avatarUrl: null,
      workspaceIds: [workspaceId],
      ownerUserId: null,
    });
    this.deps.tokens.add({
      token,
      kind: 'internal',
      workspaceId,
      botId,
      capabilities,
      ownerUserId: null,
      clientId: null,
      issuedAt: Math.floor(this.deps.clock() / 1000),
    });
    return { token, workspaceId, botId };
  }

  /** Any token, OAuth or internal, answers 401 afterwards. */
  revokeToken(token: string): boolean {
    return this.deps.tokens.revoke(token);
  }

  /** What clicking "Allow access" on the consent page does, without a browser. */
  authorize(options: AuthorizeOptions = {}): { code: string; redirectUrl: string } {
    const { oauth } = this.deps;
    const request = oauth.validateAuthorize({
      client_id: oauth.client.clientId,
      response_type: 'code',
      owner: 'user',
      redirect_uri: options.redirectUri,
      state: options.state,
    });
    return oauth.approve(request, options.workspaceId ?? SEED_IDS.acme.workspaceId, options.userId);
  }

  // Lookups and events

  private dataSource(rawId: string): DataSourceRecord {
    const dataSource = this.deps.store.dataSource(normalizeId(rawId) ?? '');
    if (!dataSource)
      throw new NotionError(404, 'object_not_found', `Unknown data source: ${rawId}`);
    return dataSource;
  }

  private database(rawId: string): DatabaseRecord {
    const database = this.deps.store.database(normalizeId(rawId) ?? '');
    if (!database) throw new NotionError(404, 'object_not_found', `Unknown database: ${rawId}`);
    return database;
  }

  private page(rawId: string): PageRecord {
    const page = this.deps.store.page(normalizeId(rawId) ?? '');
    if (!page) throw new NotionError(404, 'object_not_found', `Unknown page: ${rawId}`);
    return page;
  }

  /** Schema edits are made by the given person, or by the workspace owner. */
  private actor(dataSourceId: string, actorId: string | undefined): string {
    if (actorId !== undefined) return actorId;
    const workspace = this.deps.store.workspace(this.dataSource(dataSourceId).workspaceId);
    if (!workspace) throw new Error(`data source ${dataSourceId} has no workspace`);
    return workspace.ownerUserId;
  }

  private parentOf(dataSource: DataSourceRecord): ChangeEvent['parent'] {
    return { id: dataSource.databaseId, type: 'database', data_source_id: dataSource.id };
  }

  private publishPage(
    type: 'page.created' | 'page.deleted' | 'page.undeleted',
    page: PageRecord,
    authorId: string,
  ): void {
    const dataSource = this.deps.store.dataSourceOf(page);
    if (!dataSource) return;
    this.deps.webhooks.publish({
      type,
      workspaceId: page.workspaceId,
      entity: { id: page.id, type: 'page' },
      parent: this.parentOf(dataSource),
      authorId,
    });
  }

  /** Rows added to or removed from a data source also change its content. */
  private publishContent(page: PageRecord, authorId: string): void {
    const dataSource = this.deps.store.dataSourceOf(page);
    if (!dataSource) return;
    this.deps.webhooks.publish({
      type: 'data_source.content_updated',
      workspaceId: page.workspaceId,
      entity: { id: dataSource.id, type: 'data_source' },
      parent: { id: dataSource.databaseId, type: 'database' },
      authorId,
      updatedBlocks: [page.id],
    });
  }

  private publishEdits(changes: readonly PageChange[]): void {
    for (const { page, propertyIds } of changes) {
      const dataSource = this.deps.store.dataSourceOf(page);
      if (!dataSource) continue;
      this.deps.webhooks.publish({
        type: 'page.properties_updated',
        workspaceId: page.workspaceId,
        entity: { id: page.id, type: 'page' },
        parent: this.parentOf(dataSource),
        authorId: page.lastEditedBy,
        updatedProperties: propertyIds,
      });
    }
  }

  private publishSchema(changes: readonly SchemaChange[]): void {
    for (const { dataSource, property } of changes) {
      this.deps.webhooks.publish({
        type: 'data_source.schema_updated',
        workspaceId: dataSource.workspaceId,
        entity: { id: dataSource.id, type: 'data_source' },
        parent: { id: dataSource.databaseId, type: 'database' },
        authorId: dataSource.lastEditedBy,
        schemaChanges: [property],
      });
    }
  }
}
