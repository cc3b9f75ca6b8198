import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { DEMO_INTERNAL_TOKEN } from '../src/index';

/** The command-line entry point, bundled from source so the test does not depend on a build. */
describe('cli', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notion-sandbox-cli-'));
  const entry = join(dir, 'cli.cjs');

  beforeAll(async () => {
    await build({
      entryPoints: [resolve(__dirname, '../src/cli.ts')],
      outfile: entry,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'silent',
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(env: Record<string, string>): ChildProcessWithoutNullStreams {
    return spawn(process.execPath, [entry], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules'), ...env },
    });
  }

  it('starts from the environment, logs its URL, serves, and stops on SIGTERM', async () => {
    const child = run({ SANDBOX_PORT: '0', SANDBOX_SEED: 'none', SANDBOX_RATE_LIMIT: 'off' });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const started = JSON.parse(String((await lines.next()).value)) as { url: string; msg: string };
    expect(started.msg).toBe('notion sandbox listening');
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await fetch(`${started.url}/v1/users/me`, {
      headers: { authorization: `Bearer ${DEMO_INTERNAL_TOKEN}`, 'notion-version': '2025-09-03' },
    });
    expect(me.status).toBe(200);
    child.kill('SIGTERM');
    const stopped = JSON.parse(String((await lines.next()).value)) as {
      msg: string;
      signal: string;
    };
    expect(stopped).toMatchObject({ msg: 'notion sandbox stopped', signal: 'SIGTERM' });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('refuses a bad environment with one line per problem', async () => {
    const child = run({ SANDBOX_PORT: 'nope', SANDBOX_RATE_LIMIT: 'sometimes' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'notion-sandbox: SANDBOX_RATE_LIMIT should be "on" or "off", got "sometimes"',
      'notion-sandbox: SANDBOX_PORT should be a non-negative integer, got "nope"',
    ]);
  });
});
