import type { DataSourceObjectResponse } from '@notionhq/client';
import { iconOf, toDataSourceSummary, toNotionDataSource } from './data-source.normalizer';

const dataSource = (extra: object) =>
  ({
    object: 'data_source',
    id: 'c174b72c-d782-432f-8dc0-b647e1c96df6',
    title: [{ type: 'text', text: { content: 'Sales', link: null }, plain_text: 'Sales' }],
    parent: { type: 'database_id', database_id: '2f26ee68-df30-4251-aad4-8ddc420cba3d' },
    in_trash: false,
    created_time: '2026-01-10T08:21:00.000Z',
    last_edited_time: '2026-05-03T16:37:00.000+02:00',
    properties: {
      Name: { id: 'title', name: 'Name', description: null, type: 'title', title: {} },
    },
    icon: { type: 'emoji', emoji: '📈' },
    url: 'https://www.notion.so/c174b72cd782432f8dc0b647e1c96df6',
    ...extra,
  }) as unknown as DataSourceObjectResponse;

describe('data source normalizer', () => {
  it('summarizes a data source for the picker', () => {
    expect(toDataSourceSummary(dataSource({}))).toEqual({
      databaseId: '2f26ee68-df30-4251-aad4-8ddc420cba3d',
      dataSourceId: 'c174b72c-d782-432f-8dc0-b647e1c96df6',
      title: 'Sales',
      icon: '📈',
      url: 'https://www.notion.so/c174b72cd782432f8dc0b647e1c96df6',
      lastEditedTime: '2026-05-03T14:37:00.000Z',
    });
  });

  it('reads the database id of an externally synced data source too', () => {
    const synced = dataSource({
      parent: { type: 'data_source_id', data_source_id: 'ds-0', database_id: 'db-9' },
    });
    expect(toNotionDataSource(synced)).toMatchObject({
      databaseId: 'db-9',
      schema: [{ id: 'title', name: 'Name', type: 'title' }],
    });
  });

  it('calls a data source without a title "Untitled"', () => {
    expect(toDataSourceSummary(dataSource({ title: [] })).title).toBe('Untitled');
  });

  it('gives an icon as its emoji or image URL', () => {
    expect(iconOf({ type: 'external', external: { url: 'https://x.example/i.png' } })).toBe(
      'https://x.example/i.png',
    );
    expect(
      iconOf({ type: 'file', file: { url: 'https://files.example/i.png', expiry_time: '' } }),
    ).toBe('https://files.example/i.png');
    expect(
      iconOf({
        type: 'custom_emoji',
        custom_emoji: { id: 'e', name: 'party', url: 'https://e/p' },
      }),
    ).toBe('https://e/p');
    expect(iconOf(null)).toBeNull();
  });
});
