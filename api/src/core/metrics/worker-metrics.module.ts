import { Module } from '@nestjs/common';
import { WorkerMetricsServer } from './worker-metrics.server';

/** The worker process's `GET /metrics`, on `METRICS_PORT`. */
@Module({ providers: [WorkerMetricsServer] })
export class WorkerMetricsModule {}
