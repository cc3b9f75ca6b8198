import { Module } from '@nestjs/common';
import { DatasetsModule } from '../datasets/datasets.module';
import { NotionWebhooksController } from './notion-webhooks.controller';
import { NotionWebhooksService } from './notion-webhooks.service';

@Module({
  imports: [DatasetsModule],
  controllers: [NotionWebhooksController],
  providers: [NotionWebhooksService],
})
export class WebhooksModule {}
