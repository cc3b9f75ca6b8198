import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  decodePublicEntry,
  encodePublicEntry,
  publicPayloadKey,
  type PublicPayloadMeta,
} from './public-payload';
import { PUBLIC_REDIS } from './public-redis.provider';

/** Redis keeps a payload this long without a write; a later request refills it from the snapshot. */
const PAYLOAD_TTL_SECONDS = 24 * 3600;

/**
 * Public payloads in Redis, by public key: present only while the chart is public. Every
 * method throws when Redis does not answer; callers decide whether that matters.
 */
@Injectable()
export class PublicPayloadStore {
  constructor(@Inject(PUBLIC_REDIS) private readonly redis: Redis) {}

  async read(publicKey: string): Promise<{ meta: PublicPayloadMeta; body: Buffer } | null> {
    const value = await this.redis.getBuffer(publicPayloadKey(publicKey));
    return value ? decodePublicEntry(value) : null;
  }

  async write(publicKey: string, meta: PublicPayloadMeta, payload: string): Promise<void> {
    await this.redis.set(
      publicPayloadKey(publicKey),
      encodePublicEntry(meta, payload),
      'EX',
      PAYLOAD_TTL_SECONDS,
    );
  }

  async remove(publicKeys: readonly string[]): Promise<void> {
    if (publicKeys.length > 0) await this.redis.del(...publicKeys.map(publicPayloadKey));
  }
}
