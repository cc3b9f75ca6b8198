import type { Provider } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { connectRedis } from '../../core/redis/redis-connection';

/**
 * Injection token of the Redis connection for public payloads. Unlike the shared client it
 * never queues commands while Redis is away: a public request must fall back to the
 * PostgreSQL snapshot at once, not wait for a reconnect.
 */
export const PUBLIC_REDIS = Symbol('PUBLIC_REDIS');

const COMMAND_TIMEOUT_MS = 1000;

export const publicRedisProvider: Provider = {
  provide: PUBLIC_REDIS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    connectRedis(config.redis.url, {
      keyPrefix: `${config.redis.prefix}:`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
    }),
};
