/**
 * P1: the public chart data endpoint on a cache hit serves ≥ 85% of the requests per second
 * of a bare `node:http` + ioredis server returning the same stored payload (one Redis GET).
 * P2: at half its peak rate, 64 connections: p50 ≤ 3 ms, p99 ≤ 10 ms, 0 errors.
 *
 *   node scripts/run-ts.mjs api/bench/p1-p2-public-endpoint.bench.ts
 *
 * Both servers are pinned to core 0 and autocannon to core 1 (with `taskset`, where there is
 * one); rounds alternate API and baseline, and the median of the per-round ratios is quoted.
 * The API runs built, in production mode, logging warnings only, with the per-IP limits raised
 * out of the way (the limiter still runs on every request).
 */
import { reportBenchResult } from '@notionchartkit/bench-result';
import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Chart, Dataset } from '@notionchartkit/shared';
import Redis from 'ioredis';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort } from '../test/support/free-port';
import { REPO_ROOT, startBenchStack } from './support/bench-stack';

const CONNECTIONS = 64;
const ROUNDS = 5;
const ROUND_SECONDS = 5;
const LATENCY_SECONDS = 10;
const P1_BOUND = 0.85;
const P2_P50_MS = 3;
const P2_P99_MS = 10;
const COMMAND = 'node scripts/run-ts.mjs api/bench/p1-p2-public-endpoint.bench.ts';

const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const onCore = (core: number) => (pinned ? ['taskset', '-c', String(core)] : []);

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One autocannon run (on its own core) against `url`, read from its JSON report. */
async function load(url: string, seconds: number, rate?: number): Promise<Load> {
  const [command, ...args] = [
    ...onCore(1),
    process.execPath,
    join(REPO_ROOT, 'node_modules/autocannon/autocannon.js'),
    '-c',
    String(CONNECTIONS),
    '-d',
    String(seconds),
    ...(rate ? ['-R', String(Math.round(rate))] : []),
    '-j',
    url,
  ];
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await once(child, 'exit');
  const report = JSON.parse(out) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: report.requests.average,
    p50: report.latency.p50,
    p99: report.latency.p99,
    errors: report.errors + report.timeouts + report.non2xx,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The baseline server on core 0, serving `payload` from Redis; stopped with the returned function. */
async function startBareServer(redisUrl: string, payload: Buffer): Promise<[string, () => void]> {
  const key = `nck_bench_bare:${process.pid}`;
  const redis = new Redis(redisUrl);
  await redis.set(key, payload);
  const port = await freePort();
  const [command, ...args] = [
    ...onCore(0),
    process.execPath,
    join(REPO_ROOT, 'scripts/run-ts.mjs'),
    join(REPO_ROOT, 'api/bench/support/bare-redis-server.ts'),
  ];
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', REDIS_URL: redisUrl, BARE_KEY: key, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group: run-ts starts the server as a child of its own.
    detached: true,
  });
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve()),
  );
  const stop = () => {
    process.kill(-(child.pid as number), 'SIGTERM');
    void redis.del(key).finally(() => redis.disconnect());
  };
  return [`http://127.0.0.1:${port}/`, stop];
}

async function main(): Promise<void> {
  const stack = await startBenchStack({
    workers: 1,
    pinApi: onCore(0),
    vars: { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000', RATE_LIMIT_IP_PER_MINUTE: '1000000' },
  });
  let stopBare = () => {};
  try {
    const created = await stack.api<Dataset>('POST', '/api/datasets', {
      connectionId: stack.connectionId,
      dataSourceId: SEED_IDS.acme.salesDataSourceId,
    });
    const deals = await stack.waitUntilSynced(created.id, 60_000);
    const stage = deals.schema.find((property) => property.name === 'Stage');
    const chart = await stack.api<Chart>('POST', '/api/charts', {
      datasetId: deals.id,
      name: 'Deals by stage',
      config: { type: 'bar', x: { property: stage?.id }, y: [{ aggregation: 'count' }] },
      isPublic: true,
    });
    const publicUrl = `${stack.apiUrl}/api/public/charts/${chart.publicKey}`;
    let first = await fetch(publicUrl);
    for (let tries = 0; first.status !== 200 && tries < 100; tries++)
      first = await fetch(publicUrl);
    if (first.status !== 200) throw new Error(`the public endpoint answered ${first.status}`);
    const payload = Buffer.from(await first.arrayBuffer());

    const [bareUrl, stop] = await startBareServer(stack.redisUrl, payload);
    stopBare = stop;
    await load(publicUrl, 2);
    await load(bareUrl, 2);
    const api: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const ours = await load(publicUrl, ROUND_SECONDS);
      const bare = await load(bareUrl, ROUND_SECONDS);
      if (ours.errors > 0) throw new Error(`${ours.errors} errors from the public endpoint`);
      api.push(ours.requestsPerSecond);
      ratios.push(ours.requestsPerSecond / bare.requestsPerSecond);
      console.log(
        `  round ${round + 1}: public ${ours.requestsPerSecond.toFixed(0)} req/s, bare ${bare.requestsPerSecond.toFixed(0)} req/s, ${ratios[round].toFixed(3)}`,
      );
    }
    const ratio = median(ratios);
    const peak = median(api);
    console.log(
      `P1 public endpoint, ${payload.length} B payload: ${peak.toFixed(0)} req/s, ${(ratio * 100).toFixed(1)}% of bare node:http + ioredis (median of ${ROUNDS} rounds${pinned ? ', pinned' : ', not pinned: no taskset'})`,
    );
    const half = await load(publicUrl, LATENCY_SECONDS, peak / 2);
    // The same rate against the bare server tells what the machine and load generator add.
    const bareHalf = await load(bareUrl, LATENCY_SECONDS, peak / 2);
    console.log(
      `P2 at ${(peak / 2).toFixed(0)} req/s, ${CONNECTIONS} connections: p50 ${half.p50} ms, p99 ${half.p99} ms, ${half.errors} errors (bare server at the same rate: p50 ${bareHalf.p50} ms, p99 ${bareHalf.p99} ms)`,
    );

    reportBenchResult({
      target: 'P1',
      what: `public chart data, cache hit, ${payload.length} B, ${CONNECTIONS} connections`,
      figure: Math.round(peak),
      unit: 'req/s',
      baseline: Math.round(median(api.map((ours, round) => ours / ratios[round]))),
      ratio: Number(ratio.toFixed(3)),
      pass: ratio >= P1_BOUND,
      command: COMMAND,
      note: `baseline: bare node:http + ioredis, same payload; median of ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s${pinned ? '; servers on core 0, load on core 1' : ''}`,
    });
    reportBenchResult({
      target: 'P2',
      what: `public chart data at half the peak rate (${Math.round(peak / 2)} req/s), ${CONNECTIONS} connections`,
      figure: half.p99,
      unit: 'ms p99',
      ratio: Number((half.p99 / P2_P99_MS).toFixed(3)),
      pass: half.p50 <= P2_P50_MS && half.p99 <= P2_P99_MS && half.errors === 0,
      command: COMMAND,
      note: `p50 ${half.p50} ms (bound ${P2_P50_MS}), p99 bound ${P2_P99_MS} ms, ${half.errors} errors over ${LATENCY_SECONDS} s; bare node:http + ioredis at the same rate: p50 ${bareHalf.p50} ms, p99 ${bareHalf.p99} ms`,
    });
  } finally {
    stopBare();
    await stack.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
