import { DEMO_INTERNAL_TOKEN, type Sandbox } from '@notionchartkit/notion-sandbox';
import type { Dataset, DatasetRow, Page } from '@notionchartkit/shared';
import { Queue, QueueEvents } from 'bullmq';
import { bullConnectionOptions } from '../../src/core/queue/bull-connection';
import { QUEUES } from '../../src/core/queue/queue.definitions';
import { startTestSandbox } from '../support/notion-sandbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';

export const QUERY_ENDPOINT = 'POST /v1/data_sources/:data_source_id/query';

/**
 * The API in-process and the Notion sandbox, for tests whose workers run as child processes
 * (`workerVars`); each dataset reads a data source of `rows` rows of its own. Watches the sync queue for stalled and failed
 * jobs.
 */
export interface SyncWorld {
  sandbox: Sandbox;
  t: TestApp;
  user: TestUser;
  /** The environment of a worker (or API) child process on this world. */
  workerVars: Record<string, string>;
  queue: Queue;
  events: QueueEvents;
  stalled: string[];
  failed: string[];
  api<T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T>;
  /** A dataset of a new data source of `rows` rows; its first sync is queued. */
  createDataset(): Promise<Dataset>;
  /** Resolves with the id of the next sync job a worker takes. */
  nextActiveJob(timeoutMs?: number): Promise<string>;
  waitForCompleted(jobId: string, timeoutMs?: number): Promise<void>;
  /** Resolves once the sandbox has answered `count` more row queries. */
  queryPagesServed(count: number): Promise<void>;
  /** The dataset's rows are exactly the data source's: none missing, no duplicates, same cells. */
  expectRowsEqualNotion(datasetId: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSyncWorld(
  rows: number,
  vars: Record<string, string> = {},
): Promise<SyncWorld> {
  const sandbox = await startTestSandbox();
  /** Each dataset reads a data source of its own: title by page id. */
  const namesByDataset = new Map<string, Map<string, string>>();
  const seedDataSource = () => {
    const { dataSourceId } = sandbox.control.createDataSource({
      title: 'Parts',
      properties: [
        { name: 'Name', type: 'title' },
        { name: 'Units', type: 'number', format: 'number' },
      ],
    });
    const names = new Map<string, string>();
    for (let i = 0; i < rows; i++) {
      names.set(
        sandbox.control.createRow(dataSourceId, { Name: `Part ${i}`, Units: i }),
        `Part ${i}`,
      );
    }
    return { dataSourceId, names };
  };
  const t = await startTestApp({
    vars: {
      NOTION_API_BASE_URL: sandbox.url,
      SYNC_MIN_INTERVAL_MS: '0',
      SYNC_RETRY_DELAY_MS: '10',
      // Tests poll the API for what no event announces.
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      ...vars,
    },
  });
  const user = await createTestUser(t, 'Rae');
  const api = async <T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
    const res = await t.request({ method, url, headers: user.headers, payload });
    if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json<T>();
  };
  const connection = await api<{ id: string }>('POST', '/api/connections', {
    token: DEMO_INTERNAL_TOKEN,
  });

  const bull = {
    connection: bullConnectionOptions(t.env.config.redis.url),
    prefix: `${t.env.config.redis.prefix}:{bull}`,
  };
  const queue = new Queue(QUEUES.sync, bull);
  const events = new QueueEvents(QUEUES.sync, bull);
  await events.waitUntilReady();
  // Tests that take Redis away see these reconnect; their errors meanwhile are expected.
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  const stalled: string[] = [];
  const failed: string[] = [];
  events.on('stalled', ({ jobId }) => stalled.push(jobId));
  events.on('failed', ({ jobId }) => failed.push(jobId));

  return {
    sandbox,
    t,
    user,
    workerVars: { ...t.env.vars, LOG_LEVEL: 'info', HOST: '127.0.0.1' },
    queue,
    events,
    stalled,
    failed,
    api,
    async createDataset() {
      const { dataSourceId, names } = seedDataSource();
      const dataset = await api<Dataset>('POST', '/api/datasets', {
        connectionId: connection.id,
        dataSourceId,
      });
      namesByDataset.set(dataset.id, names);
      return dataset;
    },
    async nextActiveJob(timeoutMs = 20_000) {
      const [{ jobId }] = (await Promise.race([
        new Promise((resolve) => events.once('active', (event) => resolve([event]))),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no sync job started')), timeoutMs).unref(),
        ),
      ])) as [{ jobId: string }];
      return jobId;
    },
    async waitForCompleted(jobId, timeoutMs = 30_000) {
      const job = await queue.getJob(jobId);
      if (!job) throw new Error(`no job ${jobId}`);
      await job.waitUntilFinished(events, timeoutMs);
    },
    queryPagesServed(count) {
      return new Promise((resolve) => {
        let served = 0;
        const off = sandbox.control.events.on('request', ({ endpoint }) => {
          if (endpoint !== QUERY_ENDPOINT || ++served < count) return;
          off();
          resolve();
        });
      });
    },
    async expectRowsEqualNotion(datasetId) {
      const names = namesByDataset.get(datasetId) ?? new Map<string, string>();
      const stored: DatasetRow[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<DatasetRow> = await api<Page<DatasetRow>>(
          'GET',
          `/api/datasets/${datasetId}/rows?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        );
        stored.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(stored).toHaveLength(names.size);
      expect(new Set(stored.map((row) => row.pageId)).size).toBe(names.size);
      for (const row of stored) expect(row.values.title).toBe(names.get(row.pageId));
      const dataset = await api<Dataset>('GET', `/api/datasets/${datasetId}`);
      expect(dataset).toMatchObject({ status: 'ready', rowCount: names.size, lastError: null });
    },
    async close() {
      await events.close();
      await queue.close();
      await t.close();
      await sandbox.close();
    },
  };
}
