import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

/**
 * A client of the test Redis under a key prefix of its own. Clients opened with the same
 * `prefix` share keys, as the processes of one deployment do.
 */
export function connectTestRedis(prefix = newTestRedisPrefix()): Redis {
  return new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', {
    keyPrefix: `${prefix}:`,
    maxRetriesPerRequest: 1,
  });
}

/**
 * A prefix inside this test run's namespace (`nck_test_<run id>_`), whose keys the API tests'
 * global teardown removes, as it does for `createTestEnv`'s prefixes.
 */
export function newTestRedisPrefix(): string {
  const runId = process.env.NCK_TEST_RUN_ID;
  if (!runId) throw new Error('NCK_TEST_RUN_ID is unset: run the api tests through Jest');
  return `nck_test_${runId}_${randomBytes(4).toString('hex')}`;
}
