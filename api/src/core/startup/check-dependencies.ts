import { Client } from 'pg';
import { type AppConfig } from '../config/app-config';
import { connectRedis } from '../redis/redis-connection';
import { DependencyUnavailableError, redactUrl } from './dependency-unavailable.error';

const TIMEOUT_MS = 5000;

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DependencyUnavailableError('PostgreSQL', redactUrl(url), error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<void> {
  const client = await connectRedis(url, { connectTimeout: TIMEOUT_MS, maxRetriesPerRequest: 0 });
  client.disconnect();
}

/**
 * Before anything else starts: PostgreSQL and Redis answer, or start-up fails within
 * seconds naming the one that does not.
 */
export async function checkDependencies(config: AppConfig): Promise<void> {
  await checkPostgres(config.database.url);
  await checkRedis(config.redis.url);
}
