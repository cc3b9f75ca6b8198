import type { ApiError } from '@notionchartkit/shared';

/** What a handler sees of a request. */
export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/**
 * What a route answers: a body (status 200), `{ status, body? }`, or a function of the request
 * that returns either.
 */
export type MockHandler = unknown;

const isExplicit = (answer: unknown): answer is { status: number; body?: unknown } =>
  typeof answer === 'object' &&
  answer !== null &&
  'status' in answer &&
  typeof answer.status === 'number' &&
  Object.keys(answer).every((key) => key === 'status' || key === 'body');

export function apiError(statusCode: number, message: string, details?: ApiError['details']) {
  const error: ApiError = { statusCode, error: 'Error', message, ...(details ? { details } : {}) };
  return { status: statusCode, body: error };
}

/**
 * Replaces `fetch` with a table of routes (`'GET /api/datasets'`, `'POST /api/charts'`;
 * `:name` matches one path segment). Unknown routes answer 404 and are reported by `unhandled`.
 */
export function mockApi(routes: Record<string, MockHandler>) {
  const calls: MockRequest[] = [];
  const unhandled: string[] = [];
  const table = Object.entries(routes).map(([route, handler]) => {
    const [method, pattern] = route.split(' ');
    const regex = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    return { method, regex, handler };
  });

  const fetchMock = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://localhost');
    const method = init?.method ?? 'GET';
    const request: MockRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(request);
    const route = table.find((each) => each.method === method && each.regex.test(url.pathname));
    let answer: unknown;
    if (!route) {
      unhandled.push(`${method} ${url.pathname}`);
      answer = apiError(404, `No mock for ${method} ${url.pathname}`);
    } else {
      answer =
        typeof route.handler === 'function'
          ? (route.handler as (request: MockRequest) => unknown)(request)
          : route.handler;
    }
    const { status, body } = isExplicit(answer) ? answer : { status: 200, body: answer };
    return Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      statusText: '',
      json: () => Promise.resolve(body),
    } as Response);
  });
  globalThis.fetch = fetchMock;

  return {
    calls,
    unhandled,
    /** Requests made to `method path`, in order. */
    callsTo: (method: string, path: string) =>
      calls.filter((call) => call.method === method && call.path === path),
  };
}
