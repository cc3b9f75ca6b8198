#!/usr/bin/env node
// `npm run bench`: builds, runs every benchmark (`<project>/bench/*.bench.ts`) and the
// integration tests that measure sync costs (S1, S2, S5, S6), then writes docs/performance.md.
// Each benchmark prints one JSON line per target it measures (tools/bench-result); a bench
// that prints none is recorded as failed. `npm run bench -- p6 s4` runs only the benches
// whose file names contain one of the words; `--no-build` skips the build.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULTS, ensureInstalled, log, nx, nxEnv, requireServices, root } from './lib.mjs';

const BENCH_TIMEOUT_MS = 15 * 60_000;
/** Targets every run must account for; the doc says so for any left without a figure. */
const TARGETS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
/** Integration tests whose runs record a target's figure (api/test/support/bench-figures.ts). */
const FIGURE_TESTS = [
  'api/test/datasets/sync.e2e.spec.ts',
  'api/test/datasets/sync-dedupe.e2e.spec.ts',
];

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const only = args.filter((arg) => !arg.startsWith('--')).map((word) => word.toLowerCase());
const env = { ...process.env, ...nxEnv };
env.TEST_ADMIN_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';
env.TEST_REDIS_URL ||= DEFAULTS.REDIS_URL;

await requireServices({ ...DEFAULTS, ...env });
ensureInstalled();
if (build) {
  log('Building…');
  nx(['run-many', '-t', 'build', '--outputStyle=static']);
}

function findBenches() {
  const benches = [];
  for (const project of readdirSync(root, { withFileTypes: true })) {
    const dir = join(root, project.name, 'bench');
    if (!project.isDirectory() || project.name === 'node_modules' || !existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.bench.ts')) benches.push(relative(root, join(dir, file)));
    }
  }
  return benches.sort();
}

/** Runs a command, echoing its output with a prefix; resolves with its stdout and exit code. */
function run(name, command, commandArgs, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), BENCH_TIMEOUT_MS);
    let stdout = '';
    const echo = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim()) process.stdout.write(`${name.padEnd(28)}| ${line}\n`);
      }
    };
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString();
      echo(chunk);
    });
    child.stderr.on('data', echo);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, code: code ?? (signal ? 1 : 0) });
    });
  });
}

/** The result lines in some output: JSON objects with a `target`. */
function resultsIn(text) {
  const results = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const parsed = JSON.parse(line);
      if (typeof parsed.target === 'string') results.push(parsed);
    } catch {
      // not a result line
    }
  }
  return results;
}

const [startLoad] = loadavg();
const measuredAt = () => new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const results = [];

for (const bench of findBenches()) {
  if (only.length > 0 && !only.some((word) => bench.toLowerCase().includes(word))) continue;
  log(`Running ${bench}…`);
  const { stdout, code } = await run(bench.split('/').pop(), process.execPath, [
    'scripts/run-ts.mjs',
    bench,
  ]);
  const found = resultsIn(stdout).map((result) => ({ ...result, date: measuredAt() }));
  if (found.length === 0) {
    const target = (bench.match(/\/([a-z]\d+)-/)?.[1] ?? bench).toUpperCase();
    found.push({
      target,
      what: bench,
      figure: null,
      unit: '',
      pass: false,
      command: `node scripts/run-ts.mjs ${bench}`,
      note: `printed no result (exit ${code})`,
      date: measuredAt(),
    });
  }
  results.push(...found);
}

if (only.length === 0 || only.some((word) => /^s[1256]$|sync/.test(word))) {
  log('Running the integration tests that measure sync costs…');
  const figures = join(tmpdir(), `nck-bench-figures-${randomBytes(4).toString('hex')}.jsonl`);
  const { code } = await run(
    'sync cost tests',
    join(root, 'node_modules', '.bin', 'jest'),
    ['-c', 'api/jest.config.cjs', '--ci', ...FIGURE_TESTS],
    { NCK_BENCH_FIGURES: figures },
  );
  const recorded = existsSync(figures) ? resultsIn(readFileSync(figures, 'utf8')) : [];
  rmSync(figures, { force: true });
  // A failing test file fails its figures too, whatever they say.
  results.push(
    ...recorded.map((result) => ({
      ...result,
      pass: result.pass && code === 0,
      date: measuredAt(),
    })),
  );
}

const byTarget = (a, b) =>
  a.target.localeCompare(b.target, 'en', { numeric: true }) || a.what.localeCompare(b.what);
results.sort(byTarget);

const number = (value) =>
  value === undefined || value === null
    ? '—'
    : Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : value.toLocaleString('en-US', { maximumFractionDigits: 3 });
const cell = (text) => String(text).replaceAll('|', '\\|');

function writeDoc() {
  const missing = TARGETS.filter((target) => !results.some((result) => result.target === target));
  const rows = results.map(
    (result) =>
      `| ${[
        `**${result.target}**`,
        cell(result.what),
        `${number(result.figure)} ${cell(result.unit)}`.trim(),
        number(result.baseline),
        number(result.ratio),
        result.pass ? 'pass' : '**fail**',
        `\`${cell(result.command)}\``,
        result.date,
      ].join(' | ')} |`,
  );
  const notes = results
    .filter((result) => result.note)
    .map((result) => `- **${result.target}**: ${result.note}`);
  const cpu = cpus();
  const doc = [
    '# Performance',
    '',
    'Written by `npm run bench` ([scripts/bench.mjs](../scripts/bench.mjs)); do not edit by hand.',
    'The targets and how each is measured are in the design targets; the benchmarks live in',
    '`<project>/bench/` and the sync-cost figures come from the integration tests named below.',
    '',
    `Last run: ${measuredAt()} on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node`,
    `${process.version}, ${process.platform}; load average ${startLoad.toFixed(1)} when it started.`,
    'Shared machines swing ±20% or more from run to run (more under load: timings of a busy',
    'machine say little), so throughput is quoted as a ratio against a baseline measured in the',
    'same run.',
    '',
    '| target | what | figure | baseline | ratio | result | command | date |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(notes.length > 0 ? ['Notes:', '', ...notes, ''] : []),
    ...(missing.length > 0
      ? [`Targets without a figure in this run: ${missing.join(', ')}.`, '']
      : []),
  ].join('\n');
  writeFileSync(join(root, 'docs', 'performance.md'), doc);
}

if (only.length === 0) {
  writeDoc();
  log('Wrote docs/performance.md');
}
const failed = results.filter((result) => !result.pass);
for (const result of results) {
  log(
    `${result.target.padEnd(3)} ${result.pass ? 'pass' : 'FAIL'}  ${number(result.figure)} ${result.unit}  ${result.what}`,
  );
}
process.exit(failed.length === 0 ? 0 : 1);
