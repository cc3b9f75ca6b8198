import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotionModule } from '../../notion/notion.module';
import { DATASET_ENTITIES } from '../dataset.entities';
import { DatasetSyncProcessor } from './dataset-sync.processor';
import { DatasetSyncer } from './dataset-syncer.service';
import { SyncFailures } from './sync-failures';
import { DatasetEventsPublisher } from './sync-progress';
import { SyncRequestsService } from './sync-requests.service';
import { SyncScheduler } from './sync-scheduler.service';

/** The sync engine (worker process): the processor, the syncer and the scheduler. */
@Module({})
export class DatasetSyncModule {
  /**
   * `chartReferences` is a module exporting `ChartReferences` (the charts domain's), handed in by
   * the worker's root module so that datasets never import charts.
   */
  static register(chartReferences: Type): DynamicModule {
    return {
      module: DatasetSyncModule,
      imports: [TypeOrmModule.forFeature(DATASET_ENTITIES), NotionModule, chartReferences],
      providers: [
        DatasetSyncProcessor,
        DatasetSyncer,
        DatasetEventsPublisher,
        SyncFailures,
        SyncRequestsService,
        SyncScheduler,
      ],
      exports: [DatasetSyncer],
    };
  }
}
