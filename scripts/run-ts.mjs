#!/usr/bin/env node
// Runs one TypeScript script (a benchmark, a maintenance command) without a build step:
// esbuild bundles our workspace sources, leaves npm packages external, and Node runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'tmp', 'run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.cjs'));
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external',
  alias: {
    '@notionchartkit/shared': join(root, 'shared/src/index.ts'),
    '@notionchartkit/notion-sandbox': join(root, 'sandbox/src/index.ts'),
    '@notionchartkit/test-browser': join(root, 'tools/test-browser/src/index.ts'),
    '@notionchartkit/bench-result': join(root, 'tools/bench-result/src/index.ts'),
  },
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
