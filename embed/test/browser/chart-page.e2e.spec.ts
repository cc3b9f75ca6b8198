import type { ChartType } from '@notionchartkit/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtEmbed } from './built-embed';
import { CHARTS } from './chart-payloads';
import { launchChromium } from '@notionchartkit/test-browser';
import { type EmbedServer, startEmbedServer } from './embed-server';
import { canvasPixel, chartDrawn, collectErrors, readDescription, readTable } from './page-readers';

let browser: Browser;
let server: EmbedServer;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startEmbedServer(builtEmbed.dir());
  for (const [type, payload] of Object.entries(CHARTS)) server.setChart(type, payload);
  server.setChart('secret', 'private');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  page = await context.newPage();
  errors = collectErrors(page);
});

afterEach(async () => {
  // Nothing the page did may have failed, or been blocked by the page's CSP.
  expect(errors).toEqual([]);
  await context.close();
});

const open = (path: string) => page.goto(`${server.origin}${path}`);
const backgroundOf = (selector: string) =>
  page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

describe('the chart page', () => {
  const expected: Record<ChartType, { description: string; table: string[][] }> = {
    bar: {
      description: 'Bar chart, Deals by stage: Won 42, Lost 17, (empty) 3.',
      table: [
        ['Category', 'Count'],
        ['Won', '42'],
        ['Lost', '17'],
        ['(empty)', '3'],
      ],
    },
    line: {
      description:
        'Line chart, Revenue by month: Jan 2026 $1,200.00, Feb 2026 $800.50, Mar 2026 $1,530.00.',
      table: [
        ['Date', 'Sum of Amount'],
        ['Jan 2026', '$1,200.00'],
        ['Feb 2026', '$800.50'],
        ['Mar 2026', '$1,530.00'],
      ],
    },
    area: {
      description:
        'Stacked area chart, Deals by quarter and region: EU: Q1 2026 3, Q2 2026 5; US: Q1 2026 4, Q2 2026 2.',
      table: [
        ['Date', 'EU', 'US'],
        ['Q1 2026', '3', '4'],
        ['Q2 2026', '5', '2'],
      ],
    },
    pie: {
      description: 'Pie chart, Deals by region: US 10, EU 7, APAC 4.',
      table: [
        ['Category', 'Count'],
        ['US', '10'],
        ['EU', '7'],
        ['APAC', '4'],
      ],
    },
    doughnut: {
      description: 'Doughnut chart, Tasks by status: Done 12, In progress 5.',
      table: [
        ['Category', 'Count'],
        ['Done', '12'],
        ['In progress', '5'],
      ],
    },
    scatter: {
      description:
        'Scatter chart, Amount against score: Amount: 2 points, x from 1 to 3, y from 200 to 450.',
      table: [
        ['Series', 'Score', 'Amount'],
        ['Amount', '1', '200'],
        ['Amount', '3', '450'],
      ],
    },
    number: {
      description: 'Number chart, Pipeline: Sum of Amount $12,345.00; Count 42.',
      table: [
        ['Measure', 'Value'],
        ['Sum of Amount', '$12,345.00'],
        ['Count', '42'],
      ],
    },
  };

  it.each(Object.keys(CHARTS).filter((type) => type !== 'number'))(
    'draws a %s chart on a canvas that fills the frame, described and tabulated',
    async (type) => {
      const response = await open(`/e/${type}`);
      expect(response?.status()).toBe(200);
      await chartDrawn(page);
      expect(await readDescription(page)).toBe(expected[type as ChartType].description);
      expect(await readTable(page)).toEqual(expected[type as ChartType].table);
      const canvas = await page.locator('canvas').boundingBox();
      expect(canvas?.width).toBeGreaterThan(600);
      expect(canvas?.height).toBeGreaterThan(300);
    },
  );

  it('shows a number chart as big figures, with no canvas', async () => {
    await open('/e/number');
    await expect(page.locator('.nck-figure').allInnerTexts()).resolves.toEqual([
      '$12,345.00\nSum of Amount',
      '42\nCount',
    ]);
    expect(await readDescription(page)).toBe(expected.number.description);
    expect(await readTable(page)).toEqual(expected.number.table);
    expect(await page.locator('canvas').count()).toBe(0);
  });

  it('shows the title above the chart and when the data was updated', async () => {
    await open('/e/line');
    await chartDrawn(page);
    await expect(page.getByRole('heading').innerText()).resolves.toBe('Revenue, first quarter');
    await expect(page.locator('time').innerText()).resolves.toMatch(/^Updated \d+ \w+ ago$/);
  });

  it('is dark with ?theme=dark, page and chart alike', async () => {
    await open('/e/bar?theme=dark');
    await chartDrawn(page);
    expect(await backgroundOf('body')).toBe('rgb(25, 25, 25)');
    expect(await canvasPixel(page)).toEqual([25, 25, 25, 255]);
  });

  it('follows the reader’s colour scheme by default, and its changes', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open('/e/bar');
    await chartDrawn(page);
    expect(await backgroundOf('body')).toBe('rgb(25, 25, 25)');
    expect(await canvasPixel(page)).toEqual([25, 25, 25, 255]);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(
      () =>
        document.querySelector('canvas')?.getContext('2d')?.getImageData(2, 2, 1, 1).data[0] ===
        255,
    );
    expect(await backgroundOf('body')).toBe('rgb(255, 255, 255)');
  });

  it('lets the embedding page show through with ?bg=transparent', async () => {
    await open('/e/pie?bg=transparent&theme=light');
    await chartDrawn(page);
    expect(await backgroundOf('body')).toBe('rgba(0, 0, 0, 0)');
    expect((await canvasPixel(page))[3]).toBe(0);
  });

  it('redraws to fill its frame when the frame is resized', async () => {
    await open('/e/bar');
    await chartDrawn(page);
    await page.setViewportSize({ width: 360, height: 260 });
    await page.waitForFunction(() => {
      const canvas = document.querySelector('canvas')?.getBoundingClientRect();
      return canvas && canvas.width < 360 && canvas.width > 320 && canvas.height < 260;
    });
    expect(await readTable(page)).toEqual(expected.bar.table);
  });

  it('says so, kindly, for a chart that does not exist', async () => {
    const response = await open('/e/no-such-chart');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading').innerText()).resolves.toBe('Chart not found');
    expect(await page.locator('script').count()).toBe(0);
  });

  it('says so for a private chart', async () => {
    await open('/e/secret');
    await expect(page.getByRole('heading').innerText()).resolves.toBe('This chart is private');
  });
});
