import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type AppConfig } from '../../src/core/config/app-config';
import { loadConfig } from '../../src/core/config/load-config';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL, testDatabasePrefix, testRunId } from './test-run';

export interface TestEnv {
  /** Environment variables for a process (API, worker) under test. */
  vars: Record<string, string>;
  config: AppConfig;
  databaseName: string;
  redisPrefix: string;
}

/**
 * A fresh database and Redis key prefix for one test file. Global teardown drops them; tests
 * may call `dropTestDatabase` earlier.
 */
export async function createTestEnv(extra: Record<string, string> = {}): Promise<TestEnv> {
  const suffix = randomBytes(4).toString('hex');
  const databaseName = `${testDatabasePrefix(testRunId())}${suffix}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await admin.end();
  }
  const adminUrl = new URL(ADMIN_DATABASE_URL);
  adminUrl.pathname = `/${databaseName}`;
  const redisPrefix = `nck_test_${testRunId()}_${suffix}`;
  const vars: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: adminUrl.toString(),
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...extra,
  };
  return { vars, config: loadConfig(vars).config, databaseName, redisPrefix };
}
