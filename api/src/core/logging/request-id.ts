import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * A caller's well-formed `X-Request-Id`, else a new UUID. Fastify assigns it to the request
 * and pino-http reuses it, so the response header and every log line agree.
 */
export function requestIdFor(req: IncomingMessage & { id?: unknown }): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
