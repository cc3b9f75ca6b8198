#!/usr/bin/env node
// `npm test`: every project's lint, type check and tests against real PostgreSQL and Redis.
// Each run gets its own databases and Redis prefix (see api/test/support), dropped after.
// Ends with one line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS, ensureInstalled, log, nxEnv, requireServices, root } from './lib.mjs';

const started = Date.now();
const env = { ...process.env, ...nxEnv };
await requireServices({ ...DEFAULTS, ...env });
ensureInstalled();

env.NCK_TEST_RUN_ID ||= `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
env.TEST_ADMIN_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';
env.TEST_REDIS_URL ||= DEFAULTS.REDIS_URL;

const nxBin = join(root, 'node_modules', '.bin', 'nx');
function step(name, command, args) {
  log(`${name}…`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

const failedChecks = [];
if (!step('Building', nxBin, ['run-many', '-t', 'build', '--outputStyle=static']))
  failedChecks.push('build');
if (
  !step('Lint and type check', nxBin, [
    'run-many',
    '-t',
    'lint',
    'typecheck',
    '--outputStyle=static',
  ])
) {
  failedChecks.push('lint/typecheck');
}

const resultsDir = join(root, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, 'jest.json');
step('Tests', join(root, 'node_modules', '.bin', 'jest'), [
  '--ci',
  '--json',
  '--maxWorkers=2',
  `--outputFile=${resultsFile}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  // A test file that cannot even load counts as a failure, not as zero tests.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} catch {
  failedChecks.push('jest (no results)');
}
failed += failedChecks.length;
const minutes = ((Date.now() - started) / 60000).toFixed(1);
if (failedChecks.length > 0) log(`Failed checks: ${failedChecks.join(', ')}`);
log(`Finished in ${minutes} min.`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
