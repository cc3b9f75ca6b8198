import { DEMO_INTERNAL_TOKEN, type Sandbox } from '@notionchartkit/notion-sandbox';
import type { Dataset } from '@notionchartkit/shared';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BuiltProcess, READY, startBuiltProcess } from '../../test/support/built-process';

export { REPO_ROOT } from '../../test/support/built-process';
import { freePort } from '../../test/support/free-port';
import globalTeardown from '../../test/support/global-teardown';
import { startTestSandbox } from '../../test/support/notion-sandbox';
import { createTestEnv } from '../../test/support/test-env';

const METRICS_TOKEN = randomBytes(24).toString('base64url');

export interface BenchStack {
  sandbox: Sandbox;
  apiUrl: string;
  redisUrl: string;
  /** Each worker's `/metrics` URL (read them with `scrape`, which holds the token). */
  workerMetrics: string[];
  connectionId: string;
  api<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T>;
  /** Resolves with the dataset once its sync finished (`ready`), polling its status. */
  waitUntilSynced(datasetId: string, timeoutMs: number): Promise<Dataset>;
  close(): Promise<void>;
}

export interface BenchStackOptions {
  workers: number;
  sandbox?: Parameters<typeof startTestSandbox>[0];
  vars?: Record<string, string>;
  /** Prefix of the API's command line, e.g. `['taskset', '-c', '0']` to pin it. */
  pinApi?: string[];
}

/**
 * The built API and workers as real processes on a database and Redis prefix of their own,
 * the Notion sandbox in this process, and a user signed in through Notion's OAuth the way a
 * browser does it. Everything is dropped on `close()`.
 */
export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  process.env.NCK_TEST_RUN_ID ??= `bench${Date.now().toString(36)}`;
  const sandbox = await startTestSandbox(options.sandbox);
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  const env = await createTestEnv({
    NOTION_API_BASE_URL: sandbox.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: apiUrl,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    METRICS_TOKEN,
    SYNC_MIN_INTERVAL_MS: '0',
    // The bench polls the API for sync states; limits are not what it measures.
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    ...options.vars,
  });
  const children: BuiltProcess[] = [];
  const close = async () => {
    for (const child of children) child.child.kill('SIGTERM');
    await Promise.all(children.map((child) => child.exited(30_000).catch(() => undefined)));
    await sandbox.close();
    await globalTeardown();
  };
  try {
    const api = startBuiltProcess('main', env.vars, options.pinApi);
    children.push(api);
    await api.waitForOutput(READY.main, 30_000);
    const workerMetrics: string[] = [];
    for (let i = 0; i < options.workers; i++) {
      const metricsPort = await freePort();
      const worker = startBuiltProcess('worker', {
        ...env.vars,
        LOG_LEVEL: 'info',
        METRICS_PORT: String(metricsPort),
      });
      children.push(worker);
      await worker.waitForOutput(READY.worker, 30_000);
      workerMetrics.push(`http://127.0.0.1:${metricsPort}/metrics`);
    }

    const headers = { authorization: `Bearer ${await signInForApiKey(sandbox, apiUrl)}` };
    const call = async <T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> => {
      const res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const connection = await call<{ id: string }>('POST', '/api/connections', {
      token: DEMO_INTERNAL_TOKEN,
    });
    return {
      sandbox,
      apiUrl,
      redisUrl: env.config.redis.url,
      workerMetrics,
      connectionId: connection.id,
      api: call,
      async waitUntilSynced(datasetId, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const dataset = await call<Dataset>('GET', `/api/datasets/${datasetId}`);
          if (dataset.status === 'ready') return dataset;
          if (dataset.status === 'error') throw new Error(`sync failed: ${dataset.lastError}`);
          if (Date.now() > deadline) throw new Error(`no sync within ${timeoutMs} ms`);
          // Often enough that a sync's measured duration is off by 50 ms at most.
          await sleep(50);
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** "Sign in with Notion" over HTTP (consent given through the sandbox), then a new API key. */
async function signInForApiKey(sandbox: Sandbox, apiUrl: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name && value !== undefined) cookies.set(name, value);
    }
  };
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  const start = await fetch(`${apiUrl}/api/auth/notion`, { redirect: 'manual' });
  keep(start);
  const authorize = new URL(start.headers.get('location') ?? '');
  const { redirectUrl } = sandbox.control.authorize({
    redirectUri: authorize.searchParams.get('redirect_uri') ?? undefined,
    state: authorize.searchParams.get('state') ?? undefined,
  });
  const callback = await fetch(redirectUrl, { redirect: 'manual', headers: { cookie: cookie() } });
  keep(callback);
  if (callback.headers.get('location') !== '/') throw new Error('the bench user could not sign in');
  const key = await fetch(`${apiUrl}/api/api-keys`, {
    method: 'POST',
    headers: { cookie: cookie(), origin: apiUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench' }),
  });
  return ((await key.json()) as { key: string }).key;
}

/** One series of a worker's Prometheus text, summed over the label sets that match. */
export async function scrape(url: string, name: string, labels: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  let sum = 0;
  for (const line of (await res.text()).split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) sum += Number(match[3]);
  }
  return sum;
}
