import { Module } from '@nestjs/common';
import { DEFAULT_NOTION_CLIENT_OPTIONS, NOTION_CLIENT_OPTIONS } from './notion-client.options';
import { NotionClientFactory } from './notion-client.factory';

/**
 * The Notion integration: `NotionClientFactory` builds a `NotionConnectionClient` per
 * connection. Needs the global config, crypto and Redis modules.
 */
@Module({
  providers: [
    { provide: NOTION_CLIENT_OPTIONS, useValue: DEFAULT_NOTION_CLIENT_OPTIONS },
    NotionClientFactory,
  ],
  exports: [NotionClientFactory],
})
export class NotionModule {}
