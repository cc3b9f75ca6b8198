import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DatasetSyncEvent } from '@notionchartkit/shared';
import type Redis from 'ioredis';
import { AppConfig } from '../../core/config/app-config';
import { channelName } from '../../core/redis/redis-subscriber';
import { REDIS } from '../../core/redis/redis.tokens';

/** Redis channel on which dataset changes (progress, finished syncs) are announced. */
export const datasetEventsChannel = (config: AppConfig, datasetId: string): string =>
  channelName(config, `dataset-events:${datasetId}`);

/** Tells every API process what a sync is doing, for the dataset's open event streams. */
@Injectable()
export class DatasetEventsPublisher {
  private readonly logger = new Logger(DatasetEventsPublisher.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Best effort: the dataset row says the same, and clients fall back to reading it. */
  async announce(datasetId: string, event: DatasetSyncEvent): Promise<void> {
    try {
      await this.redis.publish(datasetEventsChannel(this.config, datasetId), JSON.stringify(event));
    } catch (error) {
      this.logger.warn({ err: error, datasetId, type: event.type }, 'Dataset event not published');
    }
  }
}
