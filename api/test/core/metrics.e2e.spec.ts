import { randomUUID } from 'node:crypto';
import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import { type DatasetWorld, startDatasetWorld } from '../datasets/dataset-world';
import { freePort } from '../support/free-port';
import { startTestApp } from '../support/test-app';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one series in Prometheus text, or undefined when it is absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return undefined;
}

describe('metrics', () => {
  let world: DatasetWorld;
  let workerPort: number;

  const scrapeApi = async (authorization = `Bearer ${METRICS_TOKEN}`) =>
    world.t.request({ url: '/metrics', headers: { authorization } });
  const scrapeWorker = (authorization = `Bearer ${METRICS_TOKEN}`) =>
    fetch(`http://127.0.0.1:${workerPort}/metrics`, { headers: { authorization } });

  beforeAll(async () => {
    workerPort = await freePort();
    world = await startDatasetWorld({
      METRICS_TOKEN,
      METRICS_PORT: String(workerPort),
      HOST: '127.0.0.1',
    });
  });
  afterAll(() => world.close());

  it('are off without METRICS_TOKEN', async () => {
    const t = await startTestApp();
    try {
      const res = await t.request({ url: '/metrics' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not found' });
    } finally {
      await t.close();
    }
  });

  it('answer only the metrics token, in both processes', async () => {
    for (const authorization of ['', 'Bearer wrong-token-0123456789', `Basic ${METRICS_TOKEN}`]) {
      const api = await scrapeApi(authorization);
      expect(api.statusCode).toBe(401);
      expect(api.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      const worker = await scrapeWorker(authorization);
      expect(worker.status).toBe(401);
      expect(await worker.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
    const api = await scrapeApi();
    expect(api.statusCode).toBe(200);
    expect(api.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(api.body, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(api.body, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect((await scrapeWorker()).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${workerPort}/other`)).status).toBe(404);
  });

  it('time requests by route pattern and status class, never by raw URL', async () => {
    const unknownId = randomUUID();
    expect((await world.api('GET', `/api/datasets/${unknownId}`)).status).toBe(404);
    expect((await world.api('GET', '/api/datasets')).status).toBe(200);
    await world.t.request({ url: `/no/such/${unknownId}` });
    const text = (await scrapeApi()).body;
    const byRoute = (route: string, statusClass: string) =>
      sample(text, 'http_request_duration_seconds_count', {
        method: 'GET',
        route,
        status_class: statusClass,
      });
    expect(byRoute('/api/datasets/:id', '4xx')).toBe(1);
    expect(byRoute('/api/datasets', '2xx')).toBeGreaterThanOrEqual(1);
    expect(byRoute('unmatched', '4xx')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('http_request_duration_seconds_bucket{le="0.005"');
    expect(text).not.toContain(unknownId);
    expect(text).not.toContain(world.user.headers.authorization.slice(7));
  });

  it('count syncs, their durations, Notion requests and 429s per connection, and queue depth', async () => {
    world.sandbox.control.setRateLimit({ requestsPerSecond: 1, burst: 1 });
    let datasetId: string;
    try {
      datasetId = (await world.createDataset(SEED_IDS.acme.tasksDataSourceId)).id;
      await world.sync(datasetId, 'full');
    } finally {
      world.sandbox.control.setRateLimit(false);
    }
    const worker = await (await scrapeWorker()).text();
    const connection = world.connectionId;
    expect(sample(worker, 'dataset_syncs_total', { outcome: 'succeeded' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      sample(worker, 'dataset_sync_duration_seconds_count', { mode: 'full', outcome: 'succeeded' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(worker, 'notion_requests_total', { connection, status_class: '2xx' }),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(worker, 'notion_rate_limited_total', { connection })).toBeGreaterThanOrEqual(1);
    expect(sample(worker, 'queue_jobs', { queue: 'sync', state: 'waiting' })).toBe(0);
    expect(sample(worker, 'queue_jobs', { queue: 'charts', state: 'failed' })).toBe(0);
    // The API process counts its own Notion calls (checking the token, reading the schema).
    const api = (await scrapeApi()).body;
    expect(
      sample(api, 'notion_requests_total', { connection, status_class: '2xx' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(api, 'queue_jobs', { queue: 'sync', state: 'active' })).toBe(0);
    for (const text of [worker, api]) expect(text).not.toContain(datasetId);
  }, 60_000);
});
