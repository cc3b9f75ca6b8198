import type { DatasetRow, ResultType, SchemaProperty } from '@notionchartkit/shared';

/** What a connection row holds to reach Notion; the token is decrypted only by the factory. */
export interface ConnectionCredentials {
  connectionId: string;
  ownerId: string;
  sealedToken: string;
  /** Lets a workspace-wide 429 pause every connection of that workspace. */
  workspaceId?: string | null;
}

/** The bot behind a token (`GET /v1/users/me`). */
export interface NotionIdentity {
  botId: string;
  botName: string | null;
  /** Null for tokens that are not a workspace bot's. */
  workspaceId: string | null;
  workspaceName: string | null;
}

export interface NotionUser {
  id: string;
  name: string | null;
  kind: 'person' | 'bot';
}

/** A data source with its schema normalized to the contract's shape. */
export interface NotionDataSource {
  id: string;
  databaseId: string;
  title: string;
  url: string;
  icon: string | null;
  lastEditedTime: string;
  schema: SchemaProperty[];
}

export interface QueryRowsOptions {
  dataSourceId: string;
  /**
   * Only rows edited at or after this instant, oldest edit first. Used as given: the caller
   * subtracts the overlap that Notion's minute-rounded timestamps need. Absent: every row,
   * oldest first.
   */
  editedSince?: string;
  /** Property ids to read; all when absent. */
  filterProperties?: readonly string[];
  /** 1..100; default 100. */
  pageSize?: number;
}

/** A normalized row, with what it tells about its formula and rollup result types. */
export interface NotionRow extends DatasetRow {
  createdTime: string;
  /** Result types of this row's formula and rollup values, by property id. */
  resultTypes: Record<string, ResultType>;
}
