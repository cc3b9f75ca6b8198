import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Dataset, Page } from '@notionchartkit/shared';
import { type DatasetWorld, startDatasetWorld } from './dataset-world';

const ERROR = {
  statusCode: expect.any(Number),
  error: expect.any(String),
  message: expect.any(String),
};

describe('datasets API', () => {
  let world: DatasetWorld;
  let deals: Dataset;

  beforeAll(async () => {
    world = await startDatasetWorld();
    deals = await world.createDataset(SEED_IDS.acme.salesDataSourceId.replaceAll('-', ''), {
      refreshIntervalMinutes: 30,
    });
  });
  afterAll(() => world.close());

  it('creates a dataset named after the data source, with its schema, and queues the first sync', () => {
    expect(deals).toMatchObject({
      name: 'Deals',
      connectionId: world.connectionId,
      notion: { dataSourceId: SEED_IDS.acme.salesDataSourceId },
      refreshIntervalMinutes: 30,
      lastSyncedAt: null,
    });
    expect(['pending', 'syncing', 'ready']).toContain(deals.status);
    const amount = deals.schema.find((property) => property.name === 'Amount');
    expect(amount).toMatchObject({ type: 'number', format: 'dollar' });
  });

  it('answers 409 for a data source the user already has', async () => {
    const again = await world.api('POST', '/api/datasets', {
      connectionId: world.connectionId,
      dataSourceId: SEED_IDS.acme.salesDataSourceId,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ ...ERROR, statusCode: 409 });
  });

  it('answers 422 with what to do when Notion will not show the data source', async () => {
    const res = await world.api('POST', '/api/datasets', {
      connectionId: world.connectionId,
      dataSourceId: '0badc0de-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/share it again in Notion/),
    });
  });

  it('rejects malformed input with 400 naming the field, before any lookup', async () => {
    const res = await world.api('POST', '/api/datasets', {
      connectionId: 'nope',
      dataSourceId: SEED_IDS.acme.salesDataSourceId,
      refreshIntervalMinutes: 5000,
      color: 'red',
    });
    expect(res.status).toBe(400);
    expect(
      (res.body as { details: { field: string }[] }).details.map((d) => d.field).sort(),
    ).toEqual(['color', 'connectionId', 'refreshIntervalMinutes']);
    expect((await world.api('GET', '/api/datasets/not-a-uuid')).status).toBe(400);
  });

  it('answers 404 for a connection that is not the caller’s', async () => {
    const res = await world.api('POST', '/api/datasets', {
      connectionId: '6f1c1a43-1d7e-4a53-9b53-2a3c1d4e5f60',
      dataSourceId: SEED_IDS.acme.tasksDataSourceId,
    });
    expect(res.status).toBe(404);
  });

  it('syncs, then lists, pages through rows, renames and changes the interval', async () => {
    const synced = await world.sync(deals.id);
    expect(synced.status).toBe('ready');
    expect(synced.rowCount).toBeGreaterThan(300);
    expect(synced.lastSyncedAt).not.toBeNull();

    const list = await world.api<Page<Dataset>>('GET', '/api/datasets?limit=1');
    expect(list.body.items.map((d) => d.id)).toEqual([deals.id]);

    const first = await world.api<Page<{ pageId: string }>>(
      'GET',
      `/api/datasets/${deals.id}/rows?limit=100`,
    );
    const second = await world.api<Page<{ pageId: string }>>(
      'GET',
      `/api/datasets/${deals.id}/rows?limit=100&cursor=${first.body.nextCursor}`,
    );
    expect(first.body.items).toHaveLength(100);
    expect(second.body.items).toHaveLength(100);
    expect(new Set([...first.body.items, ...second.body.items].map((r) => r.pageId)).size).toBe(
      200,
    );
    expect((await world.api('GET', `/api/datasets/${deals.id}/rows?cursor=garbage`)).status).toBe(
      400,
    );

    const renamed = await world.api<Dataset>('PATCH', `/api/datasets/${deals.id}`, {
      name: 'Pipeline',
      refreshIntervalMinutes: 0,
    });
    expect(renamed.body).toMatchObject({
      name: 'Pipeline',
      refreshIntervalMinutes: 0,
      nextSyncAt: null,
    });
  });

  it('reuses a queued sync: two requests answer the same job id', async () => {
    const tasks = await world.createDataset(SEED_IDS.acme.tasksDataSourceId, {
      refreshIntervalMinutes: 0,
    });
    await world.worker.app.close();
    const first = await world.api<{ jobId: string }>('POST', `/api/datasets/${tasks.id}/sync`, {
      mode: 'incremental',
    });
    const second = await world.api<{ jobId: string }>('POST', `/api/datasets/${tasks.id}/sync`);
    expect(first.status).toBe(202);
    expect(second.body.jobId).toBe(first.body.jobId);
    // The dataset tells a reader a sync is on its way, so the dashboard follows it.
    const queued = await world.api<Dataset>('GET', `/api/datasets/${tasks.id}`);
    expect(queued.body).toMatchObject({ syncQueued: true });
  });

  it('deletes a dataset with its rows', async () => {
    expect((await world.api('DELETE', `/api/datasets/${deals.id}`)).status).toBe(204);
    expect((await world.api('GET', `/api/datasets/${deals.id}`)).status).toBe(404);
    expect((await world.api('GET', `/api/datasets/${deals.id}/rows`)).status).toBe(404);
  });
});
