import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..');
const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The whole product in demo mode, started the way a newcomer does (`npm start`). */
export interface DemoStack {
  appUrl: string;
  /** The Notion sandbox; its control API (`/_sandbox`) adds data sources and rows. */
  sandboxUrl: string;
  /** Everything the stack printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  log: string[],
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The stack did not start within ${timeoutMs} ms:\n${log.join('')}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (pattern.test(log.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The stack exited (${code}) before it was ready:\n${log.join('')}`));
    });
  });
}

/**
 * Runs `scripts/start.mjs` on free ports with its own database and Redis prefix (both
 * removed by `stop`). Expects the build to exist (`npm test` builds first). `extraEnv` adds
 * settings, such as the sandbox's seeds (`SANDBOX_SEED`, sandbox/README.md).
 */
export async function startDemoStack(extraEnv: NodeJS.ProcessEnv = {}): Promise<DemoStack> {
  const id = `nck_e2e_${randomBytes(4).toString('hex')}`;
  const databaseUrl = new URL(ADMIN_DATABASE_URL);
  databaseUrl.pathname = `/${id}`;
  const port = await freePort();
  const sandboxPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SANDBOX_PORT: String(sandboxPort),
    APP_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL,
    REDIS_PREFIX: id,
    LOG_LEVEL: 'warn',
    SYNC_MIN_INTERVAL_MS: '0',
    ...extraEnv,
  };
  delete env.NOTION_CLIENT_ID;
  const log: string[] = [];
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--no-build'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await dropDatabase(id);
    await deleteKeys(id);
  };
  try {
    await waitForLine(child, /is running at/, log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    appUrl: env.APP_URL as string,
    sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
    output: () => log.join(''),
    stop,
  };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
