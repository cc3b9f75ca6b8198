import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Chart, Dataset } from '@notionchartkit/shared';
import { PublicPayloadStore } from '../../src/charts/payload/public-payload.store';
import { Metrics } from '../../src/core/metrics/metrics';
import { type DatasetWorld, startDatasetWorld } from '../datasets/dataset-world';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { eventually } from '../support/eventually';
import { createChart, propertyId } from './chart-helpers';

/** R2 for the public endpoint: with Redis gone, the PostgreSQL snapshot answers. */
describe('public charts while Redis is down', () => {
  let redis: PrivateRedis;
  let world: DatasetWorld;
  let deals: Dataset;
  let chart: Chart;

  const get = (url: string) => world.t.request({ method: 'GET', url });
  const publicUrl = (key: string) => `/api/public/charts/${key}`;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    world = await startDatasetWorld({ REDIS_URL: redis.url });
    const created = await world.createDataset(SEED_IDS.acme.salesDataSourceId, {
      refreshIntervalMinutes: 0,
    });
    deals = await world.sync(created.id, 'full');
    chart = await createChart(world, {
      datasetId: deals.id,
      isPublic: true,
      config: {
        type: 'bar',
        x: { property: propertyId(deals, 'Stage') },
        y: [{ aggregation: 'count' }],
      },
    });
    const store = world.t.app.get(PublicPayloadStore);
    await eventually(() => store.read(chart.publicKey), Boolean);
  }, 60_000);
  afterAll(async () => {
    await redis.start();
    await world.close();
    await redis.stop();
  }, 60_000);

  it('answers from the snapshot, the same bytes and ETag, and refills Redis when it is back', async () => {
    const before = await get(publicUrl(chart.publicKey));
    expect(before.statusCode).toBe(200);

    await redis.stop();
    // Until the in-process cache lets the entry go and the snapshot answers (counted by source).
    const statuses = new Set<number>();
    const snapshotHits = async () => {
      const counter = await world.t.app
        .get(Metrics)
        .registry.getSingleMetric('public_chart_requests_total')
        ?.get();
      return counter?.values.find((value) => value.labels.source === 'snapshot')?.value ?? 0;
    };
    const snapshotHitsBefore = await snapshotHits();
    await eventually(
      async () => {
        const res = await get(publicUrl(chart.publicKey));
        statuses.add(res.statusCode);
        expect(res.body).toBe(before.body);
        expect(res.headers.etag).toBe(before.headers.etag);
        return snapshotHits();
      },
      (hits) => hits > snapshotHitsBefore,
    );
    expect([...statuses]).toEqual([200]);
    expect((await get(`/e/${chart.publicKey}`)).statusCode).toBe(200);
    expect((await get(publicUrl('A'.repeat(24)))).statusCode).toBe(404);

    // A chart made while Redis is away is computed from PostgreSQL on its first request.
    const fresh = await createChart(world, {
      datasetId: deals.id,
      isPublic: true,
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const computed = await get(publicUrl(fresh.publicKey));
    expect(computed.statusCode).toBe(200);
    expect(computed.json()).toMatchObject({ data: { series: [{ values: [deals.rowCount] }] } });

    // Withdrawing a key needs Redis to confirm: nothing changes, 503, the chart stays public.
    const hide = await world.api('PATCH', `/api/charts/${chart.id}`, { isPublic: false });
    expect(hide.status).toBe(503);
    expect((await world.api<Chart>('GET', `/api/charts/${chart.id}`)).body.isPublic).toBe(true);

    await redis.start();
    const store = world.t.app.get(PublicPayloadStore);
    const refilled = await eventually(async () => {
      const res = await get(publicUrl(chart.publicKey));
      expect(res.statusCode).toBe(200);
      return store.read(chart.publicKey).catch(() => null);
    }, Boolean);
    expect(refilled?.meta.etag).toBe(before.headers.etag);
  }, 60_000);
});
