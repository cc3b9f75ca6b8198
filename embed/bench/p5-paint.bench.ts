/**
 * P5: `/e/:key` in headless Chromium with a warm cache: the chart painted ≤ 300 ms after
 * navigation start, median of 10 loads.
 *
 *   node scripts/run-ts.mjs embed/bench/p5-paint.bench.ts
 *
 * The page is served as the API serves it (test/browser/embed-server.ts) from 127.0.0.1, with
 * the renderer built from the current sources. "Painted" is when the frame that shows the
 * drawing is done: the renderer marks `nck-chart-drawn` right after drawing, and the time is
 * taken in a task posted from the next animation frame.
 *
 * These machines are shared and noisy, so the same run also times, interleaved, the first paint
 * of the page with no script (an unknown chart's): the floor the machine allows right now.
 */
import { rmSync } from 'node:fs';
import { buildEmbed } from '../test/browser/built-embed';
import { CHARTS } from '../test/browser/chart-payloads';
import { reportBenchResult } from '@notionchartkit/bench-result';
import { launchChromium } from '@notionchartkit/test-browser';
import { startEmbedServer } from '../test/browser/embed-server';

const TARGET_MS = 300;
const RUNS = 10;
const WARM_UP_RUNS = 3;

declare global {
  interface Window {
    nckPainted?: Promise<number>;
  }
}

/** Runs in the page before its scripts: times the paint after the renderer's first drawing. */
function timePaint(): void {
  const mark = performance.mark.bind(performance);
  window.nckPainted = new Promise((resolve) => {
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      if (name === 'nck-chart-drawn') {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      }
      return entry;
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const dir = buildEmbed();
  const server = await startEmbedServer(dir);
  server.setChart('deals', CHARTS.bar);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  await context.addInitScript(timePaint);
  const painted: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/e/deals`);
    const time = await page.evaluate(() => window.nckPainted);
    if (time === undefined) throw new Error('The page never drew its chart');
    await page.close();
    const staticPage = await context.newPage();
    await staticPage.goto(`${server.origin}/e/no-such-chart`);
    const staticPaint = await staticPage.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((entries) => resolve(entries.getEntries()[0].startTime)).observe({
            type: 'paint',
            buffered: true,
          });
        }),
    );
    await staticPage.close();
    if (run >= WARM_UP_RUNS) {
      painted.push(time);
      floor.push(staticPaint);
    }
  }
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });

  const result = median(painted);
  console.log(
    `P5 /e/:key bar chart, headless Chromium, warm cache: painted ${result.toFixed(0)} ms after navigation start (median of ${RUNS}; min ${Math.min(...painted).toFixed(0)}, max ${Math.max(...painted).toFixed(0)})`,
  );
  console.log(
    `  same run, first paint of a page with no script: ${median(floor).toFixed(0)} ms (median)`,
  );
  console.log(`  target ≤ ${TARGET_MS} ms: ${result <= TARGET_MS ? 'met' : 'NOT met'}`);
  reportBenchResult({
    target: 'P5',
    what: `/e/:key bar chart painted after navigation start, warm cache, median of ${RUNS}`,
    figure: Math.round(result),
    unit: 'ms',
    baseline: Math.round(median(floor)),
    ratio: Number((result / TARGET_MS).toFixed(3)),
    pass: result <= TARGET_MS,
    command: 'node scripts/run-ts.mjs embed/bench/p5-paint.bench.ts',
    note: `baseline: first paint of a page with no script in the same run; ratio is to the ${TARGET_MS} ms bound`,
  });
  process.exitCode = result <= TARGET_MS ? 0 : 1;
}

void main();
