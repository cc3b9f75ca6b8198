import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics';
import { QueueDepthMetrics } from './queue-depth.metrics';

/** The process's metrics, injectable as `Metrics` everywhere; queue depth is read on scrape. */
@Global()
@Module({ providers: [Metrics, QueueDepthMetrics], exports: [Metrics] })
export class MetricsModule {}
