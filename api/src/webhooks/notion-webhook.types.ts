/** The parts of Notion's webhook envelope we act on (notion.md §9.2). */
export interface NotionWebhookEvent {
  id: string;
  type: string;
  workspace_id: string;
  entity?: { id: string; type: string };
  data?: { parent?: { id?: string; type?: string; data_source_id?: string } };
}

export interface VerificationRequest {
  verification_token: string;
}

export function isVerificationRequest(body: unknown): body is VerificationRequest {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { verification_token?: unknown }).verification_token === 'string'
  );
}

export function isWebhookEvent(body: unknown): body is NotionWebhookEvent {
  const event = body as Partial<NotionWebhookEvent> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    typeof event.id === 'string' &&
    typeof event.type === 'string' &&
    typeof event.workspace_id === 'string'
  );
}

/** Events after which only a full read is right: rows went away or came back. */
export const EVENTS_NEEDING_FULL_SYNC = new Set([
  'page.deleted',
  'page.undeleted',
  'page.moved',
  'data_source.content_updated',
  'data_source.undeleted',
]);
