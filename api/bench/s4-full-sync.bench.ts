/**
 * S4: a full sync of 10,000 rows takes ≤ 1.25 × ⌈N/100⌉ / 3 s with the sandbox enforcing
 * Notion's 3 requests/s; S3: across every worker process, one connection sends ≤ 2.5
 * requests/s over any 10 s and ≤ 1% of its calls are answered 429.
 *
 *   node scripts/run-ts.mjs api/bench/s4-full-sync.bench.ts
 *
 * Needs the built API (`npx tsc -p api/tsconfig.build.json`; `npm run bench` builds), with
 * PostgreSQL and Redis as for the tests. Two worker processes share the work: first the
 * 10,000-row dataset alone, then three 2,000-row datasets of the same connection at once.
 */
import { reportBenchResult } from '@notionchartkit/bench-result';
import { DEMO_INTERNAL_TOKEN, NOTION_RATE_LIMIT } from '@notionchartkit/notion-sandbox';
import type { Dataset } from '@notionchartkit/shared';
import { busiestWindow } from '../src/notion/testing/busiest-window';
import { scrape, startBenchStack } from './support/bench-stack';

const ROWS = 10_000;
const CONCURRENT = [2_000, 2_000, 2_000];
const WORKERS = 2;
const SYNC_BOUND = 1.25;
const WINDOW_MS = 10_000;
const RATE_BOUND = 2.5;
const SHARE_429_BOUND = 0.01;
const COMMAND = 'node scripts/run-ts.mjs api/bench/s4-full-sync.bench.ts';

/** Least time between two consecutive of the sorted times. */
function closestGap(times: number[]): number {
  return Math.min(...times.slice(1).map((time, i) => time - times[i]));
}

async function main(): Promise<void> {
  const stack = await startBenchStack({
    workers: WORKERS,
    sandbox: { rateLimit: NOTION_RATE_LIMIT },
  });
  try {
    const { control } = stack.sandbox;
    const requestTimes: number[] = [];
    // When each request arrived, not when its answer went out: queries take the sandbox longer
    // to answer than schema reads, which would blur the spacing.
    control.events.on('request', ({ caller, receivedAt }) => {
      if (caller === DEMO_INTERNAL_TOKEN) requestTimes.push(receivedAt);
    });
    const newDataset = async (rows: number) => {
      const { dataSourceId } = control.generateLargeDataSource({ rows, title: `Orders ${rows}` });
      return stack.api<Dataset>('POST', '/api/datasets', {
        connectionId: stack.connectionId,
        dataSourceId,
        refreshIntervalMinutes: 0,
      });
    };
    control.resetCounters();

    // S4: the clock runs from the queued first sync to the dataset being ready.
    const started = Date.now();
    const large = await newDataset(ROWS);
    const synced = await stack.waitUntilSynced(large.id, 180_000);
    const seconds = (Date.now() - started) / 1000;
    if (synced.rowCount !== ROWS) throw new Error(`synced ${synced.rowCount} of ${ROWS} rows`);
    const ideal = Math.ceil(ROWS / 100) / NOTION_RATE_LIMIT.requestsPerSecond;
    const firstRequest = (Math.min(...requestTimes) - started) / 1000;
    const lastRequest = (Math.max(...requestTimes) - started) / 1000;
    console.log(
      `S4 full sync of ${ROWS.toLocaleString('en-US')} rows: ${seconds.toFixed(1)} s (ideal at 3 req/s: ${ideal.toFixed(1)} s, bound ${(SYNC_BOUND * ideal).toFixed(1)} s); ${requestTimes.length} requests, the first at ${firstRequest.toFixed(2)} s, the last at ${lastRequest.toFixed(2)} s`,
    );

    // S3: several syncs of the same connection at once, spread over the workers.
    const concurrent = await Promise.all(CONCURRENT.map(newDataset));
    await Promise.all(concurrent.map(({ id }) => stack.waitUntilSynced(id, 180_000)));
    const perWorker = await Promise.all(
      stack.workerMetrics.map((url) =>
        scrape(url, 'dataset_syncs_total', { outcome: 'succeeded' }),
      ),
    );
    const counts = control.counters().byToken[DEMO_INTERNAL_TOKEN];
    const total = counts?.total ?? 0;
    const limited = counts?.rateLimited ?? 0;
    const share = total === 0 ? 0 : limited / total;
    const starts = requestTimes.sort((x, y) => x - y);
    const busiest = busiestWindow(starts, WINDOW_MS);
    const peak = busiest / (WINDOW_MS / 1000);
    const gap = closestGap(starts);
    console.log(
      `S3 one connection, ${WORKERS} workers (syncs per worker: ${perWorker.join(', ')}): ${total} requests, ${limited} answered 429 (${(share * 100).toFixed(2)}%); busiest ${WINDOW_MS / 1000} s: ${busiest} requests, peak ${peak.toFixed(2)} req/s; closest two requests ${gap} ms apart`,
    );

    reportBenchResult({
      target: 'S4',
      what: `full sync of ${ROWS.toLocaleString('en-US')} rows, sandbox at 3 req/s, ${WORKERS} workers`,
      figure: Number(seconds.toFixed(1)),
      unit: 's',
      baseline: Number(ideal.toFixed(1)),
      ratio: Number((seconds / ideal).toFixed(3)),
      pass: seconds <= SYNC_BOUND * ideal,
      command: COMMAND,
      note: `baseline: ⌈N/100⌉/3 s, the floor at Notion's rate; bound ${SYNC_BOUND}×`,
    });
    reportBenchResult({
      target: 'S3',
      what: `one connection's busiest ${WINDOW_MS / 1000} s across ${WORKERS} workers, ${1 + CONCURRENT.length} syncs`,
      figure: Number(peak.toFixed(2)),
      unit: 'req/s',
      ratio: Number((peak / RATE_BOUND).toFixed(3)),
      pass: share <= SHARE_429_BOUND && peak <= RATE_BOUND,
      command: COMMAND,
      note: `${limited} of ${total} calls answered 429 (${(share * 100).toFixed(2)}%, bound 1%); busiest ${WINDOW_MS / 1000} s ${busiest} requests as the sandbox received them, closest two ${gap} ms apart; ratio is to the ${RATE_BOUND} req/s bound`,
    });
  } finally {
    await stack.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
