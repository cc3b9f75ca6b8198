import type { RedisOptions } from 'ioredis';

/** ioredis options for BullMQ from a redis:// URL (BullMQ takes options, not URLs). */
export function bullConnectionOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ's blocking commands need unlimited retries per request.
    maxRetriesPerRequest: null,
  };
}
