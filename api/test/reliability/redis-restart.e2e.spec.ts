import type { Dataset } from '@notionchartkit/shared';
import { SyncScheduler } from '../../src/datasets/sync/sync-scheduler.service';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { startTestWorker, type TestWorker } from '../support/test-worker';
import { eventually } from '../support/eventually';
import { QUERY_ENDPOINT, startSyncWorld, type SyncWorld } from './sync-world';

const DATASETS = 6;
const ROWS = 450;

/**
 * R2 for syncs: a private Redis (nothing persisted) killed and started again, empty, while
 * syncs run and others wait in the queue. PostgreSQL is the source of truth for what is due,
 * so the scheduler's next sweep queues again whatever the restart lost.
 */
describe('R2: Redis restarted under load', () => {
  let redis: PrivateRedis;
  let world: SyncWorld;
  let worker: TestWorker;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    world = await startSyncWorld(ROWS, { REDIS_URL: redis.url });
    worker = await startTestWorker(world.t.env.config);
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await world.close();
    await redis.stop();
  });

  it('R2: with Redis restarted empty mid-sync, the API keeps answering, syncs resume and no row is lost', async () => {
    world.sandbox.control.setFaults([{ endpoint: QUERY_ENDPOINT, slowMs: 150, slowRate: 1 }]);
    const datasets: Dataset[] = [];
    for (let i = 0; i < DATASETS; i++) datasets.push(await world.createDataset());
    // Four run at once (the processor's concurrency), the others wait in the queue.
    await world.queryPagesServed(6);

    await redis.stop();
    const statuses: number[] = [];
    const load = (async () => {
      for (const { id } of datasets) {
        for (const url of ['/api/datasets', `/api/datasets/${id}`, `/api/datasets/${id}/rows`]) {
          const res = await world.t.request({ url, headers: world.user.headers });
          statuses.push(res.statusCode);
        }
      }
    })();
    await redis.start();
    await load;
    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);

    world.sandbox.control.clearFaults();
    // What the scheduler does every 30 s: queue every dataset PostgreSQL says is due.
    await worker.app.get(SyncScheduler).sweep();
    await eventually(
      () => Promise.all(datasets.map(({ id }) => world.api<Dataset>('GET', `/api/datasets/${id}`))),
      (now) => now.every(({ status, rowCount }) => status === 'ready' && rowCount === ROWS),
      { timeoutMs: 60_000 },
    );
    for (const { id } of datasets) await world.expectRowsEqualNotion(id);
  }, 120_000);
});
