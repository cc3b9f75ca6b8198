import type {
  ApiKeySummary,
  Chart,
  ChartConfig,
  Connection,
  DatasetRow,
  Me,
  Page,
  SchemaProperty,
} from '@notionchartkit/shared';
import type { DatasetWithSync } from '../features/datasets/dataset-sync';

export const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();
export const minutesFromNow = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000).toISOString();

export function page<T>(items: T[], nextCursor: string | null = null): Page<T> {
  return { items, nextCursor };
}

export const me: Me = { id: 'u1', name: 'Ada Lovelace', avatarUrl: null, email: 'ada@example.com' };

export const connection: Connection = {
  id: 'c1',
  kind: 'oauth',
  workspaceId: 'w1',
  workspaceName: 'Acme',
  workspaceIcon: '🚀',
  status: 'active',
  createdAt: minutesAgo(60 * 24 * 3),
};

/** A small sales pipeline, hand-checkable: see `rows`. */
export const schema: SchemaProperty[] = [
  { id: 'title', name: 'Name', type: 'title' },
  { id: 'amt', name: 'Amount', type: 'number', format: 'dollar' },
  {
    id: 'stg',
    name: 'Stage',
    type: 'status',
    options: [
      { name: 'Lead', color: 'gray' },
      { name: 'Won', color: 'green' },
      { name: 'Lost', color: 'red' },
    ],
  },
  { id: 'cls', name: 'Closed', type: 'date' },
  { id: 'tag', name: 'Tags', type: 'multi_select', options: [{ name: 'Big', color: 'blue' }] },
  { id: 'done', name: 'Done', type: 'checkbox' },
  { id: 'own', name: 'Owner', type: 'people' },
];

export const rows: DatasetRow[] = [
  { name: 'A', amount: 100, stage: 'Won', closed: '2026-01-15', tags: ['Big'], done: true },
  { name: 'B', amount: 250, stage: 'Won', closed: '2026-02-03', tags: [], done: true },
  { name: 'C', amount: 50, stage: 'Lost', closed: '2026-02-20', tags: [], done: false },
  { name: 'D', amount: null, stage: 'Lead', closed: null, tags: ['Big'], done: false },
].map((row, index) => ({
  pageId: `p${index + 1}`,
  lastEditedTime: '2026-03-01T00:00:00.000Z',
  values: {
    title: row.name,
    amt: row.amount,
    stg: row.stage,
    cls: row.closed,
    tag: row.tags,
    done: row.done,
    own: ['Ada'],
  },
}));

export function dataset(overrides: Partial<DatasetWithSync> = {}): DatasetWithSync {
  return {
    id: 'd1',
    name: 'Sales pipeline',
    connectionId: 'c1',
    notion: { databaseId: 'db1', dataSourceId: 'ds1', url: 'https://www.notion.so/db1' },
    schema,
    rowCount: rows.length,
    status: 'ready',
    lastSyncedAt: minutesAgo(3),
    lastError: null,
    refreshIntervalMinutes: 15,
    createdAt: minutesAgo(60),
    nextSyncAt: minutesFromNow(12),
    sync: null,
    syncQueued: false,
    ...overrides,
  };
}

export function chart(overrides: Partial<Chart> & { config?: ChartConfig } = {}): Chart {
  return {
    id: 'ch1',
    datasetId: 'd1',
    name: 'Deals by stage',
    config: { type: 'bar', x: { property: 'stg' }, y: [{ aggregation: 'count' }] },
    isPublic: true,
    publicKey: 'key-one-aaaaaaaaaaaaaaaaaa',
    allowedOrigins: [],
    embed: {
      url: 'http://localhost/e/key-one-aaaaaaaaaaaaaaaaaa',
      iframe: '<iframe src="http://localhost/e/key-one-aaaaaaaaaaaaaaaaaa" height="400"></iframe>',
      script:
        '<script src="http://localhost/embed.js" data-chart="key-one-aaaaaaaaaaaaaaaaaa" async></script>',
    },
    createdAt: minutesAgo(30),
    updatedAt: minutesAgo(5),
    ...overrides,
  };
}

export const apiKey: ApiKeySummary = {
  id: 'k1',
  name: 'Reporting script',
  createdAt: minutesAgo(60 * 24),
  lastUsedAt: null,
};
