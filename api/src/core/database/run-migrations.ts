import { type DataSource } from 'typeorm';

/** Any fixed number: the advisory lock every process takes to migrate. */
const MIGRATION_LOCK = 7_366_281_004;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so an API and a worker
 * starting together on a fresh database migrate one after the other instead of racing.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
