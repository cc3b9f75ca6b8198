import { Controller, Get, HttpCode, Options, Param, Req, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HEARTBEAT_MS, sendEventStream } from '../core/http/event-streams';
import { RateLimit } from '../core/rate-limit/rate-limit.decorator';
import { ChartEventsHub, MAX_STREAMS_PER_IP } from './chart-events.hub';
import { PublicChartPayloadDto } from './dto/public-chart.dto';
import { PublicChartCache } from './public-chart-cache.service';
import { PUBLIC_RATE_LIMIT } from './public-rate-limit';
import { applyCors, assertPublic, sendPublicPayload } from './public-responses';

const KEY = { name: 'publicKey', description: "The chart's public key (see Chart.publicKey)." };

/**
 * The public chart data and its live updates: no credentials, nothing but the chart. The data
 * route is the hot path; it answers from memory, Redis or the snapshot and never from Notion.
 */
@ApiTags('public')
@Controller('api/public/charts')
@RateLimit(PUBLIC_RATE_LIMIT)
export class PublicChartsController {
  constructor(
    private readonly cache: PublicChartCache,
    private readonly hub: ChartEventsHub,
  ) {}

  @Get(':publicKey')
  @ApiParam(KEY)
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({
    type: PublicChartPayloadDto,
    description: 'With ETag and Cache-Control; CORS for the allowed origins (any when none).',
  })
  @ApiResponse({ status: 304, description: 'If-None-Match matched the ETag.' })
  @ApiNotFoundResponse({ description: 'Unknown, private or rotated key.' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-IP budget; see Retry-After.' })
  async payload(
    @Param('publicKey') publicKey: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendPublicPayload(request, reply, await this.cache.serve(publicKey));
  }

  @Get(':publicKey/events')
  @ApiParam(KEY)
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: `Server-Sent Events: \`update\` (data: {updatedAt, etag}) whenever the chart's data changes; a comment every ${HEARTBEAT_MS / 1000} s.`,
  })
  @ApiNotFoundResponse({ description: 'Unknown, private or rotated key.' })
  @ApiTooManyRequestsResponse({
    description: `More than ${MAX_STREAMS_PER_IP} open streams from this address.`,
  })
  async events(
    @Param('publicKey') publicKey: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chart = await this.cache.get(publicKey);
    assertPublic(chart, reply);
    applyCors(reply, request.headers.origin, chart.origins);
    sendEventStream(reply, this.hub.open(publicKey, request.ip));
  }

  /** CORS preflight: the responses themselves say which origins may read them. */
  @Options([':publicKey', ':publicKey/events'])
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'CORS preflight.' })
  preflight(@Res({ passthrough: true }) reply: FastifyReply): void {
    void reply
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'If-None-Match, Cache-Control, Last-Event-ID')
      .header('access-control-max-age', '86400');
  }
}
