import { loadConfig } from '../../src/core/config/load-config';
import { checkDependencies } from '../../src/core/startup/check-dependencies';
import { DependencyUnavailableError } from '../../src/core/startup/dependency-unavailable.error';
import { describeStartupError } from '../../src/core/startup/startup-error';

async function startupFailure(vars: Record<string, string>): Promise<string> {
  const started = Date.now();
  try {
    await checkDependencies(loadConfig(vars).config);
  } catch (error) {
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(DependencyUnavailableError);
    return describeStartupError(error);
  }
  throw new Error('expected the dependency check to fail');
}

describe('start-up dependency check', () => {
  it('passes with the local PostgreSQL and Redis', async () => {
    await expect(
      checkDependencies(
        loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' }).config,
      ),
    ).resolves.toBeUndefined();
  });

  it('fails naming Redis when Redis cannot be reached', async () => {
    const line = await startupFailure({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(line).toMatch(/^Cannot start: Redis is not reachable at redis:\/\/127\.0\.0\.1:1/);
  });

  it('fails naming PostgreSQL, with the password masked, when the database cannot be reached', async () => {
    const line = await startupFailure({
      DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/nowhere',
    });
    expect(line).toMatch(
      /^Cannot start: PostgreSQL is not reachable at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    );
    expect(line).not.toContain('hunter2');
  });

  it('fails naming PostgreSQL when the database does not exist', async () => {
    const line = await startupFailure({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nck_no_such_db',
    });
    expect(line).toContain('database "nck_no_such_db" does not exist');
  });
});
