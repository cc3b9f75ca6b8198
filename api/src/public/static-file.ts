import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { matchesEtag } from './public-responses';

type Coding = 'br' | 'gzip' | 'identity';
type Compression = Exclude<Coding, 'identity'>;

interface Variant {
  body: Buffer;
  /** Strong ETags name bytes, so each coding has its own. */
  etag: string;
}

/** A file served from memory, compressed once up front in every coding worth sending. */
export interface StaticFile {
  identity: Variant;
  compressed: Partial<Record<Compression, Variant>>;
}

/** Preference order when a client accepts several codings equally. */
const codings = new Negotiator<Coding>({ supportedValues: ['br', 'gzip', 'identity'] });

function compress(body: Buffer, coding: Compression): Buffer {
  return coding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 9 });
}

export function staticFileOf(body: Buffer): StaticFile {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const identity = { body, etag: `"${hash}"` };
  const compressed: StaticFile['compressed'] = {};
  for (const coding of ['br', 'gzip'] as const) {
    const bytes = compress(body, coding);
    // A few hundred bytes can come out larger; then plain bytes are the better answer.
    if (bytes.length < body.length)
      compressed[coding] = { body: bytes, etag: `"${hash}-${coding}"` };
  }
  return { identity, compressed };
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
