import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChartReferences } from '../datasets/sync/chart-references';
import { ChartClockScheduler } from './chart-clock.scheduler';
import { ChartRecomputer } from './chart-recomputer.service';
import { ChartReferencesService } from './chart-references.service';
import { Chart } from './chart.entity';
import { ChartPayloadModule } from './payload/chart-payload.module';
import { RecomputeChartsProcessor } from './recompute-charts.processor';

/**
 * The charts side of the worker: recompute jobs, the clock sweep for relative-date charts, and
 * `ChartReferences` for the sync engine.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Chart]), ChartPayloadModule],
  providers: [
    ChartRecomputer,
    RecomputeChartsProcessor,
    ChartClockScheduler,
    { provide: ChartReferences, useClass: ChartReferencesService },
  ],
  exports: [ChartReferences],
})
export class ChartsWorkerModule {}
