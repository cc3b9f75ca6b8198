import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queue.definitions';
import { bullConnectionOptions } from './bull-connection';

const queues = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));

/** BullMQ on the shared Redis, with every declared queue registered for injection. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: bullConnectionOptions(config.redis.url),
        // The hash tag keeps each queue's keys on one Redis Cluster slot.
        prefix: `${config.redis.prefix}:{bull}`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...queues,
  ],
  exports: queues,
})
export class QueueModule {}
