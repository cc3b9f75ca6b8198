import type { ApiError, ErrorDetail } from '@notionchartkit/shared';
import { API_BASE } from '../config/app-config';

/** A failed API call, carrying the contract's error body so forms and toasts can use it. */
export class ApiRequestError extends Error {
  readonly statusCode: number;
  readonly error: string;
  readonly details: ErrorDetail[];

  constructor(body: ApiError) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.statusCode = body.statusCode;
    this.error = body.error;
    this.details = body.details ?? [];
  }
}

/** `statusCode` of a request that never got an answer (offline, DNS, server down). */
export const NETWORK_FAILURE = 0;

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiRequestError && error.statusCode === 401;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

function urlFor(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ApiError>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}

async function errorFrom(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  if (isApiError(body)) return new ApiRequestError({ ...body, error: body.error ?? '' });
  // A proxy or a crashed server answers without the contract's shape.
  return new ApiRequestError({
    statusCode: response.status,
    error: response.statusText,
    message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Please try again.`,
  });
}

/** A typed call to the REST API; resolves with the JSON body (`undefined` for `204`). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(urlFor(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError({
      statusCode: NETWORK_FAILURE,
      error: 'Network Error',
      message: 'Could not reach NotionChartKit. Check your connection and try again.',
    });
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
