import type {
  DatabaseRecord,
  DataSourceRecord,
  PageRecord,
  UserRecord,
  WorkspaceRecord,
} from '../model/records.types';
import type { PropertySchema } from '../model/property.types';

/**
 * Every record the sandbox serves, in memory. Lookups are O(1); rows of a data source keep
 * their creation order. `version` moves on every change so cached query results can tell
 * when they went stale.
 */
export class WorkspaceStore {
  private currentVersion = 0;
  private lastSeq = 0;
  private readonly workspaces = new Map<string, WorkspaceRecord>();
  private readonly users = new Map<string, UserRecord>();
  private readonly databases = new Map<string, DatabaseRecord>();
  private readonly dataSources = new Map<string, DataSourceRecord>();
  private readonly pages = new Map<string, PageRecord>();
  private readonly rowsByDataSource = new Map<string, Map<string, PageRecord>>();

  get version(): number {
    return this.currentVersion;
  }

  /** Marks every cached result as stale. */
  touch(): void {
    this.currentVersion++;
  }

  nextSeq(): number {
    return ++this.lastSeq;
  }

  addWorkspace(workspace: WorkspaceRecord): void {
    this.workspaces.set(workspace.id, workspace);
  }

  addUser(user: UserRecord): void {
    this.users.set(user.id, user);
  }

  addDatabase(database: DatabaseRecord): void {
    this.databases.set(database.id, database);
    this.touch();
  }

  addDataSource(dataSource: DataSourceRecord): void {
    this.dataSources.set(dataSource.id, dataSource);
    this.rowsByDataSource.set(dataSource.id, new Map());
    this.touch();
  }

  addPage(page: PageRecord): void {
    this.pages.set(page.id, page);
    if (page.parent.type === 'data_source') {
      this.rowsByDataSource.get(page.parent.dataSourceId)?.set(page.id, page);
    }
    this.touch();
  }

  deletePage(page: PageRecord): void {
    this.pages.delete(page.id);
    if (page.parent.type === 'data_source') {
      this.rowsByDataSource.get(page.parent.dataSourceId)?.delete(page.id);
    }
    this.touch();
  }

  workspace(id: string): WorkspaceRecord | undefined {
    return this.workspaces.get(id);
  }

  user(id: string): UserRecord | undefined {
    return this.users.get(id);
  }

  database(id: string): DatabaseRecord | undefined {
    return this.databases.get(id);
  }

  dataSource(id: string): DataSourceRecord | undefined {
    return this.dataSources.get(id);
  }

  page(id: string): PageRecord | undefined {
    return this.pages.get(id);
  }

  allWorkspaces(): Iterable<WorkspaceRecord> {
    return this.workspaces.values();
  }

  allUsers(): Iterable<UserRecord> {
    return this.users.values();
  }

  allDataSources(): Iterable<DataSourceRecord> {
    return this.dataSources.values();
  }

  allPages(): Iterable<PageRecord> {
    return this.pages.values();
  }

  rows(dataSourceId: string): Iterable<PageRecord> {
    return this.rowsByDataSource.get(dataSourceId)?.values() ?? [];
  }

  rowCount(dataSourceId: string): number {
    return this.rowsByDataSource.get(dataSourceId)?.size ?? 0;
  }

  /** The data source a row belongs to, if it is a row. */
  dataSourceOf(page: PageRecord): DataSourceRecord | undefined {
    return page.parent.type === 'data_source'
      ? this.dataSource(page.parent.dataSourceId)
      : undefined;
  }

  /** A row's schema, or the lone title property of a stand-alone page. */
  propertiesOf(page: PageRecord): readonly PropertySchema[] {
    return this.dataSourceOf(page)?.properties ?? STANDALONE_PAGE_PROPERTIES;
  }

  databaseOf(dataSource: DataSourceRecord): DatabaseRecord {
    const database = this.databases.get(dataSource.databaseId);
    if (!database) throw new Error(`data source ${dataSource.id} has no database`);
    return database;
  }
}

/** Pages outside databases have one property, their title, with the id Notion gives it. */
const STANDALONE_PAGE_PROPERTIES: readonly PropertySchema[] = [
  { id: 'title', name: 'title', description: null, type: 'title' },
];

/** Finds a property by name, by id, or by the percent-decoded id clients send in URLs. */
export function findProperty(
  properties: readonly PropertySchema[],
  nameOrId: string,
): PropertySchema | undefined {
  return (
    properties.find((p) => p.id === nameOrId) ??
    properties.find((p) => p.name === nameOrId) ??
    properties.find((p) => safeDecode(p.id) === nameOrId)
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
