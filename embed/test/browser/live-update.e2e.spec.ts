import type { PublicChartPayload } from '@notionchartkit/shared';
import type { Browser, Page } from 'playwright-core';
import { builtEmbed } from './built-embed';
import { CHARTS } from './chart-payloads';
import { launchChromium } from '@notionchartkit/test-browser';
import { type EmbedServer, startEmbedServer } from './embed-server';
import { chartDrawn, collectErrors, readDescription, readTable } from './page-readers';

let browser: Browser;
let server: EmbedServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startEmbedServer(builtEmbed.dir());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  errors = collectErrors(page);
});

afterEach(async () => {
  expect(errors).toEqual([]);
  await page.close();
});

/** The same chart with new values and a fresh `updatedAt`. */
function withValues(payload: PublicChartPayload, values: number[][]): PublicChartPayload {
  return {
    ...payload,
    updatedAt: new Date().toISOString(),
    data: {
      ...payload.data,
      series: payload.data.series.map((series, index) => ({ ...series, values: values[index] })),
    },
  };
}

async function openWatching(key: string): Promise<void> {
  await page.goto(`${server.origin}/e/${key}`);
  await server.listening(key);
}

describe('live updates', () => {
  it('redraws a chart, its description and its table when the data changes', async () => {
    server.setChart('deals', CHARTS.bar);
    await openWatching('deals');
    await chartDrawn(page);
    expect(await readTable(page)).toContainEqual(['Won', '42']);

    server.setChart('deals', withValues(CHARTS.bar, [[50, 18, 0]]));
    server.publishUpdate('deals');
    await page.locator('#nck-table td', { hasText: '50' }).waitFor();
    expect(await readTable(page)).toEqual([
      ['Category', 'Count'],
      ['Won', '50'],
      ['Lost', '18'],
      ['(empty)', '0'],
    ]);
    expect(await readDescription(page)).toBe(
      'Bar chart, Deals by stage: Won 50, Lost 18, (empty) 0.',
    );
    await expect(page.locator('time').innerText()).resolves.toBe('Updated just now');
  });

  it('rewrites the figures of a number chart', async () => {
    server.setChart('pipeline', CHARTS.number);
    await openWatching('pipeline');

    server.setChart('pipeline', withValues(CHARTS.number, [[2_500_000], [43]]));
    server.publishUpdate('pipeline');
    await page.locator('.nck-figure', { hasText: '$2.5M' }).waitFor();
    expect(await readTable(page)).toEqual([
      ['Measure', 'Value'],
      ['Sum of Amount', '$2,500,000.00'],
      ['Count', '43'],
    ]);
  });

  it('shows a chart as soon as its first sync lands', async () => {
    server.setChart('fresh', 'not_synced');
    await openWatching('fresh');
    await expect(page.getByRole('heading').innerText()).resolves.toBe('This chart is almost ready');

    server.setChart('fresh', CHARTS.pie);
    server.publishUpdate('fresh');
    await chartDrawn(page);
    expect(await readTable(page)).toContainEqual(['APAC', '4']);
  });

  it('says the chart is gone when it stops being public', async () => {
    server.setChart('leaving', CHARTS.line);
    await openWatching('leaving');
    await chartDrawn(page);

    server.setChart('leaving', 'private');
    server.publishUpdate('leaving');
    await page.getByRole('heading', { name: 'This chart is private' }).waitFor();
    // The data endpoint's 404 is how the page learns the chart is gone.
    expect(errors.splice(0)).toEqual([
      `Failed to load resource: the server responded with a status of 404 (Not Found) (${server.origin}/api/public/charts/leaving)`,
    ]);
  });
});
