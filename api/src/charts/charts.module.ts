import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Dataset } from '../datasets/dataset.entity';
import { ChartSnapshot } from './chart-snapshot.entity';
import { Chart } from './chart.entity';
import { ChartsController } from './charts.controller';
import { ChartsService } from './charts.service';
import { ChartPayloadModule } from './payload/chart-payload.module';
import { ChartRemovalListener } from './payload/chart-removal.listener';

/** The charts API (HTTP process). */
@Module({
  imports: [TypeOrmModule.forFeature([Chart, ChartSnapshot, Dataset]), ChartPayloadModule],
  controllers: [ChartsController],
  providers: [ChartsService, ChartRemovalListener],
})
export class ChartsModule {}
