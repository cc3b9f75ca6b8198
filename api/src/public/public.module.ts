import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Chart } from '../charts/chart.entity';
import { ChartPayloadModule } from '../charts/payload/chart-payload.module';
import { ChartEventsHub } from './chart-events.hub';
import { EmbedBundle } from './embed-bundle.service';
import { EmbedPageService } from './embed-page.service';
import { EmbedController } from './embed.controller';
import { OEmbedController } from './oembed.controller';
import { OEmbedService } from './oembed.service';
import { PublicChartCache } from './public-chart-cache.service';
import { PublicChartsController } from './public-charts.controller';
import { PublicFastPath } from './public-fast-path';

/** What anyone may read without credentials: chart data, live updates, the embed, oEmbed. */
@Module({
  imports: [TypeOrmModule.forFeature([Chart]), ChartPayloadModule],
  controllers: [PublicChartsController, EmbedController, OEmbedController],
  providers: [
    PublicChartCache,
    PublicFastPath,
    ChartEventsHub,
    EmbedBundle,
    EmbedPageService,
    OEmbedService,
  ],
})
export class PublicModule {}
