import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { connectRedis } from './redis-connection';
import { RedisSubscriber } from './redis-subscriber';
import { REDIS } from './redis.tokens';

/**
 * The shared Redis client, and the process's one pub/sub subscriber. All application keys and
 * channels live under `<prefix>:`.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        connectRedis(config.redis.url, { keyPrefix: `${config.redis.prefix}:` }),
    },
    RedisSubscriber,
  ],
  exports: [REDIS, RedisSubscriber],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
