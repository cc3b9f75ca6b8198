import type { Browser, Frame, Page } from 'playwright-core';
import { builtEmbed } from './built-embed';
import { CHARTS } from './chart-payloads';
import { launchChromium } from '@notionchartkit/test-browser';
import { type EmbedServer, startEmbedServer } from './embed-server';
import { type HostPageServer, startHostPage } from './host-page-server';
import { chartDrawn, collectErrors, readTable } from './page-readers';

let browser: Browser;
let server: EmbedServer;
let host: HostPageServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startEmbedServer(builtEmbed.dir());
  server.setChart('pipeline', CHARTS.number);
  server.setChart('deals', CHARTS.bar);
  // A site on another origin, embedding two charts with the loader.
  host =
    await startHostPage(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
    <div id="narrow" style="width:600px"><div data-notionchartkit="pipeline"></div></div>
    <div data-notionchartkit="deals"></div>
    <script src="${server.origin}/embed.js" async></script>
  </body></html>`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  errors = collectErrors(page);
  await page.goto(host.origin);
});

afterEach(async () => {
  expect(errors).toEqual([]);
  await page.close();
});

const frameSelector = (key: string) => `[data-notionchartkit="${key}"] iframe`;

/** The chart's frame, once its page has loaded. */
async function frameOf(key: string): Promise<Frame> {
  const frame = await (await page.locator(frameSelector(key)).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame for ${key}`);
  await frame.locator('#nck-content').waitFor();
  return frame;
}

/** The height the loader gave the chart's frame, in pixels. */
const frameHeight = (key: string) =>
  page.locator(frameSelector(key)).evaluate((frame) => parseInt(frame.style.height, 10));

/** Resolves once the loader has given the chart's frame another height than `from`. */
const frameResized = (key: string, from: number) =>
  page.waitForFunction(
    ([selector, previous]) =>
      parseInt(document.querySelector<HTMLElement>(selector)?.style.height ?? '', 10) !== previous,
    [frameSelector(key), from] as const,
  );

const contentHeight = (frame: Frame) =>
  frame
    .locator('#nck-content')
    .evaluate((content) => Math.ceil(content.getBoundingClientRect().height));

describe('charts embedded with embed.js', () => {
  it('fits the frame to a number chart’s figures, from the height the page posts', async () => {
    const frame = await frameOf('pipeline');
    await frameResized('pipeline', 400);
    expect(await readTable(frame)).toContainEqual(['Sum of Amount', '$12,345.00']);
    expect(await frameHeight('pipeline')).toBe(await contentHeight(frame));
    expect(await frameHeight('pipeline')).toBeLessThan(200);
  });

  it('follows the content when the frame narrows and the figures wrap', async () => {
    const frame = await frameOf('pipeline');
    await frameResized('pipeline', 400);
    const wide = await frameHeight('pipeline');

    await page.locator('#narrow').evaluate((narrow) => (narrow.style.width = '160px'));
    await frameResized('pipeline', wide);
    expect(await frameHeight('pipeline')).toBeGreaterThan(wide);
    expect(await frameHeight('pipeline')).toBe(await contentHeight(frame));
  });

  it('keeps the reserved height for a chart, which fills its frame', async () => {
    const frame = await frameOf('deals');
    await chartDrawn(frame);
    expect(await frameHeight('deals')).toBe(400);
    expect(await contentHeight(frame)).toBe(400);
    expect(await readTable(frame)).toContainEqual(['Won', '42']);
  });
});
