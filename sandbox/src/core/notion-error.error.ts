/** Error codes Notion answers with, OAuth ones included. */
export type NotionErrorCode =
  | 'invalid_json'
  | 'invalid_request_url'
  | 'invalid_request'
  | 'invalid_grant'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'unauthorized_client'
  | 'validation_error'
  | 'missing_version'
  | 'unauthorized'
  | 'restricted_resource'
  | 'object_not_found'
  | 'conflict_error'
  | 'rate_limited'
  | 'internal_server_error'
  | 'bad_gateway'
  | 'service_unavailable'
  | 'gateway_timeout'
  | 'service_overload';

export type AdditionalData = Record<string, string | string[]>;

/** Thrown anywhere below a route; the HTTP layer turns it into Notion's error object. */
export class NotionError extends Error {
  constructor(
    readonly status: number,
    readonly code: NotionErrorCode,
    message: string,
    readonly additionalData?: AdditionalData,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'NotionError';
  }
}

export interface NotionErrorBody {
  object: 'error';
  status: number;
  code: NotionErrorCode;
  message: string;
  request_id: string;
  additional_data?: AdditionalData;
}

export function errorBody(error: NotionError, requestId: string): NotionErrorBody {
  return {
    object: 'error',
    status: error.status,
    code: error.code,
    message: error.message,
    request_id: requestId,
    ...(error.additionalData ? { additional_data: error.additionalData } : {}),
  };
}

export type NotFoundKind = 'page' | 'database' | 'data source' | 'user' | 'property';

export function validationError(message: string, additionalData?: AdditionalData): NotionError {
  return new NotionError(400, 'validation_error', message, additionalData);
}

export function notFoundError(kind: NotFoundKind, id: string): NotionError {
  return new NotionError(
    404,
    'object_not_found',
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

export function unauthorizedError(): NotionError {
  return new NotionError(401, 'unauthorized', 'API token is invalid.');
}

export function restrictedError(): NotionError {
  return new NotionError(
    403,
    'restricted_resource',
    'API token does not have access to this resource.',
  );
}

/** Formats a JSON value the way Notion quotes it in validation messages. */
export function quoted(value: unknown): string {
  return value === undefined ? 'undefined' : `\`${JSON.stringify(value)}\``;
}
