import { type DataSource, type QueryRunner } from 'typeorm';

/** A held lock; `release` is safe to call more than once. */
export interface HeldLock {
  release(): Promise<void>;
}

/**
 * One sync per dataset across every worker process: a PostgreSQL session advisory lock on a
 * dedicated connection. When a worker dies (even SIGKILL) its connection closes and the lock
 * goes with it, so no lease can outlive its holder.
 */
export async function tryLockDataset(
  dataSource: DataSource,
  datasetId: string,
): Promise<HeldLock | null> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  await runner.connect();
  const key = `dataset-sync:${datasetId}`;
  try {
    const [row] = (await runner.query(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [key],
    )) as {
      locked: boolean;
    }[];
    if (!row?.locked) {
      await runner.release();
      return null;
    }
  } catch (error) {
    await runner.release();
    throw error;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      try {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      } finally {
        await runner.release();
      }
    },
  };
}
