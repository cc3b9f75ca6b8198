import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  /** When the request arrived (ms, `performance.now()` clock). */
  at: number;
}

export type StubReply =
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> }
  /** Drop the connection without answering. */
  | { destroy: true }
  /** Never answer (until the server closes). */
  | { hang: true };

export type StubHandler = (request: StubRequest, index: number) => StubReply;

export interface StubNotion {
  /** Base URL without `/v1`, as the SDK's `baseUrl` takes it. */
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/** Notion's error body. */
export function notionError(status: number, code: string, message: string, extra: object = {}) {
  return {
    status,
    json: { object: 'error', status, code, message, request_id: `req-${status}`, ...extra },
  };
}

/**
 * A scripted HTTP server standing in for Notion in transport tests: the handler decides each
 * answer, every request is recorded.
 */
export async function startStubNotion(handler: StubHandler): Promise<StubNotion> {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const request: StubRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: raw === '' ? undefined : (JSON.parse(raw) as unknown),
        at: performance.now(),
      };
      requests.push(request);
      const reply = handler(request, requests.length - 1);
      if ('destroy' in reply) {
        req.socket.destroy();
        return;
      }
      if ('hang' in reply) return;
      const body = reply.text ?? JSON.stringify(reply.json ?? {});
      res.writeHead(reply.status ?? 200, {
        'content-type': reply.text === undefined ? 'application/json' : 'text/html',
        ...reply.headers,
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
