import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApiKeySummary, CreatedApiKey, Page } from '@notionchartkit/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { sha256Hex } from '../core/crypto/sha256';
import { notFound } from '../core/http/api-error';
import { type ListQueryDto, pageByCreation } from '../core/http/pagination';
import type { User } from '../users/user.entity';
import { ApiKey } from './api-key.entity';

const API_KEY_PREFIX = 'nck_';

/** `last_used_at` is written at most this often per key, not on every request. */
const LAST_USED_GRANULARITY = '1 minute';

function summaryOf(key: ApiKey): ApiKeySummary {
  return {
    id: key.id,
    name: key.name,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async create(ownerId: string, name: string): Promise<CreatedApiKey> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const saved = await this.keys.save(
      this.keys.create({ id: randomUUID(), ownerId, name, keyHash: sha256Hex(key) }),
    );
    return { id: saved.id, name: saved.name, key, createdAt: saved.createdAt.toISOString() };
  }

  async list(ownerId: string, query: ListQueryDto): Promise<Page<ApiKeySummary>> {
    const page = await pageByCreation(
      this.keys.createQueryBuilder('key').where('key.ownerId = :ownerId', { ownerId }),
      query,
    );
    return { items: page.items.map(summaryOf), nextCursor: page.nextCursor };
  }

  /** Deletes the key at once: the next request with it answers 401. */
  async revoke(ownerId: string, id: string): Promise<void> {
    const { affected } = await this.keys.delete({ id, ownerId });
    if (!affected) throw notFound('API key');
  }

  /** The owner of a presented key, or null when the key is unknown or revoked. */
  async authenticate(presented: string): Promise<{ user: User; apiKeyId: string } | null> {
    if (!presented.startsWith(API_KEY_PREFIX)) return null;
    const key = await this.keys.findOne({
      where: { keyHash: sha256Hex(presented) },
      relations: { owner: true },
    });
    if (!key?.owner) return null;
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id', { id: key.id })
      .andWhere(
        `(last_used_at IS NULL OR last_used_at < now() - interval '${LAST_USED_GRANULARITY}')`,
      )
      .execute();
    return { user: key.owner, apiKeyId: key.id };
  }
}
