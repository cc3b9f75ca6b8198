import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { Dataset } from '../../datasets/dataset.entity';
import { ChartSnapshot } from '../chart-snapshot.entity';
import { Chart } from '../chart.entity';
import { ChartPayloadService } from './chart-payload.service';
import { ChartUpdatesBus } from './chart-updates.bus';
import { PublicPayloadStore } from './public-payload.store';
import { PUBLIC_REDIS, publicRedisProvider } from './public-redis.provider';

/**
 * Chart data → snapshots and public payloads (PostgreSQL and Redis) → update announcements.
 * Shared by the charts API, the public endpoints and the worker.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Chart, ChartSnapshot, Dataset])],
  providers: [publicRedisProvider, PublicPayloadStore, ChartUpdatesBus, ChartPayloadService],
  exports: [PublicPayloadStore, ChartUpdatesBus, ChartPayloadService],
})
export class ChartPayloadModule implements OnApplicationShutdown {
  constructor(@Inject(PUBLIC_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
