/**
 * P7 (second half): the chart builder's preview updates ≤ 100 ms after a config change, for a
 * dataset of 10,000 rows.
 *
 *   node scripts/run-ts.mjs spa/bench/p7-preview.bench.ts
 *
 * Starts the product in demo mode as `npm start` does (spa/e2e/demo-stack.ts; needs the build,
 * which `npm run bench` makes) and writes three years of deals, 10,000 rows, into the sandbox
 * (support/pipeline-history.ts). Signs in through the sandbox's consent page, adds the data
 * source, waits for the sync, opens the chart builder and waits until the browser holds every
 * row. Then it makes changes of several kinds (x property, date bucket from quarter to day,
 * aggregation, measures added and removed, split into series, chart type), three rounds that
 * each end where they started, and times each in the page: from the change's first event to
 * the frame after the preview drew. The preview marks `nck-preview-drawn` right after Chart.js
 * drew; the time is taken in a task posted from the next animation frame, when that frame has
 * been painted. The first change meets code that has not run yet and is quoted apart.
 *
 * These machines are shared: a busy one stretches single changes several times over, so the
 * result passes on the 95th percentile (and the cold change), and prints every change.
 */
import { reportBenchResult } from '@notionchartkit/bench-result';
import { launchChromium } from '@notionchartkit/test-browser';
import type { Page } from 'playwright-core';
import { choose } from '../e2e/choose-option';
import { startDemoStack } from '../e2e/demo-stack';
import { createPipelineHistory, PIPELINE_TITLE } from './support/pipeline-history';

const ROWS = 10_000;
const TARGET_MS = 100;
const CYCLES = 3;
const CHANGE_TIMEOUT_MS = 10_000;
const COMMAND = 'node scripts/run-ts.mjs spa/bench/p7-preview.bench.ts';

interface Timing {
  /** The change's first event (`input`, `change` or `click`). */
  changedAt: number;
  /** Chart.js has drawn the new preview. */
  drawnAt: number;
  /** The frame showing it is painted. */
  paintedAt: number;
}

declare global {
  interface Window {
    nckPreviewTiming?: {
      /** Times the next change; the promise settles once the preview has repainted. */
      arm(timeoutMs: number): void;
      result?: Promise<Timing>;
    };
  }
}

/** Runs in the page before its scripts: times the next change to the repaint after it. */
function timePreview(): void {
  let changedAt: number | undefined;
  let settle: ((timing: Timing) => void) | undefined;
  for (const type of ['input', 'change', 'click']) {
    addEventListener(
      type,
      (event) => {
        if (settle && changedAt === undefined) changedAt = event.timeStamp;
      },
      { capture: true },
    );
  }
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    const done = settle;
    const since = changedAt;
    if (name === 'nck-preview-drawn' && done && since !== undefined) {
      settle = undefined;
      const drawnAt = entry.startTime;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          done({ changedAt: since, drawnAt, paintedAt: performance.now() });
        channel.port2.postMessage(null);
      });
    }
    return entry;
  };
  window.nckPreviewTiming = {
    arm(timeoutMs) {
      changedAt = undefined;
      this.result = new Promise((resolve, reject) => {
        settle = resolve;
        setTimeout(() => reject(new Error('the preview did not redraw')), timeoutMs);
      });
    },
  };
}

/** One edit in the builder, as a person makes it. */
interface Change {
  kind: string;
  label: string;
  make(page: Page): Promise<void>;
}

/** Chooses an option, by the start of its text, in the select labelled `field`. */
const choice = (kind: string, field: string, option: string): Change => ({
  kind,
  label: `${field} → ${option}`,
  make: (page) => choose(page.getByLabel(field), option),
});
const xProperty = (name: string) => choice('x property', 'Property on the x axis', name);
const bucket = (name: string) => choice('date bucket', 'Date bucket', name);
const aggregation = (measure: number, name: string) =>
  choice('aggregation', `Aggregation of measure ${measure}`, name);
const splitBy = (name: string) => choice('split into series', 'Split into series by', name);
const chartType = (name: string): Change => ({
  kind: 'chart type',
  label: `type → ${name}`,
  // The radio sits under its styled tile; a person clicks the tile.
  make: (page) => page.locator('label.type-picker__option', { hasText: name }).click(),
});

/** From a new bar chart (count by Stage) and back to it. */
const CYCLE: Change[] = [
  xProperty('Close date'),
  bucket('Quarter'),
  bucket('Week'),
  bucket('Day'),
  bucket('Month'),
  {
    kind: 'measure added',
    label: 'add measure',
    make: (page) => page.getByRole('button', { name: 'Add measure' }).click(),
  },
  aggregation(2, 'Average'),
  aggregation(1, 'Sum'),
  splitBy('Region'),
  chartType('Line'),
  chartType('Bar'),
  splitBy('Nothing'),
  {
    kind: 'measure removed',
    label: 'remove measure 2',
    make: (page) => page.getByRole('button', { name: 'Remove measure 2' }).click(),
  },
  aggregation(1, 'Count rows'),
  xProperty('Tags'),
  xProperty('Stage'),
];

/**
 * What the preview tells (its chart's description, its data table), to check each change shows;
 * the table follows the chart in a deferred render, so this waits for it.
 */
async function previewContent(page: Page): Promise<string> {
  await page.locator('.preview-panel [aria-busy="true"] table').waitFor({ state: 'detached' });
  return page
    .locator('.preview-panel figure')
    .evaluate(
      (figure) =>
        `${figure.querySelector('canvas')?.getAttribute('aria-label')}\n${figure.querySelector('table')?.textContent}`,
    );
}

/** A change, its timing, and how many labels the preview showed after it. */
interface Timed {
  change: Change;
  timing: Timing;
  labels: number;
}

/** Makes one change and times it, checking that the preview then shows something else. */
async function timeChange(page: Page, change: Change): Promise<Timed> {
  const before = await previewContent(page);
  await page.evaluate((timeout) => window.nckPreviewTiming?.arm(timeout), CHANGE_TIMEOUT_MS);
  await change.make(page);
  const timing = await page
    .evaluate(() => window.nckPreviewTiming?.result)
    .catch((error: Error) => Promise.reject(new Error(`"${change.label}": ${error.message}`)));
  if (!timing) throw new Error('the timing script is missing from the page');
  if ((await previewContent(page)) === before)
    throw new Error(`"${change.label}" left the preview as it was`);
  const labels = await page.locator('.preview-panel table tbody tr').count();
  return { change, timing, labels };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile: a value that was measured. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const toPaint = ({ timing }: Timed) => timing.paintedAt - timing.changedAt;
const toDrawn = ({ timing }: Timed) => timing.drawnAt - timing.changedAt;

/** Prints the figures, then the result line: the first change apart, the rest together. */
function report(timed: Timed[]): void {
  const [cold, ...warm] = timed;
  const warmTimes = warm.map(toPaint);
  const typical = median(warmTimes);
  const high = percentile(warmTimes, 0.95);
  const slowest = warm.reduce((worst, each) => (toPaint(each) > toPaint(worst) ? each : worst));
  const kinds = [...new Set(warm.map(({ change }) => change.kind))];
  const pass = toPaint(cold) <= TARGET_MS && high <= TARGET_MS;
  const rows = ROWS.toLocaleString('en-US');
  console.log(`P7 chart builder preview, ${rows} rows, from a change to the repainted frame:`);
  console.log(
    `  first (cold) change, ${cold.change.label}: ${ms(toPaint(cold))} (drawn after ${ms(toDrawn(cold))})`,
  );
  console.log(
    `  ${warm.length} further changes: median ${ms(typical)}, 95th percentile ${ms(high)}, max ${ms(toPaint(slowest))} (${slowest.change.label}, ${slowest.labels} labels); drawn after ${ms(median(warm.map(toDrawn)))} (median)`,
  );
  for (const kind of kinds) {
    const times = warm.filter(({ change }) => change.kind === kind).map(toPaint);
    console.log(
      `    ${kind} (${times.length}): median ${ms(median(times))}, max ${ms(Math.max(...times))}`,
    );
  }
  console.log(
    `  every change in order, ms to the painted frame (to the drawing): ${timed.map((each) => `${toPaint(each).toFixed(0)} (${toDrawn(each).toFixed(0)})`).join(', ')}`,
  );
  console.log(`  target ≤ ${TARGET_MS} ms: ${pass ? 'met' : 'NOT met'}`);
  reportBenchResult({
    target: 'P7',
    what: `chart builder preview repainted after a config change, ${rows} rows: median of ${warm.length} changes`,
    figure: Number(typical.toFixed(1)),
    unit: 'ms',
    ratio: Number((typical / TARGET_MS).toFixed(3)),
    pass,
    command: COMMAND,
    note:
      `from the change's first event to the frame after Chart.js drew, ${kinds.length} kinds of change; ` +
      `95th percentile ${ms(high)}, max ${ms(toPaint(slowest))} (${slowest.change.label}, ${slowest.labels} labels); ` +
      `first (cold) change ${ms(toPaint(cold))}; passes when the cold change and the 95th percentile are within ${TARGET_MS} ms`,
  });
}

/** Signs in through the sandbox's consent page and adds the data source; resolves with its id. */
async function addDataset(page: Page, appUrl: string, name: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByRole('link', { name: /sign in with notion/i }).click();
  await page.getByRole('button', { name: /allow/i }).click();
  await page.waitForURL(`${appUrl}/**`);
  await page.goto(`${appUrl}/datasets/new`);
  await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
  await page.waitForURL(/\/datasets\/[0-9a-f-]{36}$/);
  await page.getByText('Ready', { exact: true }).first().waitFor({ timeout: 180_000 });
  const id = new URL(page.url()).pathname.split('/').pop();
  if (!id) throw new Error(`no dataset id in ${page.url()}`);
  return id;
}

async function main(): Promise<void> {
  // Only the benchmark's data source, unthrottled: the sync is not what is measured here.
  const stack = await startDemoStack({ SANDBOX_SEED: 'none', SANDBOX_RATE_LIMIT: 'off' });
  const browser = await launchChromium();
  try {
    await createPipelineHistory(stack.sandboxUrl, ROWS);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.addInitScript(timePreview);
    const datasetId = await addDataset(page, stack.appUrl, PIPELINE_TITLE);
    await page.goto(`${stack.appUrl}/charts/new?datasetId=${datasetId}`);
    await page
      .getByText(`${ROWS.toLocaleString('en-US')} rows counted.`)
      .waitFor({ timeout: 120_000 })
      .catch(async (error: Error) => {
        const shown = await page.locator('main').innerText();
        throw new Error(`${error.message}\nThe builder shows:\n${shown}`);
      });

    const timed: Timed[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      for (const change of CYCLE) timed.push(await timeChange(page, change));
    }
    report(timed);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
