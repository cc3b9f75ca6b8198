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
 * Each load is a new page (usually a new renderer process, as a cross-site frame gets) of one
 * browser whose HTTP cache holds the renderer from the warm-up loads. The breakdown printed with
 * the figure says where the time went: the HTML's arrival, the renderer module's, the drawing.
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

/** Milliseconds after navigation start. */
interface LoadTimes {
  html: number;
  renderer: number;
  drawn: number;
  painted: number;
}

interface Load extends LoadTimes {
  /** Whether the renderer module came from the HTTP cache. */
  cached: boolean;
}

declare global {
  interface Window {
    nckPainted?: Promise<Load>;
  }
}

/** Runs in the page before its scripts: times the paint after the renderer's first drawing. */
function timePaint(): void {
  const mark = performance.mark.bind(performance);
  window.nckPainted = new Promise((resolve) => {
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      if (name === 'nck-chart-drawn') {
        const drawn = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const [page] = performance.getEntriesByType('navigation');
            const [renderer] = performance.getEntriesByType('resource');
            resolve({
              html: (page as PerformanceNavigationTiming).responseEnd,
              renderer: (renderer as PerformanceResourceTiming).responseEnd,
              drawn,
              painted: performance.now(),
              cached: (renderer as PerformanceResourceTiming).transferSize === 0,
            });
          };
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
  const loads: Load[] = [];
  const floor: number[] = [];
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/e/deals`);
    const times = await page.evaluate(() => window.nckPainted);
    if (times === undefined) throw new Error('The page never drew its chart');
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
      loads.push(times);
      floor.push(staticPaint);
    }
  }
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });

  const painted = loads.map((load) => load.painted);
  const result = median(painted);
  const at = (key: keyof LoadTimes) => median(loads.map((load) => load[key])).toFixed(0);
  console.log(
    `P5 /e/:key bar chart, headless Chromium, warm cache: painted ${result.toFixed(0)} ms after navigation start (median of ${RUNS}; min ${Math.min(...painted).toFixed(0)}, max ${Math.max(...painted).toFixed(0)})`,
  );
  console.log(
    `  medians: HTML received ${at('html')} ms, renderer module ${at('renderer')} ms (${loads.filter((load) => load.cached).length} of ${RUNS} from the HTTP cache), chart drawn ${at('drawn')} ms, painted ${at('painted')} ms`,
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
