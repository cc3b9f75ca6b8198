import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { matchesEtag } from './public-responses';

type Coding = 'br' | 'gzip' | 'identity';
type Compression = Exclude<Coding, 'identity'>;

interface Variant {
  body: Buffer;
  /** Strong ETags name bytes, so each coding has its own. */
  etag: string;
}

/** A file served from memory, with the compressed copies its build wrote beside it. */
export interface StaticFile {
  identity: Variant;
  compressed: Partial<Record<Compression, Variant>>;
}

/** Preference order when a client accepts several codings equally. */
const codings = new Negotiator<Coding>({ supportedValues: ['br', 'gzip', 'identity'] });

/** The extension a build gives each coding's copy. */
const EXTENSIONS: Record<Compression, string> = { br: '.br', gzip: '.gz' };

/** Reads `path`, and `path.br` / `path.gz` where the build wrote them. */
export function readStaticFile(path: string): StaticFile {
  const body = readFileSync(path);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const compressed: StaticFile['compressed'] = {};
  for (const coding of ['br', 'gzip'] as const) {
    const copy = `${path}${EXTENSIONS[coding]}`;
    if (existsSync(copy))
      compressed[coding] = { body: readFileSync(copy), etag: `"${hash}-${coding}"` };
  }
  return { identity: { body, etag: `"${hash}"` }, compressed };
}

/** Sends the coding the client prefers among those the file has, with its ETag and 304s. */
export function sendStaticFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: StaticFile,
  headers: { contentType: string; cacheControl: string },
): void {
  const accepted = request.headers['accept-encoding'];
  const coding = (accepted && codings.negotiate(accepted)) || 'identity';
  const variant = (coding !== 'identity' && file.compressed[coding]) || file.identity;
  void reply
    .header('etag', variant.etag)
    .header('cache-control', headers.cacheControl)
    .header('vary', 'accept-encoding');
  if (matchesEtag(request.headers['if-none-match'], variant.etag)) {
    void reply.status(304).send();
    return;
  }
  if (variant !== file.identity) void reply.header('content-encoding', coding);
  void reply.header('content-type', headers.contentType).send(variant.body);
}
