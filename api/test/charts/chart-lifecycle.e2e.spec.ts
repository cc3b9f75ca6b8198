import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Chart, ChartDataResponse, Dataset } from '@notionchartkit/shared';
import { DataSource } from 'typeorm';
import { ChartClockScheduler } from '../../src/charts/chart-clock.scheduler';
import { PublicPayloadStore } from '../../src/charts/payload/public-payload.store';
import { Clock } from '../../src/core/clock/clock';
import { DatasetSyncer } from '../../src/datasets/sync/dataset-syncer.service';
import { type DatasetWorld, startDatasetWorld } from '../datasets/dataset-world';
import { eventually } from '../support/eventually';
import { createChart, propertyId } from './chart-helpers';

const DAY = 24 * 3600 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** What happens to charts as their data, schema and datasets change, and as time passes. */
describe('charts over time', () => {
  let world: DatasetWorld;
  let store: PublicPayloadStore;

  const get = (url: string) => world.t.request({ method: 'GET', url });
  const stored = async (key: string) => {
    const entry = await store.read(key);
    return entry ? (JSON.parse(entry.body.toString()) as { data: ChartDataResponse }) : null;
  };
  /** A small data source of our own, synced into a dataset. */
  async function team(title: string): Promise<{ dataSourceId: string; dataset: Dataset }> {
    const { control } = world.sandbox;
    const { dataSourceId } = control.createDataSource({
      title,
      properties: [
        { name: 'Name', type: 'title' },
        { name: 'Team', type: 'select', options: [{ name: 'Red' }, { name: 'Blue' }] },
        { name: 'Points', type: 'number', format: 'number' },
        { name: 'Day', type: 'date' },
      ],
    });
    const now = Date.now();
    control.createRow(dataSourceId, { Name: 'a', Team: 'Red', Points: 3, Day: isoDay(now) });
    control.createRow(dataSourceId, {
      Name: 'b',
      Team: 'Blue',
      Points: 4,
      Day: isoDay(now - 5 * DAY),
    });
    control.createRow(dataSourceId, {
      Name: 'c',
      Team: 'Red',
      Points: 5,
      Day: isoDay(now - 30 * DAY),
    });
    const created = await world.createDataset(dataSourceId, { refreshIntervalMinutes: 0 });
    return { dataSourceId, dataset: await world.sync(created.id, 'full') };
  }

  beforeAll(async () => {
    world = await startDatasetWorld();
    store = world.t.app.get(PublicPayloadStore);
  });
  afterAll(() => world.close());

  it('keeps the last good data and says why when a sync removes a property a chart reads', async () => {
    const { dataSourceId, dataset } = await team('Removed');
    const chart = await createChart(world, {
      datasetId: dataset.id,
      isPublic: true,
      config: {
        type: 'bar',
        x: { property: propertyId(dataset, 'Team') },
        y: [{ aggregation: 'sum', property: propertyId(dataset, 'Points') }],
      },
    });
    const good = (await world.api<ChartDataResponse>('GET', `/api/charts/${chart.id}/data`)).body;
    expect(good.labels).toEqual(['Red', 'Blue']);
    expect(good.series[0].values).toEqual([8, 4]);
    const publicBefore = await get(`/api/public/charts/${chart.publicKey}`);

    world.sandbox.control.removeProperty(dataSourceId, 'Team');
    await world.sync(dataset.id, 'full');

    const stale = (await world.api<ChartDataResponse>('GET', `/api/charts/${chart.id}/data`)).body;
    expect(stale.labels).toEqual(good.labels);
    expect(stale.series).toEqual(good.series);
    expect(stale.problem).toEqual({
      message: expect.stringContaining('config.x.property'),
      details: [{ field: 'config.x.property', problem: expect.any(String) }],
      since: expect.any(String),
    });
    const owner = (await world.api<Chart>('GET', `/api/charts/${chart.id}`)).body;
    expect(owner.problem?.details[0].field).toBe('config.x.property');

    // Viewers keep seeing the last good chart, and nothing tells them about the problem.
    const publicAfter = await get(`/api/public/charts/${chart.publicKey}`);
    expect(publicAfter.statusCode).toBe(200);
    expect(publicAfter.headers.etag).toBe(publicBefore.headers.etag);
    expect(publicAfter.body).not.toContain('problem');
  });

  it('recomputes charts with relative dates as time passes, with no sync', async () => {
    const { dataset } = await team('Recent');
    const chart = await createChart(world, {
      datasetId: dataset.id,
      isPublic: true,
      config: {
        type: 'number',
        y: [{ aggregation: 'count' }],
        filters: [{ property: propertyId(dataset, 'Day'), op: 'in_last_days', value: 7 }],
      },
    });
    const first = await eventually(() => stored(chart.publicKey), Boolean);
    expect(first?.data.series[0].values).toEqual([2]);
    const [due] = await world.t.app
      .get(DataSource)
      .query<{ next_recompute_at: Date }[]>(
        'SELECT "next_recompute_at" FROM "chart_snapshots" WHERE "chart_id" = $1',
        [chart.id],
      );
    expect(due.next_recompute_at.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);

    // Three days on, the row from five days ago has left the window.
    const clock = world.worker.app.get(Clock);
    const realNow = clock.now.bind(clock);
    clock.now = () => realNow() + 3 * DAY;
    try {
      expect(await world.worker.app.get(ChartClockScheduler).sweep()).toBeGreaterThanOrEqual(1);
      const later = await eventually(
        () => stored(chart.publicKey),
        (entry) => entry?.data.series[0].values?.[0] === 1,
      );
      expect(later?.data.meta.computedAt).not.toBe(first?.data.meta.computedAt);
    } finally {
      clock.now = realNow;
    }
  });

  it('makes scheduled syncs read formulas again once a chart reads one', async () => {
    const created = await world.createDataset(SEED_IDS.acme.tasksDataSourceId, {
      refreshIntervalMinutes: 0,
    });
    const tasks = await world.sync(created.id, 'full');
    const syncer = world.worker.app.get(DatasetSyncer);
    const scheduled = (hoursLater: number) =>
      syncer.sync(
        { datasetId: tasks.id, mode: 'incremental', trigger: 'schedule' },
        new Date(Date.now() + hoursLater * 3600_000),
      );
    // Two hours after a full sync, with no chart reading a formula: incremental.
    expect((await scheduled(2))?.mode).toBe('incremental');
    await createChart(world, {
      datasetId: tasks.id,
      config: {
        type: 'pie',
        x: { property: propertyId(tasks, 'Overdue') },
        y: [{ aggregation: 'count' }],
      },
    });
    // A chart reads the formula "Overdue", whose value changes without any edit: full.
    expect((await scheduled(3))?.mode).toBe('full');
  });

  it('shows a public chart whose dataset has not synced yet as waiting for its data', async () => {
    const { control } = world.sandbox;
    const { dataSourceId } = control.createDataSource({
      title: 'Never synced',
      properties: [{ name: 'Name', type: 'title' }],
    });
    control.setFaults([
      { endpoint: 'POST /v1/data_sources/:data_source_id/query', errorRate: 1, statuses: [500] },
    ]);
    try {
      const dataset = await world.createDataset(dataSourceId, { refreshIntervalMinutes: 0 });
      await eventually(
        () => world.api<Dataset>('GET', `/api/datasets/${dataset.id}`),
        (res) => res.body.status === 'error',
      );
      const chart = await createChart(world, {
        datasetId: dataset.id,
        isPublic: true,
        config: { type: 'number', y: [{ aggregation: 'count' }] },
      });
      const page = await get(`/e/${chart.publicKey}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('This chart is almost ready');
      const data = await get(`/api/public/charts/${chart.publicKey}`);
      expect(data.statusCode).toBe(200);
      expect(data.json()).toMatchObject({ data: { meta: { datasetSyncedAt: null } } });

      // The first good sync brings the data without anyone asking.
      control.clearFaults();
      await world.sync(dataset.id, 'full');
      const synced = await eventually(
        () => stored(chart.publicKey),
        (entry) => Boolean(entry?.data.meta.datasetSyncedAt),
      );
      expect(synced?.data.series[0].values).toEqual([0]);
    } finally {
      control.clearFaults();
    }
  });

  it("deletes a dataset's charts with it, and their public keys stop working", async () => {
    const { dataset } = await team('Doomed');
    const chart = await createChart(world, {
      datasetId: dataset.id,
      isPublic: true,
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    await eventually(() => stored(chart.publicKey), Boolean);
    expect((await get(`/api/public/charts/${chart.publicKey}`)).statusCode).toBe(200);

    expect((await world.api('DELETE', `/api/datasets/${dataset.id}`)).status).toBe(204);
    expect((await world.api('GET', `/api/charts/${chart.id}`)).status).toBe(404);
    await eventually(
      () => stored(chart.publicKey),
      (entry) => entry === null,
    );
    expect((await get(`/api/public/charts/${chart.publicKey}`)).statusCode).toBe(404);
    expect((await get(`/e/${chart.publicKey}`)).statusCode).toBe(404);
  });
});
