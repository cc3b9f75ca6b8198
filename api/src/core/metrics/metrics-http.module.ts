import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';

/** The API process's `GET /metrics`. */
@Module({ controllers: [MetricsController] })
export class MetricsHttpModule {}
