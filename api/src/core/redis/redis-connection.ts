import Redis, { type RedisOptions } from 'ioredis';
import { DependencyUnavailableError, redactUrl } from '../startup/dependency-unavailable.error';

/**
 * Opens a connection and waits until it answers, so start-up fails within seconds naming
 * Redis instead of retrying forever.
 */
export async function connectRedis(url: string, options: RedisOptions = {}): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 5000, ...options });
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    throw new DependencyUnavailableError('Redis', redactUrl(url), error);
  }
}
