import { ConfigError } from '../config/load-config';
import { DependencyUnavailableError } from './dependency-unavailable.error';

const HOW_TO_GET = {
  PostgreSQL:
    'start one with `docker compose up -d postgres` or install the Debian package `postgresql`, or set DATABASE_URL',
  Redis:
    'start one with `docker compose up -d redis` or install the Debian package `redis-server`, or set REDIS_URL',
};

/** One clear line (or one per bad variable) saying why the process could not start. */
export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof DependencyUnavailableError) {
    return `Cannot start: ${error.message}. ${HOW_TO_GET[error.dependency]}.`;
  }
  return `Cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
