#!/usr/bin/env node
// `npm start`: the whole product on one port from a fresh clone. Checks PostgreSQL and Redis,
// installs and builds what is missing, creates the database, starts the Notion sandbox in
// demo mode, then the API and the worker. `npm run dev` does the same with reload.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  DEFAULTS,
  ensureInstalled,
  fail,
  log,
  nx,
  requireServices,
  root,
  startChild,
  waitForOk,
} from './lib.mjs';

const dev = process.argv.includes('--dev');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19))
  fail(`Node ${process.versions.node} is too old: use Node 20.19 or newer.`);

const env = { ...process.env };
for (const [name, value] of Object.entries(DEFAULTS)) env[name] ||= value;
env.APP_URL ||= `http://localhost:${env.PORT}`;
env.NODE_ENV ||= dev ? 'development' : 'production';

await requireServices(env);
ensureInstalled();

// `--no-build`: the caller built already (the end-to-end tests, after `npm test`'s build).
if (!process.argv.includes('--no-build')) {
  log('Building (cached after the first time)…');
  nx(['run-many', '-t', 'build']);
}

async function ensureDatabase(url) {
  const { Client } = createRequire(join(root, 'api', 'package.json'))('pg');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      log(`Created database ${name}.`);
    }
  } catch (error) {
    fail(
      `PostgreSQL at ${target.host} refused to create or check database ${name}: ${error.message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
await ensureDatabase(env.DATABASE_URL);

const children = [];
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
  Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}
function supervise(name, child) {
  children.push(child);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    log(`${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`);
    stopAll(code || 1);
  });
  return child;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

if (!env.NOTION_CLIENT_ID) {
  const sandboxPort = env.SANDBOX_PORT || String(Number(env.PORT) + 100);
  const { DEMO_OAUTH_CLIENT } = createRequire(join(root, 'api', 'package.json'))(
    join(root, 'api', 'dist', 'core', 'config', 'load-config.js'),
  );
  env.NOTION_API_BASE_URL = `http://127.0.0.1:${sandboxPort}`;
  env.SESSION_SECRET ||= randomBytes(32).toString('base64url');
  env.ENCRYPTION_KEY ||= randomBytes(32).toString('base64');
  log(
    `Demo mode: NOTION_CLIENT_ID is unset, so the bundled Notion sandbox runs at ${env.NOTION_API_BASE_URL} ` +
      'and SESSION_SECRET and ENCRYPTION_KEY are throwaway values for this run.',
  );
  const sandbox = supervise(
    'sandbox',
    startChild('sandbox', process.execPath, [join(root, 'sandbox', 'dist', 'cli.js')], {
      ...env,
      SANDBOX_PORT: sandboxPort,
      SANDBOX_HOST: '127.0.0.1',
      NOTION_CLIENT_ID: DEMO_OAUTH_CLIENT.id,
      NOTION_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
    }),
  );
  const up = await waitForOk(
    `${env.NOTION_API_BASE_URL}/v1/users/me`,
    20_000,
    () => sandbox.exitCode === null,
    {
      anyAnswer: true,
    },
  );
  if (!up) fail('The Notion sandbox did not start.');
}

const node = process.execPath;
const watch = dev ? ['--watch'] : [];
if (dev) {
  supervise(
    'tsc',
    startChild(
      'tsc',
      join(root, 'node_modules', '.bin', 'tsc'),
      ['-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput'],
      env,
    ),
  );
  supervise(
    'spa',
    startChild(
      'spa',
      join(root, 'node_modules', '.bin', 'vite'),
      ['--config', 'spa/vite.config.ts', 'spa'],
      { ...env, API_URL: env.APP_URL },
    ),
  );
}
const api = supervise(
  'api',
  startChild('api', node, [...watch, join(root, 'api', 'dist', 'main.js')], env),
);
supervise(
  'worker',
  startChild('worker', node, [...watch, join(root, 'api', 'dist', 'worker.js')], env),
);

if (await waitForOk(`http://127.0.0.1:${env.PORT}/ready`, 60_000, () => api.exitCode === null)) {
  log(
    `NotionChartKit is running at ${env.APP_URL}${dev ? ' (SPA with reload at http://localhost:5173)' : ''}`,
  );
  if (!env.NOTION_CLIENT_ID)
    log('Open it and click "Sign in with Notion": the sandbox consent page stands in for Notion.');
} else if (!stopping) {
  log('The API did not become ready within 60 s; see its log above.');
  stopAll(1);
}
