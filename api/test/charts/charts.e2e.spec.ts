import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import {
  type Chart,
  type ChartData,
  type ChartDataResponse,
  type Dataset,
  type DatasetRow,
  EMPTY_LABEL,
  type Page,
} from '@notionchartkit/shared';
import { randomUUID } from 'node:crypto';
import { allRows, type DatasetWorld, startDatasetWorld } from '../datasets/dataset-world';
import { createChart, property, propertyId } from './chart-helpers';

const ERROR = {
  statusCode: expect.any(Number),
  error: expect.any(String),
  message: expect.any(String),
};

describe('charts API over the sandbox sales pipeline', () => {
  let world: DatasetWorld;
  let deals: Dataset;
  let rows: DatasetRow[];
  let ids: { stage: string; region: string; amount: string; close: string; weighted: string };

  beforeAll(async () => {
    world = await startDatasetWorld();
    const created = await world.createDataset(SEED_IDS.acme.salesDataSourceId, {
      refreshIntervalMinutes: 0,
    });
    deals = await world.sync(created.id, 'full');
    rows = await allRows(world, deals.id);
    ids = {
      stage: propertyId(deals, 'Stage'),
      region: propertyId(deals, 'Region'),
      amount: propertyId(deals, 'Amount'),
      close: propertyId(deals, 'Close date'),
      weighted: propertyId(deals, 'Weighted amount'),
    };
  });
  afterAll(() => world.close());

  const data = async (chartId: string) =>
    (await world.api<ChartDataResponse>('GET', `/api/charts/${chartId}/data`)).body;

  /** Labels in the schema's option order (those that occur), then "(empty)": the contract's order. */
  function optionOrder(name: string, occurring: Set<string>): string[] {
    const options = (property(deals, name).options ?? []).map((option) => option.name);
    const labels = options.filter((option) => occurring.has(option));
    return occurring.has(EMPTY_LABEL) ? [...labels, EMPTY_LABEL] : labels;
  }

  it('counts deals by stage exactly as a person counts the rows by hand', async () => {
    const byHand = new Map<string, number>();
    for (const row of rows) {
      const stage = row.values[ids.stage];
      const label = typeof stage === 'string' ? stage : EMPTY_LABEL;
      byHand.set(label, (byHand.get(label) ?? 0) + 1);
    }
    const chart = await createChart(world, {
      datasetId: deals.id,
      name: 'Deals by stage',
      config: { type: 'bar', x: { property: ids.stage }, y: [{ aggregation: 'count' }] },
    });
    const got = await data(chart.id);
    expect(got.labels).toEqual(optionOrder('Stage', new Set(byHand.keys())));
    expect(got.series).toHaveLength(1);
    expect(got.series[0]).toMatchObject({ key: 'count:rows', label: 'Count' });
    expect(
      Object.fromEntries(got.labels.map((label, i) => [label, got.series[0].values?.[i]])),
    ).toEqual(Object.fromEntries(byHand));
    expect(got.meta).toMatchObject({ rowCount: rows.length, datasetSyncedAt: deals.lastSyncedAt });
    expect(got.problem).toBeUndefined();
  });

  it('sums Amount by region exactly as a person adds the rows by hand', async () => {
    const byHand = new Map<string, number>();
    for (const row of rows) {
      const region = row.values[ids.region];
      const amount = row.values[ids.amount];
      const label = typeof region === 'string' ? region : EMPTY_LABEL;
      byHand.set(label, (byHand.get(label) ?? 0) + (typeof amount === 'number' ? amount : 0));
    }
    const config = {
      type: 'bar' as const,
      x: { property: ids.region },
      y: [{ aggregation: 'sum' as const, property: ids.amount }],
    };
    const chart = await createChart(world, { datasetId: deals.id, name: 'By region', config });
    const got = await data(chart.id);
    expect(got.labels).toEqual(optionOrder('Region', new Set(byHand.keys())));
    expect(got.series[0]).toMatchObject({ key: `sum:${ids.amount}`, label: 'Sum of Amount' });
    expect(
      Object.fromEntries(got.labels.map((label, i) => [label, got.series[0].values?.[i]])),
    ).toEqual(Object.fromEntries(byHand));
    expect(got.meta.format).toBe('dollar');

    // The preview computes the same thing, saving nothing.
    const preview = await world.api<ChartData>('POST', '/api/charts/preview', {
      datasetId: deals.id,
      config,
    });
    expect(preview.status).toBe(200);
    expect({ ...preview.body, meta: { ...preview.body.meta, computedAt: null } }).toEqual({
      ...got,
      meta: { ...got.meta, computedAt: null },
    });
  });

  it('X4: creates a private chart with a 128-bit public key and embed snippets from APP_URL', async () => {
    const chart = await createChart(world, {
      datasetId: deals.id,
      name: 'Won & "lost" <deals>',
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const appUrl = world.t.env.config.http.appUrl;
    expect(chart).toEqual({
      id: expect.any(String),
      datasetId: deals.id,
      name: 'Won & "lost" <deals>',
      config: { type: 'number', y: [{ aggregation: 'count' }] },
      isPublic: false,
      publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{22,}$/),
      allowedOrigins: [],
      embed: {
        url: `${appUrl}/e/${chart.publicKey}`,
        iframe: expect.stringContaining(`src="${appUrl}/e/${chart.publicKey}"`),
        script: `<script src="${appUrl}/embed.js" data-chart="${chart.publicKey}" async></script>`,
      },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      problem: null,
    });
    expect(chart.embed.iframe).toContain('title="Won &amp; &quot;lost&quot; &lt;deals&gt;"');
    expect(chart.embed.iframe).toContain('loading="lazy"');
    expect(Buffer.from(chart.publicKey, 'base64url').length * 8).toBeGreaterThanOrEqual(128);

    // The owner reads its data whether it is public or not; the public does not.
    expect((await data(chart.id)).series[0].values).toEqual([rows.length]);
    const publicRes = await world.t.request({ url: `/api/public/charts/${chart.publicKey}` });
    expect(publicRes.statusCode).toBe(404);
  });

  it('rejects malformed configs with 400 naming each field with dots, before any lookup', async () => {
    const cases: [unknown, string][] = [
      [
        { type: 'bar', x: { property: 'a', colour: 'red' }, y: [{ aggregation: 'count' }] },
        'config.x.colour',
      ],
      [
        { type: 'bar', x: { property: 'a' }, y: [{ aggregation: 'total' }] },
        'config.y.0.aggregation',
      ],
      [
        { type: 'bar', x: { property: 'a' }, y: [{ aggregation: 'sum', property: 7 }] },
        'config.y.0.property',
      ],
      [
        {
          type: 'bar',
          x: { property: 'a' },
          y: [{ aggregation: 'count' }],
          timezone: 'Mars/Olympus',
        },
        'config.timezone',
      ],
      [
        {
          type: 'bar',
          x: { property: 'a', bucket: 'month', binSize: 10 },
          y: [{ aggregation: 'count' }],
        },
        'config.x',
      ],
      [{ type: 'bar', y: [{ aggregation: 'count' }] }, 'config.x'],
      [{ type: 'bar', x: { property: 'a' }, y: [] }, 'config.y'],
      [
        {
          type: 'pie',
          x: { property: 'a' },
          y: [{ aggregation: 'count' }],
          options: { colors: ['red'] },
        },
        'config.options.colors.0',
      ],
      [
        {
          type: 'bar',
          x: { property: 'a' },
          y: [{ aggregation: 'count' }],
          filters: [{ property: 'a', op: 'eq', value: { no: 1 } }],
        },
        'config.filters.0.value',
      ],
    ];
    // Another user's dataset id: the 400 comes first, so it cannot tell ids apart.
    for (const [config, field] of cases) {
      const res = await world.api<{ details: { field: string }[] }>('POST', '/api/charts', {
        datasetId: randomUUID(),
        name: 'Bad',
        config,
      });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body).toMatchObject({ ...ERROR, statusCode: 400 });
      expect(res.body.details.map((detail) => detail.field)).toContain(field);
    }
    const notOrigin = await world.api('POST', '/api/charts', {
      datasetId: deals.id,
      name: 'Bad',
      config: { type: 'number', y: [{ aggregation: 'count' }] },
      allowedOrigins: ['https://ok.example', 'https://bad.example/path'],
    });
    expect(notOrigin.status).toBe(400);
    expect(notOrigin.body).toMatchObject({ details: [{ field: 'allowedOrigins' }] });
  });

  it('answers 422 naming the field for configs the dataset cannot take', async () => {
    const cases: [unknown, string][] = [
      [
        { type: 'bar', x: { property: 'nope' }, y: [{ aggregation: 'count' }] },
        'config.x.property',
      ],
      [
        {
          type: 'bar',
          x: { property: ids.region },
          y: [{ aggregation: 'sum', property: ids.stage }],
        },
        'config.y.0.property',
      ],
      [
        {
          type: 'bar',
          x: { property: ids.region, bucket: 'month' },
          y: [{ aggregation: 'count' }],
        },
        'config.x.bucket',
      ],
      [
        {
          type: 'line',
          x: { property: ids.close, bucket: 'month' },
          y: [{ aggregation: 'avg', property: ids.amount }],
          cumulative: true,
        },
        'config.cumulative',
      ],
    ];
    for (const [config, field] of cases) {
      const res = await world.api<{ details: { field: string }[] }>('POST', '/api/charts', {
        datasetId: deals.id,
        name: 'Impossible',
        config,
      });
      expect({ field, status: res.status }).toEqual({ field, status: 422 });
      expect(res.body).toMatchObject({
        ...ERROR,
        statusCode: 422,
        message: expect.stringContaining(field),
      });
      expect(res.body.details.map((detail) => detail.field)).toContain(field);
    }
    const preview = await world.api('POST', '/api/charts/preview', {
      datasetId: deals.id,
      config: { type: 'bar', x: { property: 'nope' }, y: [{ aggregation: 'count' }] },
    });
    expect(preview.status).toBe(422);
  });

  it('answers 404 for a dataset that is not the caller’s', async () => {
    const res = await world.api('POST', '/api/charts', {
      datasetId: randomUUID(),
      name: 'Lost',
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    expect(res.status).toBe(404);
  });

  it('lists, filters by dataset, reads, updates and deletes charts', async () => {
    const chart = await createChart(world, {
      datasetId: deals.id,
      name: 'To edit',
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const list = await world.api<Page<Chart>>('GET', `/api/charts?datasetId=${deals.id}&limit=200`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item) => item.id)).toContain(chart.id);
    const other = await world.api<Page<Chart>>('GET', `/api/charts?datasetId=${randomUUID()}`);
    expect(other.body).toEqual({ items: [], nextCursor: null });

    const patched = await world.api<Chart>('PATCH', `/api/charts/${chart.id}`, {
      name: 'Edited',
      config: { type: 'number', y: [{ aggregation: 'sum', property: ids.amount }] },
      isPublic: true,
      allowedOrigins: ['https://blog.example/'],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: 'Edited',
      isPublic: true,
      allowedOrigins: ['https://blog.example'],
      config: { y: [{ aggregation: 'sum', property: ids.amount }] },
    });
    const sum = rows.reduce((total, row) => {
      const amount = row.values[ids.amount];
      return total + (typeof amount === 'number' ? amount : 0);
    }, 0);
    expect((await data(chart.id)).series[0].values).toEqual([sum]);

    const unknownField = await world.api('PATCH', `/api/charts/${chart.id}`, {
      datasetId: deals.id,
    });
    expect(unknownField.status).toBe(400);
    const impossible = await world.api('PATCH', `/api/charts/${chart.id}`, {
      config: { type: 'number', y: [{ aggregation: 'sum', property: ids.region }] },
    });
    expect(impossible.status).toBe(422);

    expect((await world.api('DELETE', `/api/charts/${chart.id}`)).status).toBe(204);
    expect((await world.api('GET', `/api/charts/${chart.id}`)).status).toBe(404);
    expect((await world.api('GET', `/api/charts/${chart.id}/data`)).status).toBe(404);
  });

  it('rotates the public key', async () => {
    const chart = await createChart(world, {
      datasetId: deals.id,
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const rotated = await world.api<Chart>('POST', `/api/charts/${chart.id}/rotate-key`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.publicKey).not.toBe(chart.publicKey);
    expect(rotated.body.publicKey).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(rotated.body.embed.url).toContain(rotated.body.publicKey);
  });
});
