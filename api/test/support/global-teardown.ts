import Redis from 'ioredis';
import { Client } from 'pg';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL, testDatabasePrefix, testRunId } from './test-run';

/** Drops every database and Redis key this run created, even those of crashed test files. */
export default async function globalTeardown(): Promise<void> {
  const runId = testRunId();
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${testDatabasePrefix(runId)}%`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `nck_test_${runId}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
