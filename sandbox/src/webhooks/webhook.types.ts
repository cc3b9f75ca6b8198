export const WEBHOOK_EVENT_TYPES = [
  'page.created',
  'page.properties_updated',
  'page.deleted',
  'page.undeleted',
  'data_source.content_updated',
  'data_source.schema_updated',
] as const;

/** The events the sandbox emits as rows and schemas change. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookSubscriptionOptions {
  /** Where events are POSTed. */
  url: string;
  eventTypes: readonly WebhookEventType[];
  /** Workspace whose changes are sent; default: the demo workspace. */
  workspaceId?: string;
  apiVersion?: '2025-09-03' | '2026-03-11';
  /** HMAC key; default: a fresh `secret_…`. Fix it to configure a receiver before subscribing. */
  verificationToken?: string;
  /**
   * In Notion someone pastes the handshake token into the integration settings before events
   * flow. `true` (default) skips that step; `false` holds events until `verify()`.
   */
  autoVerify?: boolean;
  /** Events of the same kind on the same entity within this window are sent as one. Default 1000. */
  aggregationMs?: number;
  /** Share (0–1) of events delivered a second time (same id, next attempt number). */
  duplicateRate?: number;
  /** Share (0–1) of events never delivered, as Notion may drop events under load. */
  dropRate?: number;
  /** Deliver each batch in random order. */
  shuffle?: boolean;
  /** Waits between attempts after a failed delivery; up to 8 attempts in all. */
  retryDelaysMs?: readonly number[];
}

export interface WebhookSubscription {
  id: string;
  url: string;
  eventTypes: WebhookEventType[];
  workspaceId: string;
  integrationId: string;
  apiVersion: '2025-09-03' | '2026-03-11';
  verificationToken: string;
  verified: boolean;
  /** HTTP status of the handshake POST, or null when it failed to connect. */
  handshakeStatus: number | null;
}

export interface DeliveryRecord {
  subscriptionId: string;
  /** Envelope id; null for the handshake. */
  eventId: string | null;
  /** Event type, or `verification` for the handshake. */
  type: string;
  attempt: number;
  /** HTTP status, or null when the request failed or the event was dropped. */
  status: number | null;
  error: string | null;
  dropped: boolean;
  /** The exact bytes sent, for signature checks. */
  body: string;
  signature: string | null;
  at: string;
}

export type SchemaChangeAction = 'created' | 'updated' | 'deleted';

/** A change in the workspace, before it becomes one envelope per subscription. */
export interface ChangeEvent {
  type: WebhookEventType;
  workspaceId: string;
  entity: { id: string; type: 'page' | 'data_source' };
  parent: { id: string; type: 'database'; data_source_id?: string };
  authorId: string;
  /** page.properties_updated: property ids. */
  updatedProperties?: readonly string[];
  /** data_source.schema_updated. */
  schemaChanges?: readonly { id: string; name: string | null; action: SchemaChangeAction }[];
  /** data_source.content_updated: the rows added, trashed or restored. */
  updatedBlocks?: readonly string[];
}
