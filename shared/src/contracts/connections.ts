export type ConnectionKind = 'oauth' | 'internal';
export type ConnectionStatus = 'active' | 'revoked' | 'error';

export interface Connection {
  id: string;
  kind: ConnectionKind;
  workspaceId: string;
  workspaceName: string;
  workspaceIcon: string | null;
  status: ConnectionStatus;
  createdAt: string;
}

export interface CreateConnectionRequest {
  token: string;
  name?: string;
}

/** A Notion data source the connection can read. */
export interface DataSourceSummary {
  databaseId: string;
  dataSourceId: string;
  title: string;
  icon: string | null;
  url: string | null;
  lastEditedTime: string;
}
