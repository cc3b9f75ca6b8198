import {
  InvalidPathParameterError,
  type APIResponseError,
  isHTTPResponseError,
  RequestTimeoutError,
  UnknownHTTPResponseError,
} from '@notionhq/client';
import {
  NotionAuthError,
  NotionError,
  NotionNotSharedError,
  NotionRateLimitedError,
  NotionUnavailableError,
  NotionValidationError,
  type NotionErrorDetails,
  type NotionResourceKind,
} from '../notion.errors';
import { parseRetryAfter } from './notion-reply';
import { NotionTransportError } from './notion-transport.error';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function header(headers: unknown, name: string): string | null {
  return headers instanceof Headers ? headers.get(name) : null;
}

function fromHttpError(
  error: APIResponseError | UnknownHTTPResponseError,
  resource: NotionResourceKind,
): NotionError {
  const details: NotionErrorDetails = {
    status: error.status,
    code: error.code,
    requestId: error.request_id ?? null,
    cause: error,
  };
  // An HTML page from an edge proxy, not Notion's API: whatever its status, Notion is not
  // answering properly.
  if (UnknownHTTPResponseError.isUnknownHTTPResponseError(error) && !isJson(error.body)) {
    return new NotionUnavailableError(details);
  }
  switch (error.status) {
    case 401:
      return new NotionAuthError(details);
    case 403:
      return new NotionNotSharedError(resource, 'no_capability', details);
    case 404:
      return new NotionNotSharedError(resource, 'not_found', details);
    case 429:
    case 529:
      return new NotionRateLimitedError(
        parseRetryAfter(header(error.headers, 'retry-after'), Date.now()),
        details,
      );
    default:
      return error.status >= 500 || error.status === 409
        ? new NotionUnavailableError(details)
        : new NotionValidationError(error.message, details);
  }
}

/**
 * Turns what a Notion call threw into our domain error. `resource` names what the call was
 * about, for the not-shared message. Anything that is not a Notion failure (a bug, Redis
 * down) passes through unchanged.
 */
export function toNotionError(error: unknown, resource: NotionResourceKind): Error {
  if (error instanceof NotionError) return error;
  if (isHTTPResponseError(error)) return fromHttpError(error, resource);
  if (
    error instanceof NotionTransportError ||
    RequestTimeoutError.isRequestTimeoutError(error) ||
    // The SDK parses a 2xx body as JSON; a proxy page in its place is a SyntaxError.
    error instanceof SyntaxError
  ) {
    return new NotionUnavailableError({ cause: error });
  }
  if (InvalidPathParameterError.isInvalidPathParameterError(error)) {
    return new NotionValidationError(error.message, { code: error.code, cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs one Notion call and rethrows its failure as a domain error. */
export async function callNotion<T>(resource: NotionResourceKind, call: () => Promise<T>) {
  try {
    return await call();
  } catch (error) {
    throw toNotionError(error, resource);
  }
}
