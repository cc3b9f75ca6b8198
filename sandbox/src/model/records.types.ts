import type { PropertySchema, StoredCell } from './property.types';

export interface PersonRecord {
  kind: 'person';
  id: string;
  name: string;
  email: string;
  avatarUrl: string | null;
  workspaceIds: string[];
  /**
   * Notion sometimes leaves a person's details out of page objects (only `{object, id}`),
   * so clients must look the name up with `GET /v1/users/:id`.
   */
  partialInPages: boolean;
}

export interface BotRecord {
  kind: 'bot';
  id: string;
  name: string;
  avatarUrl: string | null;
  workspaceIds: [string];
  /** The person who installed the integration (OAuth), or null when owned by the workspace. */
  ownerUserId: string | null;
}

export interface GroupRecord {
  kind: 'group';
  id: string;
  name: string;
  workspaceIds: string[];
}

export type UserRecord = PersonRecord | BotRecord | GroupRecord;

export interface WorkspaceRecord {
  id: string;
  name: string;
  /** An emoji or a URL, as Notion returns it. */
  icon: string | null;
  /** The person who signs in on the sandbox's consent page by default. */
  ownerUserId: string;
}

export type Icon = { type: 'emoji'; emoji: string } | null;

export type DatabaseParent = { type: 'page_id'; pageId: string } | { type: 'workspace' };

export interface DatabaseRecord {
  id: string;
  workspaceId: string;
  title: string;
  description: string;
  parent: DatabaseParent;
  isInline: boolean;
  inTrash: boolean;
  icon: Icon;
  createdTime: number;
  lastEditedTime: number;
  dataSourceIds: string[];
  /** Whether the workspace's integrations were given access (Notion's "Add connections"). */
  shared: boolean;
}

export interface DataSourceRecord {
  id: string;
  databaseId: string;
  workspaceId: string;
  title: string;
  description: string;
  icon: Icon;
  inTrash: boolean;
  createdTime: number;
  lastEditedTime: number;
  createdBy: string;
  lastEditedBy: string;
  /** In display order. */
  properties: PropertySchema[];
  nextUniqueId: number;
}

export type PageParent =
  | { type: 'data_source'; dataSourceId: string }
  | { type: 'page'; pageId: string }
  | { type: 'workspace' };

export interface PageRecord {
  id: string;
  workspaceId: string;
  parent: PageParent;
  /** Stored cells by property id; computed properties are never stored. */
  cells: Map<string, StoredCell>;
  icon: Icon;
  inTrash: boolean;
  /** Already rounded down to the minute, as Notion stores it. */
  createdTime: number;
  lastEditedTime: number;
  createdBy: string;
  lastEditedBy: string;
  /** Creation order; breaks ties in sorts so pagination is stable. */
  seq: number;
}
