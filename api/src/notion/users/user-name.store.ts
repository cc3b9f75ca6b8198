import type Redis from 'ioredis';

/**
 * Names of a connection's Notion users, cached in Redis across syncs so an unchanged data
 * source costs no users requests. An empty string records "Notion would not tell".
 */
export class UserNameStore {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    scope: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = `notion-users:${scope}`;
  }

  /** Known entries among `ids`: a name, or null when Notion had none to give. */
  async get(ids: readonly string[]): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    if (ids.length === 0) return found;
    const values = await this.redis.hmget(this.key, ...ids);
    ids.forEach((id, index) => {
      const value = values[index];
      if (value !== null && value !== undefined) found.set(id, value === '' ? null : value);
    });
    return found;
  }

  async put(entries: ReadonlyMap<string, string | null>): Promise<void> {
    if (entries.size === 0) return;
    const fields = [...entries].flatMap(([id, name]) => [id, name ?? '']);
    await this.redis
      .multi()
      .hset(this.key, ...fields)
      .expire(this.key, this.ttlSeconds)
      .exec();
  }
}
