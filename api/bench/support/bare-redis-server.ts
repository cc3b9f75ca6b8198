/**
 * The baseline of P1/P2: a bare `node:http` server answering every request with the payload
 * stored under `BARE_KEY`, read by one Redis GET, as the public endpoint's cache hit is.
 * Prints `listening <port>` once it accepts connections.
 */
import Redis from 'ioredis';
import { createServer } from 'node:http';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const key = process.env.BARE_KEY ?? '';

const server = createServer((_request, response) => {
  redis.getBuffer(key).then(
    (payload) => {
      response.writeHead(payload ? 200 : 404, {
        'content-type': 'application/json; charset=utf-8',
      });
      response.end(payload ?? '{}');
    },
    () => response.writeHead(503).end(),
  );
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.once('SIGTERM', () => {
  server.close();
  redis.disconnect();
});
