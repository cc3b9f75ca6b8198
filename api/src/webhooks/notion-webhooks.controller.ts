import { Controller, Headers, HttpCode, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { badRequest } from '../core/http/api-error';
import { NotionWebhooksService, type WebhookOutcome } from './notion-webhooks.service';

/** `POST /api/webhooks/notion`: Notion calls it, not people (open; the signature is the check). */
@ApiExcludeController()
@Controller('api/webhooks/notion')
export class NotionWebhooksController {
  constructor(private readonly webhooks: NotionWebhooksService) {}

  @Post()
  @HttpCode(200)
  receive(
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers('x-notion-signature') signature: string | undefined,
  ): Promise<WebhookOutcome> {
    if (!request.rawBody)
      throw badRequest('A JSON body is required', [{ field: 'body', problem: 'is missing' }]);
    return this.webhooks.receive(request.rawBody, signature);
  }
}
