import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { AppConfig } from '../config/app-config';
import { apiError } from '../http/api-error';
import { metricsAccess } from './metrics-access';
import { Metrics } from './metrics';

/**
 * The worker has no HTTP server, so with `METRICS_PORT` set it serves `GET /metrics` (same
 * token as the API) on that port, and nothing else.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | null = null;

  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port } = this.config.metrics;
    if (port === null) return;
    this.server = createServer((request, response) => {
      this.answer(request, response).catch((error: unknown) => {
        this.logger.error({ err: error }, 'Metrics scrape failed');
        response.writeHead(500).end();
      });
    });
    this.server.listen(port, this.config.http.host);
    await once(this.server, 'listening');
    this.logger.log(`Worker metrics on port ${port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    const access =
      path === '/metrics' && request.method === 'GET'
        ? metricsAccess(this.config.metrics.token, request.headers.authorization)
        : 'disabled';
    if (access === 'allowed') {
      const text = await this.metrics.registry.metrics();
      response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(text);
      return;
    }
    const status = access === 'denied' ? 401 : 404;
    response
      .writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
      })
      .end(
        JSON.stringify(apiError(status, status === 401 ? 'Send the metrics token' : 'Not found')),
      );
  }
}
