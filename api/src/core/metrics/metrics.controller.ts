import { Controller, Get, Headers, HttpStatus, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../config/app-config';
import { ApiException } from '../http/api-error';
import { metricsAccess } from './metrics-access';
import { Metrics } from './metrics';

/** Prometheus scrapes the API here (see docs/operations.md); off unless METRICS_TOKEN is set. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    switch (metricsAccess(this.config.metrics.token, authorization)) {
      case 'disabled':
        throw new ApiException(HttpStatus.NOT_FOUND, 'Not found');
      case 'denied':
        throw new ApiException(HttpStatus.UNAUTHORIZED, 'Send the metrics token', undefined, {
          'WWW-Authenticate': 'Bearer',
        });
      case 'allowed':
        void reply.type(this.metrics.registry.contentType);
        return this.metrics.registry.metrics();
    }
  }
}
