/**
 * P6: the chart engine turns 100,000 rows into chart data in ≤ 100 ms (grouped by a select,
 * x a date bucketed by month in Europe/Berlin, sum and avg), and time grows linearly with rows.
 *
 *   node scripts/run-ts.mjs shared/bench/p6-engine.bench.ts
 *
 * Rows are generated in memory with a fixed seed. Each size is timed several times, sizes
 * interleaved so machine noise spreads evenly; the median is quoted.
 */
import { reportBenchResult } from '@notionchartkit/bench-result';
import { type ChartConfig, computeChartData, type DatasetRow, type SchemaProperty } from '../src';

const SIZES = [10_000, 30_000, 100_000];
const ROUNDS = 15;
const WARM_UP_ROUNDS = 3;
const TARGET_MS = 100;

const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'];
const schema: SchemaProperty[] = [
  { id: 'title', name: 'Deal', type: 'title' },
  {
    id: 'stage',
    name: 'Stage',
    type: 'select',
    options: STAGES.map((name, index) => ({
      name,
      color: ['gray', 'blue', 'purple', 'yellow', 'green', 'red'][index],
    })),
  },
  { id: 'amount', name: 'Amount', type: 'number', format: 'dollar' },
  { id: 'close', name: 'Close date', type: 'date' },
];

const config: ChartConfig = {
  type: 'bar',
  x: { property: 'close', bucket: 'month' },
  y: [
    { aggregation: 'sum', property: 'amount' },
    { aggregation: 'avg', property: 'amount' },
  ],
  groupBy: { property: 'stage' },
  timezone: 'Europe/Berlin',
};

/** A small deterministic generator (mulberry32), so every run measures the same rows. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three years of deals: instants to the second (so most are distinct), some dates without time, some empty cells. */
function generateRows(count: number): DatasetRow[] {
  const next = random(count);
  const start = Date.UTC(2024, 0, 1);
  const span = 3 * 365 * 86_400_000;
  return Array.from({ length: count }, (_, index) => {
    const instant = new Date(start + Math.floor((next() * span) / 1000) * 1000).toISOString();
    const roll = next();
    return {
      pageId: `page-${index}`,
      lastEditedTime: instant,
      values: {
        title: `Deal ${index}`,
        stage: roll < 0.03 ? null : STAGES[Math.floor(next() * STAGES.length)],
        amount: roll > 0.95 ? null : Math.round(next() * 100_000) / 100,
        close: roll < 0.01 ? null : roll < 0.2 ? instant.slice(0, 10) : instant,
      },
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeOnce(rows: DatasetRow[]): number {
  const now = new Date('2026-06-01T12:00:00Z');
  const started = performance.now();
  const data = computeChartData({ config, schema, rows, now });
  const elapsed = performance.now() - started;
  if (data.meta.rowCount !== rows.length || data.labels.length < 36)
    throw new Error('unexpected chart data');
  return elapsed;
}

const datasets = SIZES.map((size) => ({ size, rows: generateRows(size), times: [] as number[] }));
for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
  for (const dataset of datasets) {
    const elapsed = timeOnce(dataset.rows);
    if (round >= WARM_UP_ROUNDS) dataset.times.push(elapsed);
  }
}

console.log(
  `P6 chart engine: bar, groupBy select, x date by month (Europe/Berlin), sum + avg; median of ${ROUNDS} runs`,
);
for (const { size, times } of datasets) {
  console.log(
    `  ${size.toLocaleString('en-US').padStart(7)} rows: ${median(times).toFixed(1).padStart(6)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
  );
}
const small = median(datasets[0].times);
const large = median(datasets[datasets.length - 1].times);
const sizeRatio = SIZES[SIZES.length - 1] / SIZES[0];
console.log(
  `  growth ${SIZES[0].toLocaleString('en-US')} → ${SIZES[SIZES.length - 1].toLocaleString('en-US')} rows: ${(large / small).toFixed(2)}× (linear: ${sizeRatio}×)`,
);
const met = large <= TARGET_MS;
console.log(
  `  target ≤ ${TARGET_MS} ms at ${SIZES[SIZES.length - 1].toLocaleString('en-US')} rows: ${met ? 'met' : 'NOT met'}`,
);
reportBenchResult({
  target: 'P6',
  what: `chart data from ${SIZES[SIZES.length - 1].toLocaleString('en-US')} rows (grouped, by month, two measures)`,
  figure: Number(large.toFixed(1)),
  unit: 'ms',
  ratio: Number((large / TARGET_MS).toFixed(2)),
  pass: met,
  command: 'node scripts/run-ts.mjs shared/bench/p6-engine.bench.ts',
  note: `${(large / small).toFixed(2)}× the time of ${SIZES[0].toLocaleString('en-US')} rows (linear: ${sizeRatio}×); ratio is to the ${TARGET_MS} ms bound`,
});
process.exitCode = met ? 0 : 1;
