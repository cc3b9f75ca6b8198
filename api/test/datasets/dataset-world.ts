import { DEMO_INTERNAL_TOKEN, type Sandbox } from '@notionchartkit/notion-sandbox';
import type { Dataset, DatasetRow, Page } from '@notionchartkit/shared';
import { startTestSandbox } from '../support/notion-sandbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';
import { startTestWorker, type TestWorker } from '../support/test-worker';

/** The API, a worker and the Notion sandbox, with one user who connected the demo workspace. */
export interface DatasetWorld {
  sandbox: Sandbox;
  t: TestApp;
  worker: TestWorker;
  user: TestUser;
  connectionId: string;
  api<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<{ status: number; body: T }>;
  createDataset(dataSourceId: string, extra?: Record<string, unknown>): Promise<Dataset>;
  /** Asks for a sync through the API and waits until that job finished. */
  sync(datasetId: string, mode?: 'full' | 'incremental'): Promise<Dataset>;
  close(): Promise<void>;
}

export async function startDatasetWorld(vars: Record<string, string> = {}): Promise<DatasetWorld> {
  const sandbox = await startTestSandbox();
  const t = await startTestApp({
    vars: {
      NOTION_API_BASE_URL: sandbox.url,
      SYNC_ATTEMPTS: '2',
      SYNC_RETRY_DELAY_MS: '10',
      SYNC_MIN_INTERVAL_MS: '0',
      ...vars,
    },
  });
  const worker = await startTestWorker(t.env.config);
  const user = await createTestUser(t, 'Dana');
  const api: DatasetWorld['api'] = async (method, url, payload) => {
    const res = await t.request({
      method,
      url,
      headers: user.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined } as never;
  };
  const connection = await api<{ id: string }>('POST', '/api/connections', {
    token: DEMO_INTERNAL_TOKEN,
  });
  if (connection.status !== 201)
    throw new Error(`Could not connect the sandbox: ${JSON.stringify(connection.body)}`);
  const world: DatasetWorld = {
    sandbox,
    t,
    worker,
    user,
    connectionId: connection.body.id,
    api,
    async createDataset(dataSourceId, extra = {}) {
      const res = await api<Dataset>('POST', '/api/datasets', {
        connectionId: connection.body.id,
        dataSourceId,
        ...extra,
      });
      if (res.status !== 201)
        throw new Error(`Could not create the dataset: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async sync(datasetId, mode = 'full') {
      const accepted = await api<{ jobId: string }>('POST', `/api/datasets/${datasetId}/sync`, {
        mode,
      });
      await worker.waitForJob(accepted.body.jobId).catch(() => undefined);
      return (await api<Dataset>('GET', `/api/datasets/${datasetId}`)).body;
    },
    async close() {
      await worker.close();
      await t.close();
      await sandbox.close();
    },
  };
  return world;
}

/** Every row of a dataset through the rows API: what a person would read by hand. */
export async function allRows(world: DatasetWorld, datasetId: string): Promise<DatasetRow[]> {
  const rows: DatasetRow[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page = await world.api<Page<DatasetRow>>(
      'GET',
      `/api/datasets/${datasetId}/rows?limit=200${query}`,
    );
    rows.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return rows;
}
