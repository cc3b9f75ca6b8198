import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Connections still open this long after SIGTERM (SSE streams, stuck clients) are cut. */
const DRAIN_TIMEOUT_MS = 20_000;

/**
 * On shutdown the server stops accepting connections and lets in-flight requests finish.
 * Their answers then say `Connection: close`, so kept-alive connections end with them
 * instead of holding the process open until the keep-alive timeout; whatever is still open
 * after the drain timeout is closed.
 */
export function registerGracefulClose(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    setTimeout(() => fastify.server.closeAllConnections(), DRAIN_TIMEOUT_MS).unref();
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
}
