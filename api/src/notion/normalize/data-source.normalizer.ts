import type { DataSourceObjectResponse } from '@notionhq/client';
import type { DataSourceSummary } from '@notionchartkit/shared';
import type { NotionDataSource } from '../notion.types';
import { instantCell } from './date.cells';
import { normalizeSchema } from './schema.normalizer';
import { richTextCell } from './text.cells';

type Icon = DataSourceObjectResponse['icon'];

/** Notion shows a data source without a title as "Untitled"; so do we. */
export function dataSourceTitle(dataSource: DataSourceObjectResponse): string {
  return richTextCell(dataSource.title) ?? 'Untitled';
}

/** An emoji, or an image URL (Notion-hosted ones expire within the hour). */
export function iconOf(icon: Icon): string | null {
  switch (icon?.type) {
    case 'emoji':
      return icon.emoji;
    case 'external':
      return icon.external.url;
    case 'file':
      return icon.file.url;
    case 'custom_emoji':
      return icon.custom_emoji.url;
    default:
      return null;
  }
}

export function toDataSourceSummary(dataSource: DataSourceObjectResponse): DataSourceSummary {
  return {
    databaseId: dataSource.parent.database_id,
    dataSourceId: dataSource.id,
    title: dataSourceTitle(dataSource),
    icon: iconOf(dataSource.icon),
    url: dataSource.url,
    lastEditedTime: instantCell(dataSource.last_edited_time) ?? dataSource.last_edited_time,
  };
}

export function toNotionDataSource(dataSource: DataSourceObjectResponse): NotionDataSource {
  const summary = toDataSourceSummary(dataSource);
  return {
    id: summary.dataSourceId,
    databaseId: summary.databaseId,
    title: summary.title,
    url: dataSource.url,
    icon: summary.icon,
    lastEditedTime: summary.lastEditedTime,
    schema: normalizeSchema(dataSource.properties),
  };
}
