import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { OEmbedDto } from './dto/public-chart.dto';
import { OEmbedService } from './oembed.service';

@ApiTags('public')
@Controller('api/oembed')
export class OEmbedController {
  constructor(private readonly oembed: OEmbedService) {}

  /** Query parameters are read one by one: consumers add their own, which must not fail. */
  @Get()
  @ApiQuery({ name: 'url', description: 'A chart page URL: APP_URL/e/<publicKey>.' })
  @ApiQuery({ name: 'format', required: false, enum: ['json'] })
  @ApiQuery({ name: 'maxwidth', required: false, type: Number })
  @ApiQuery({ name: 'maxheight', required: false, type: Number })
  @ApiOkResponse({ type: OEmbedDto, description: 'oEmbed 1.0, type rich: an iframe of the chart.' })
  @ApiNotFoundResponse({ description: 'Not the URL of a public chart.' })
  @ApiResponse({ status: 501, description: 'A format other than json.' })
  describe(
    @Query('url') url: string | undefined,
    @Query('format') format: string | undefined,
    @Query('maxwidth') maxwidth: string | undefined,
    @Query('maxheight') maxheight: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OEmbedDto> {
    void reply.header('access-control-allow-origin', '*');
    return this.oembed.describe({ url, format, maxwidth, maxheight });
  }
}
