import { DEMO_INTERNAL_TOKEN, SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Dataset, DatasetEvent, SyncProgress } from '@notionchartkit/shared';
import type Redis from 'ioredis';
import type { AddressInfo } from 'node:net';
import { REDIS } from '../../src/core/redis/redis.tokens';
import { MAX_STREAMS_PER_USER } from '../../src/datasets/dataset-events.hub';
import { datasetEventsChannel } from '../../src/datasets/sync/sync-progress';
import { openOnceFreed, SseClient } from '../charts/sse-client';
import { eventually } from '../support/eventually';
import { probe } from '../support/probe';
import { createTestUser } from '../support/test-users';
import { type DatasetWorld, startDatasetWorld } from './dataset-world';

const QUERY_ENDPOINT = 'POST /v1/data_sources/:data_source_id/query';

/** The events a stream has received so far, parsed. */
const received = (client: SseClient): DatasetEvent[] =>
  client.events.map((event) => {
    const data = JSON.parse(event.data) as DatasetEvent;
    expect(data.type).toBe(event.event);
    return data;
  });

/** Waits until the stream has received an event of `type`, and returns the first such. */
async function nextOf<T extends DatasetEvent['type']>(
  client: SseClient,
  type: T,
): Promise<Extract<DatasetEvent, { type: T }>> {
  const events = await eventually(
    () => Promise.resolve(received(client)),
    (all) => all.some((event) => event.type === type),
  );
  return events.find((event) => event.type === type) as Extract<DatasetEvent, { type: T }>;
}

describe('dataset event streams (issue #5: live sync progress)', () => {
  let world: DatasetWorld;
  let baseUrl: string;
  let deals: Dataset;
  const eventsUrl = (id: string) => `${baseUrl}/api/datasets/${id}/events`;
  const open = (id: string, headers = world.user.headers) => SseClient.open(eventsUrl(id), headers);

  beforeAll(async () => {
    world = await startDatasetWorld();
    const fastify = world.t.app.getHttpAdapter().getInstance();
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`;
    const created = await world.createDataset(SEED_IDS.acme.salesDataSourceId, {
      refreshIntervalMinutes: 0,
    });
    deals = await world.sync(created.id);
  });
  afterEach(() => world.sandbox.control.clearFaults());
  afterAll(() => world.close());

  it('streams a sync as it runs: the state first, progress with rising rowsFetched, then synced with the row count', async () => {
    // Slow pages from Notion make the sync last long enough to report rows along the way.
    world.sandbox.control.setFaults([{ endpoint: QUERY_ENDPOINT, slowMs: 500 }]);
    const watcher = await open(deals.id);
    expect(watcher.status).toBe(200);
    expect(watcher.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(watcher.headers['cache-control']).toBe('no-cache, no-transform');
    expect(await nextOf(watcher, 'state')).toEqual({
      type: 'state',
      status: 'ready',
      sync: null,
      syncQueued: false,
    });
    expect(watcher.comments[0]).toBe('connected');

    const accepted = await world.api<{ jobId: string }>('POST', `/api/datasets/${deals.id}/sync`, {
      mode: 'full',
    });
    await nextOf(watcher, 'progress');
    // Someone who opens the page mid-sync sees where it is at once.
    const latecomer = await open(deals.id);
    const midway = await nextOf(latecomer, 'state');
    expect(midway).toMatchObject({ type: 'state', status: 'syncing' });
    expect(midway.sync?.phase).toEqual(expect.any(String));

    await world.worker.waitForJob(accepted.body.jobId);
    const synced = await nextOf(watcher, 'synced');
    const after = (await world.api<Dataset>('GET', `/api/datasets/${deals.id}`)).body;
    expect(after.status).toBe('ready');
    expect(synced).toEqual({
      type: 'synced',
      rowCount: after.rowCount,
      lastSyncedAt: after.lastSyncedAt,
    });
    expect(synced.rowCount).toBeGreaterThan(0);
    expect((await nextOf(latecomer, 'synced')).rowCount).toBe(after.rowCount);

    const events = received(watcher);
    expect(events[0].type).toBe('state');
    expect(events[events.length - 1]).toEqual(synced);
    const progress = events
      .filter((event) => event.type === 'progress')
      .map((event) => event.progress);
    const rowsFetched = progress.map((step) => step.rowsFetched);
    expect(rowsFetched).toEqual([...rowsFetched].sort((a, b) => a - b));
    expect(progress[0]).toMatchObject({ phase: 'schema', rowsFetched: 0 });
    expect(progress.map((step) => step.phase)).toEqual(
      expect.arrayContaining<SyncProgress['phase']>(['rows', 'relations', 'saving']),
    );
    const reading = progress.filter((step) => step.phase === 'rows');
    expect(reading[0].rowsFetched).toBeGreaterThan(0);
    expect(reading[0].rowsFetched).toBeLessThan(rowsFetched[rowsFetched.length - 1]);
    expect(progress[progress.length - 1].phase).toBe('saving');
    expect(new Set(progress.map((step) => step.startedAt)).size).toBe(1);
    watcher.close();
    latecomer.close();
  });

  it('tells of a sync that failed for good, with the message the dataset shows', async () => {
    const tasks = await world.sync(
      (await world.createDataset(SEED_IDS.acme.tasksDataSourceId, { refreshIntervalMinutes: 0 }))
        .id,
    );
    const watcher = await open(tasks.id);
    await nextOf(watcher, 'state');
    world.sandbox.control.setShared(SEED_IDS.acme.tasksDatabaseId, false);
    try {
      const accepted = await world.api<{ jobId: string }>('POST', `/api/datasets/${tasks.id}/sync`);
      await world.worker.waitForJob(accepted.body.jobId).catch(() => undefined);
      const failed = await nextOf(watcher, 'failed');
      const after = (await world.api<Dataset>('GET', `/api/datasets/${tasks.id}`)).body;
      expect(after.status).toBe('error');
      expect(failed).toEqual({ type: 'failed', message: after.lastError, retrying: false });
    } finally {
      world.sandbox.control.setShared(SEED_IDS.acme.tasksDatabaseId, true);
      watcher.close();
    }
  });

  it("answers another user's dataset 404 in the contract's shape, exactly as a missing one", async () => {
    const eve = await createTestUser(world.t, 'Eve');
    const url = `/api/datasets/${deals.id}/events`;
    const theirs = await probe(world.t, { url, headers: eve.headers });
    const missing = await probe(world.t, {
      url: '/api/datasets/00000000-0000-4000-8000-000000000000/events',
      headers: eve.headers,
    });
    const notFound = { statusCode: 404, error: 'Not Found', message: 'Dataset not found' };
    expect(theirs.statusCode).toBe(404);
    expect(JSON.parse(theirs.body)).toEqual(notFound);
    expect(JSON.parse(missing.body)).toEqual(notFound);
    expect((await probe(world.t, { url })).statusCode).toBe(401);
  });

  it('bounds open streams per user and lets go of the Redis channel when the last one closes', async () => {
    const redis = world.t.app.get<Redis>(REDIS);
    const channel = datasetEventsChannel(world.t.env.config, deals.id);
    const subscribers = async () => {
      const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      return Number(count);
    };
    const streams: SseClient[] = [];
    try {
      for (let i = 0; i < MAX_STREAMS_PER_USER; i += 1) {
        const stream = await open(deals.id);
        streams.push(stream);
        expect(stream.status).toBe(200);
      }
      // One subscription of the channel serves every stream of this process.
      expect(await subscribers()).toBe(1);
      const refused = await open(deals.id);
      streams.push(refused);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      // Another user's streams do not count against this one's.
      const olga = await createTestUser(world.t, 'Olga');
      const as = (url: string, payload: object) =>
        world.t.request({ method: 'POST', url, payload, headers: olga.headers });
      const connection = await as('/api/connections', { token: DEMO_INTERNAL_TOKEN });
      const hers = await as('/api/datasets', {
        connectionId: connection.json<{ id: string }>().id,
        dataSourceId: SEED_IDS.acme.salesDataSourceId,
        refreshIntervalMinutes: 0,
      });
      const theirs = await open(hers.json<Dataset>().id, olga.headers);
      streams.push(theirs);
      expect(theirs.status).toBe(200);

      streams.shift()?.close();
      const again = await openOnceFreed(() => open(deals.id), streams);
      expect(again.status).toBe(200);
    } finally {
      for (const stream of streams) stream.close();
    }
    await eventually(subscribers, (count) => count === 0);
  });
});
