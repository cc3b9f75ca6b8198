import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { serviceUnavailable } from '../http/api-error';
import { HealthService } from './health.service';

class HealthResponse {
  status: 'ok';
}

class ReadyResponse {
  status: 'ready';
  postgres: 'up';
  redis: 'up';
}

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  @HttpCode(200)
  @ApiOkResponse({ type: HealthResponse, description: 'The process is alive.' })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadyResponse, description: 'PostgreSQL and Redis answer.' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; the message names it.' })
  async ready(): Promise<ReadyResponse> {
    const status = await this.health.dependencies();
    const down = [
      status.postgres === 'down' && 'PostgreSQL',
      status.redis === 'down' && 'Redis',
    ].filter((name): name is string => typeof name === 'string');
    if (down.length > 0) throw serviceUnavailable(down.join(' and '));
    return { status: 'ready', postgres: 'up', redis: 'up' };
  }
}
