import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/core/http/create-http-app';
import { createTestEnv } from '../support/test-env';

/**
 * After the migrations ran, the entities must need no further schema change: a failing test
 * prints the SQL a new migration needs.
 */
describe('entities and migrations', () => {
  it('agree: the migrated schema needs no change for the entities', async () => {
    const env = await createTestEnv();
    const app = await createHttpApp(env.config);
    try {
      const dataSource = app.get(DataSource);
      expect(dataSource.migrations.length).toBeGreaterThanOrEqual(0);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const sql = pending.upQueries.map((query) => query.query);
      expect(sql).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
