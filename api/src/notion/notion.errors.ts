/**
 * Failures talking to Notion, in our domain's terms. Every message tells a user what to do;
 * none carries a token. Callers branch on the class (or `kind`), e.g. the connections code
 * marks a connection `revoked` on `NotionAuthError`.
 */

export type NotionErrorKind =
  'auth' | 'not_shared' | 'rate_limited' | 'unavailable' | 'validation' | 'query_limit';

/** What Notion said, for logs and support; never shown as the message. */
export interface NotionErrorDetails {
  status?: number | null;
  code?: string | null;
  requestId?: string | null;
  cause?: unknown;
}

export abstract class NotionError extends Error {
  abstract readonly kind: NotionErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly requestId: string | null;

  protected constructor(message: string, details: NotionErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.status = details.status ?? null;
    this.code = details.code ?? null;
    this.requestId = details.requestId ?? null;
  }
}

/** 401: the token was revoked or is invalid. The connection needs a new one. */
export class NotionAuthError extends NotionError {
  readonly kind = 'auth';

  constructor(details?: NotionErrorDetails) {
    super("Notion rejected the connection's token: reconnect the workspace.", details);
  }
}

export type NotionResourceKind = 'data_source' | 'page' | 'user' | 'workspace';

/** Why Notion would not show a resource: not shared (or deleted), or no read capability. */
export type NotSharedReason = 'not_found' | 'no_capability';

const RESOURCE_NAMES: Record<NotionResourceKind, string> = {
  data_source: 'The data source',
  page: 'A page',
  user: 'A user',
  workspace: 'The workspace',
};

/** 404 object_not_found / 403 restricted_resource. Notion does not tell unshared from deleted. */
export class NotionNotSharedError extends NotionError {
  readonly kind = 'not_shared';

  constructor(
    readonly resource: NotionResourceKind,
    readonly reason: NotSharedReason,
    details?: NotionErrorDetails,
  ) {
    super(
      reason === 'not_found'
        ? `${RESOURCE_NAMES[resource]} is no longer shared with the integration, or it was deleted: share it again in Notion (••• → Connections).`
        : 'The integration is not allowed to read this content: give it the "Read content" capability in its Notion settings, then share the data source with it again.',
      details,
    );
  }
}

/** 429/529 that outlasted our retries; `retryAfterMs` is Notion's word on when to come back. */
export class NotionRateLimitedError extends NotionError {
  readonly kind = 'rate_limited';

  constructor(
    readonly retryAfterMs: number | null,
    details?: NotionErrorDetails,
  ) {
    super(
      `Notion is limiting requests for this workspace: try again in ${
        retryAfterMs === null
          ? 'a minute'
          : `about ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`
      }.`,
      details,
    );
  }
}

/** 5xx, timeouts, network failures and answers that are not Notion's JSON. */
export class NotionUnavailableError extends NotionError {
  readonly kind = 'unavailable';

  constructor(details?: NotionErrorDetails) {
    super('Notion is not answering right now: try again in a few minutes.', details);
  }
}

/** 400-class answers: the request no longer fits the data source (e.g. a removed property). */
export class NotionValidationError extends NotionError {
  readonly kind = 'validation';

  constructor(notionMessage: string, details?: NotionErrorDetails) {
    super(
      `Notion rejected the request (${notionMessage.replace(/\.$/, '')}): check the data source's properties in Notion, then try again.`,
      details,
    );
  }
}

/**
 * Notion returns at most 10,000 rows per query; we page past that in windows of one timestamp,
 * which fails only when more rows than that share one minute.
 */
export class NotionQueryLimitError extends NotionError {
  readonly kind = 'query_limit';

  constructor(timestamp: 'created_time' | 'last_edited_time') {
    super(
      `More rows of this data source were ${
        timestamp === 'created_time' ? 'created' : 'edited'
      } within one minute than Notion can list in one query (10,000): split the data source in Notion, or run a full sync later.`,
    );
  }
}
