import { ConfigError } from '../config/load-config';
import { DependencyUnavailableError } from './dependency-unavailable.error';
import { describeStartupError } from './startup-error';

describe('describeStartupError', () => {
  it('names Redis, where it looked and how to get one', () => {
    const line = describeStartupError(
      new DependencyUnavailableError(
        'Redis',
        'redis://127.0.0.1:6390',
        new Error('connect ECONNREFUSED.'),
      ),
    );
    expect(line).toBe(
      'Cannot start: Redis is not reachable at redis://127.0.0.1:6390: connect ECONNREFUSED. ' +
        'start one with `docker compose up -d redis` or install the Debian package `redis-server`, or set REDIS_URL.',
    );
  });

  it('names PostgreSQL and masks the password in where it looked', () => {
    const line = describeStartupError(
      new DependencyUnavailableError('PostgreSQL', 'postgres://app:***@db:5432/x', {
        message: 'no such host',
      }),
    );
    expect(line).toMatch(
      /^Cannot start: PostgreSQL is not reachable at postgres:\/\/app:\*\*\*@db:5432\/x: no such host\. .*DATABASE_URL\.$/,
    );
  });

  it('prints one line per bad variable for configuration errors', () => {
    expect(
      describeStartupError(new ConfigError(['PORT must be a whole number from 1 to 65535'])),
    ).toBe('Invalid configuration:\n  - PORT must be a whole number from 1 to 65535');
  });
});
