import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../core/http/api-error';
import { OwnContentSecurityPolicy } from '../core/http/security-headers';
import { RateLimit } from '../core/rate-limit/rate-limit.decorator';
import { EmbedBundle } from './embed-bundle.service';
import { EmbedPageService } from './embed-page.service';
import { PUBLIC_RATE_LIMIT } from './public-rate-limit';
import { sendStaticFile } from './static-file';

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** What sites embed: the chart page, its renderer modules and the loader (see docs/embedding). */
@ApiExcludeController()
@Controller()
export class EmbedController {
  constructor(
    private readonly pages: EmbedPageService,
    private readonly bundle: EmbedBundle,
  ) {}

  @Get('e/:publicKey')
  @OwnContentSecurityPolicy()
  @RateLimit(PUBLIC_RATE_LIMIT)
  async page(
    @Param('publicKey') publicKey: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const page = await this.pages.render(publicKey, request.query as Record<string, unknown>);
    void reply
      .status(page.status)
      .header('content-type', 'text/html; charset=utf-8')
      // The nonce is per response.
      .header('cache-control', 'no-store')
      .header('content-security-policy', page.contentSecurityPolicy)
      .send(page.html);
  }

  /** Content-hashed names: a name always means the same bytes. */
  @Get('e/assets/:file')
  asset(
    @Param('file') name: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): void {
    const file = this.bundle.asset(name);
    if (!file) throw notFound('Asset');
    sendStaticFile(request, reply, file, {
      contentType: JAVASCRIPT,
      cacheControl: 'public, max-age=31536000, immutable',
    });
  }

  /** A stable name that sites link to: cached briefly so a new build reaches them soon. */
  @Get('embed.js')
  loader(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    sendStaticFile(request, reply, this.bundle.loader, {
      contentType: JAVASCRIPT,
      cacheControl: 'public, max-age=300',
    });
  }
}
