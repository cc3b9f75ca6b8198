import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotionModule } from '../notion/notion.module';
import { DatasetEventsHub } from './dataset-events.hub';
import { DATASET_ENTITIES } from './dataset.entities';
import { DatasetsController } from './datasets.controller';
import { DatasetsService } from './datasets.service';
import { SyncRequestsService } from './sync/sync-requests.service';

/** The datasets API (HTTP process). */
@Module({
  imports: [TypeOrmModule.forFeature(DATASET_ENTITIES), NotionModule],
  controllers: [DatasetsController],
  providers: [DatasetsService, DatasetEventsHub, SyncRequestsService],
  exports: [SyncRequestsService],
})
export class DatasetsModule {}
