// Helpers shared by the start, test and bench scripts. Plain Node: they run before
// `npm install` has put anything in node_modules.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import net from 'node:net';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

export const DEFAULTS = {
  PORT: '3000',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/notionchartkit',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

const HOW_TO_GET = {
  PostgreSQL:
    'Start one with `docker compose up -d postgres` or `apt-get install postgresql`, or set DATABASE_URL.',
  Redis:
    'Start one with `docker compose up -d redis` or `apt-get install redis-server`, or set REDIS_URL.',
};

export function log(message) {
  process.stdout.write(`[notionchartkit] ${message}\n`);
}

export function fail(message, code = 1) {
  process.stderr.write(`[notionchartkit] ${message}\n`);
  process.exit(code);
}

/** Resolves when a TCP connection to host:port opens, rejects after `timeoutMs`. */
export function tcpReachable(host, port, timeoutMs = 3000) {
  return new Promise((resolvePromise, reject) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.end();
      resolvePromise();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function masked(url) {
  const copy = new URL(url);
  if (copy.password) copy.password = '***';
  return copy.toString();
}

/** Stops with one line naming PostgreSQL or Redis when either is unreachable. */
export async function requireServices(env) {
  const checks = [
    ['PostgreSQL', 'DATABASE_URL', env.DATABASE_URL, 5432],
    ['Redis', 'REDIS_URL', env.REDIS_URL, 6379],
  ];
  for (const [name, variable, url, defaultPort] of checks) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      fail(`${variable} is not a valid URL, so ${name} cannot be reached. ${HOW_TO_GET[name]}`);
    }
    const host = parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
    const port = Number(parsed.port || defaultPort);
    try {
      await tcpReachable(host, port);
    } catch (error) {
      fail(`${name} is not reachable at ${masked(url)} (${error.message}). ${HOW_TO_GET[name]}`);
    }
  }
}

/** Runs a command to completion, inheriting stdio; stops the script when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0)
    fail(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export const nxEnv = { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };

export function nx(args, options = {}) {
  run(join(root, 'node_modules', '.bin', 'nx'), args, {
    ...options,
    env: { ...process.env, ...nxEnv, ...(options.env ?? {}) },
  });
}

/** Starts a long-running child whose output is prefixed with its name. */
export function startChild(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`${name.padEnd(7)}| ${line}\n`);
    });
  }
  return child;
}

/** Polls `url` until it answers 200 (or anything, with `anyAnswer`) or `timeoutMs` passes. */
export async function waitForOk(url, timeoutMs, isAlive = () => true, { anyAnswer = false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive()) {
    try {
      const res = await fetch(url);
      if (res.ok || anyAnswer) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
