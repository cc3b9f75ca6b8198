import { randomBytes } from 'node:crypto';

/** Admin connection for creating and dropping per-test databases. */
export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Names every database and Redis prefix of this test run, so runs never collide. */
export function testRunId(): string {
  const id = process.env.NCK_TEST_RUN_ID;
  if (!id)
    throw new Error('NCK_TEST_RUN_ID is unset: run the api tests through Jest (global setup)');
  return id;
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export const testDatabasePrefix = (runId: string) => `nck_test_${runId}_`;
