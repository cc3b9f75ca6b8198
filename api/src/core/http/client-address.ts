import proxyAddr from '@fastify/proxy-addr';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * The client's address and protocol for a raw request, exactly as Fastify derives
 * `request.ip` and `request.protocol` with `trustProxy` set to a hop count (`0`: no proxy is
 * trusted). For code that answers before Fastify builds its request (the public fast path),
 * so that limits and HSTS agree with the routes behind it.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string | undefined {
  if (trustedHops === 0) return req.socket.remoteAddress;
  const addresses = proxyAddr.all(req, (_address, hop) => hop < trustedHops);
  return addresses[addresses.length - 1];
}

export function clientProtocol(req: IncomingMessage, trustedHops: number): string {
  const forwarded = req.headers['x-forwarded-proto'];
  if (trustedHops > 0 && typeof forwarded === 'string' && forwarded) {
    // Fastify takes the last entry of a multi-valued header.
    return forwarded.slice(forwarded.lastIndexOf(',') + 1).trim();
  }
  return (req.socket as TLSSocket).encrypted ? 'https' : 'http';
}
