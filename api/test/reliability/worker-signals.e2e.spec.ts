import { type BuiltProcess, READY, startBuiltProcess } from '../support/built-process';
import { QUERY_ENDPOINT, startSyncWorld, type SyncWorld } from './sync-world';

/** 12 query pages; answered slowly, a sync is in flight long enough to be interrupted. */
const ROWS = 1_150;
const SLOW_PAGES = [{ endpoint: QUERY_ENDPOINT, slowMs: 400, slowRate: 1 }];

/** R3 and R4 for the worker, with the built worker as real child processes. */
describe('worker processes killed or stopped mid-sync', () => {
  let world: SyncWorld;
  const children: BuiltProcess[] = [];

  const startWorker = async (vars: Record<string, string> = {}) => {
    const worker = startBuiltProcess('worker', { ...world.workerVars, ...vars });
    children.push(worker);
    await worker.waitForOutput(READY.worker);
    return worker;
  };

  beforeAll(async () => {
    world = await startSyncWorld(ROWS);
  }, 60_000);
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.child.kill('SIGKILL');
      await child.exited();
    }
    world.sandbox.control.clearFaults();
  });
  afterAll(() => world.close());

  it("R3: a worker SIGKILLed mid-sync: the job is retried and the rows end exactly equal to Notion's", async () => {
    world.sandbox.control.setFaults(SLOW_PAGES);
    const first = await startWorker();
    const started = world.nextActiveJob();
    const dataset = await world.createDataset();
    const jobId = await started;
    await world.queryPagesServed(3);

    first.child.kill('SIGKILL');
    expect((await first.exited()).signal).toBe('SIGKILL');
    const interrupted = await world.api<{ status: string; rowCount: number }>(
      'GET',
      `/api/datasets/${dataset.id}`,
    );
    expect(interrupted.rowCount).toBe(0);

    world.sandbox.control.clearFaults();
    await startWorker();
    await world.waitForCompleted(jobId, 40_000);
    expect(world.stalled).toEqual([jobId]);
    expect(world.failed).toEqual([]);
    await world.expectRowsEqualNotion(dataset.id);
  }, 150_000);

  it('R4: SIGTERM lets a running sync finish, then the worker exits; 0 stalled jobs', async () => {
    world.stalled.length = 0;
    world.sandbox.control.setFaults(SLOW_PAGES);
    const worker = await startWorker();
    const started = world.nextActiveJob();
    const { id } = await world.createDataset();
    const jobId = await started;
    await world.queryPagesServed(2);

    worker.child.kill('SIGTERM');
    await world.waitForCompleted(jobId, 25_000);
    await worker.exited(25_000);
    expect(world.stalled).toEqual([]);
    expect(world.failed).toEqual([]);
    await world.expectRowsEqualNotion(id);
  }, 120_000);

  it('R4: SIGTERM with a sync longer than the grace period requeues it untouched within 25 s; another worker completes it', async () => {
    world.stalled.length = 0;
    world.sandbox.control.setFaults([{ endpoint: QUERY_ENDPOINT, slowMs: 3000, slowRate: 1 }]);
    const worker = await startWorker({ SYNC_SHUTDOWN_GRACE_MS: '1000' });
    const started = world.nextActiveJob();
    const { id } = await world.createDataset();
    const jobId = await started;
    await world.queryPagesServed(1);

    worker.child.kill('SIGTERM');
    await worker.exited(25_000);
    const job = await world.queue.getJob(jobId);
    expect(await job?.getState()).toMatch(/^(delayed|waiting)$/);
    expect(job?.attemptsMade).toBe(0);
    expect(job?.failedReason).toBeFalsy();
    const untouched = await world.api<{ rowCount: number }>('GET', `/api/datasets/${id}`);
    expect(untouched.rowCount).toBe(0);

    world.sandbox.control.clearFaults();
    await startWorker();
    await world.waitForCompleted(jobId, 30_000);
    expect(world.stalled).toEqual([]);
    expect(world.failed).toEqual([]);
    await world.expectRowsEqualNotion(id);
  }, 150_000);
});
