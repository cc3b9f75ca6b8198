import { floorToMinute } from '../core/clock.util';
import type {
  DatabaseParent,
  DatabaseRecord,
  DataSourceRecord,
  Icon,
  PageRecord,
} from '../model/records.types';
import { buildProperty, type PropertyDefinition } from './property-builder.factory';
import type { WorkspaceStore } from './workspace.store';

export interface StandalonePageSpec {
  id: string;
  workspaceId: string;
  title: string;
  icon?: string;
  /** Parent page id; default: top level of the workspace. */
  parentPageId?: string;
  createdTime: number;
  createdBy: string;
}

export interface DataSourceSpec {
  id: string;
  title: string;
  description?: string;
  icon?: string;
  /** In order; relations may only point at data sources that already exist. */
  properties: readonly PropertyDefinition[];
}

export interface DatabaseSpec {
  id: string;
  workspaceId: string;
  title: string;
  description?: string;
  icon?: string;
  parentPageId?: string;
  isInline?: boolean;
  /** Shared with the workspace's integrations; default true. */
  shared?: boolean;
  createdTime: number;
  createdBy: string;
  dataSources: readonly DataSourceSpec[];
}

function icon(emoji: string | undefined): Icon {
  return emoji ? { type: 'emoji', emoji } : null;
}

/** A page outside any database, such as the page a database sits on. */
export function addStandalonePage(store: WorkspaceStore, spec: StandalonePageSpec): PageRecord {
  const at = floorToMinute(spec.createdTime);
  const page: PageRecord = {
    id: spec.id,
    workspaceId: spec.workspaceId,
    parent: spec.parentPageId ? { type: 'page', pageId: spec.parentPageId } : { type: 'workspace' },
    cells: new Map([['title', { type: 'title', value: [{ content: spec.title, link: null }] }]]),
    icon: icon(spec.icon),
    inTrash: false,
    createdTime: at,
    lastEditedTime: at,
    createdBy: spec.createdBy,
    lastEditedBy: spec.createdBy,
    seq: store.nextSeq(),
  };
  store.addPage(page);
  return page;
}

/** Adds a data source to an existing database, building its properties in order. */
export function addDataSource(
  store: WorkspaceStore,
  database: DatabaseRecord,
  spec: DataSourceSpec,
  createdBy: string,
): DataSourceRecord {
  const dataSource: DataSourceRecord = {
    id: spec.id,
    databaseId: database.id,
    workspaceId: database.workspaceId,
    title: spec.title,
    description: spec.description ?? '',
    icon: icon(spec.icon),
    inTrash: false,
    createdTime: database.createdTime,
    lastEditedTime: database.createdTime,
    createdBy,
    lastEditedBy: createdBy,
    properties: [],
    nextUniqueId: 1,
  };
  store.addDataSource(dataSource);
  database.dataSourceIds.push(dataSource.id);
  addProperties(store, dataSource, spec.properties);
  return dataSource;
}

/** Appends properties in order; the synced side of a two-way relation lands on its target. */
export function addProperties(
  store: WorkspaceStore,
  dataSource: DataSourceRecord,
  definitions: readonly PropertyDefinition[],
): void {
  for (const definition of definitions) {
    const { schema, synced } = buildProperty(store, dataSource, definition);
    dataSource.properties.push(schema);
    if (synced) synced.dataSource.properties.push(synced.schema);
  }
}

export function addDatabase(store: WorkspaceStore, spec: DatabaseSpec): DatabaseRecord {
  const parent: DatabaseParent = spec.parentPageId
    ? { type: 'page_id', pageId: spec.parentPageId }
    : { type: 'workspace' };
  const at = floorToMinute(spec.createdTime);
  const database: DatabaseRecord = {
    id: spec.id,
    workspaceId: spec.workspaceId,
    title: spec.title,
    description: spec.description ?? '',
    parent,
    isInline: spec.isInline ?? false,
    inTrash: false,
    icon: icon(spec.icon),
    createdTime: at,
    lastEditedTime: at,
    dataSourceIds: [],
    shared: spec.shared ?? true,
  };
  store.addDatabase(database);
  for (const dataSource of spec.dataSources)
    addDataSource(store, database, dataSource, spec.createdBy);
  return database;
}
