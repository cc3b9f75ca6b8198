import { type DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { type AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { WorkerMetricsModule } from './core/metrics/worker-metrics.module';
import { ChartsWorkerModule } from './charts/charts-worker.module';
import { DatasetSyncModule } from './datasets/sync/dataset-sync.module';

/** Root module of the worker process: queue processors and the scheduler. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config),
        ScheduleModule.forRoot(),
        WorkerMetricsModule,
        ChartsWorkerModule,
        DatasetSyncModule.register(ChartsWorkerModule),
      ],
    };
  }
}
