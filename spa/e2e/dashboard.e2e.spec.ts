import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@notionchartkit/test-browser';
import { join } from 'node:path';
import { choose } from './choose-option';
import { type DemoStack, startDemoStack } from './demo-stack';

/**
 * The newcomer's journey against the real product in demo mode: the sandbox stands in for
 * Notion, everything else is what `npm start` runs.
 */
describe('the dashboard in demo mode', () => {
  let stack: DemoStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startDemoStack(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  }, 150_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('signs in with Notion through the consent page and lists the workspace', async () => {
    await page.goto(stack.appUrl);
    await snap(page, 'sign-in');
    await page.getByRole('link', { name: /sign in with notion/i }).click();
    await snap(page, 'notion-consent');
    await page.getByRole('button', { name: /allow/i }).click();
    await page.waitForURL(`${stack.appUrl}/**`);
    await expectVisible(page, page.getByText('Ada Lovelace'));
    await page.getByRole('link', { name: 'Connections', exact: true }).click();
    await expectVisible(page, page.getByText('Acme Corp'));
    await snap(page, 'connections');
  });

  it('adds the sales pipeline and syncs it', async () => {
    await page.getByRole('link', { name: 'Datasets', exact: true }).click();
    await page.goto(`${stack.appUrl}/datasets/new`);
    await page.getByRole('button', { name: /^Add Deals$/ }).click();
    await page.waitForURL(/\/datasets\/[0-9a-f-]{36}$/);
    await expectVisible(page, page.getByText('Ready', { exact: true }), 60_000);
    await expectVisible(page, page.getByRole('region', { name: 'Row preview' }));
    await snap(page, 'dataset');
  });

  it('builds "Amount by close month", makes it public, and the embed shows the same numbers', async () => {
    await page.goto(`${stack.appUrl}/charts/new`);
    await page.getByLabel('Chart name').fill('Amount by close month');
    await page.getByLabel('Dataset').selectOption({ label: 'Deals' });
    await choose(page.getByLabel('Property on the x axis'), 'Close date');
    await page.getByLabel('Date bucket').selectOption({ label: 'Month' });
    await page.getByLabel('Aggregation of measure 1').selectOption({ label: 'Sum' });
    await choose(page.getByLabel('Property of measure 1'), 'Amount');
    // The preview follows the form; wait until it shows months (`Mar 2026`).
    await page.waitForFunction(() =>
      /^[A-Z][a-z]{2} 20\d\d$/.test(
        document.querySelector('table tbody tr th, table tbody tr td')?.textContent?.trim() ?? '',
      ),
    );
    const preview = await tableValues(page);
    expect(preview.length).toBeGreaterThan(3);
    await snap(page, 'chart-builder');

    await page.getByRole('button', { name: 'Save chart' }).click();
    await page.waitForURL(/\/charts\/[0-9a-f-]{36}$/);
    // A person clicks the switch's label; the input itself sits under its styled track.
    await page.locator('label.switch').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[role="switch"]')?.checked === true,
    );
    await expectVisible(page, page.getByText('The chart is public', { exact: false }));
    await snap(page, 'share');
    const embedUrl = (await page.locator('.snippet__code').first().innerText()).trim();
    expect(embedUrl).toMatch(new RegExp(`^${stack.appUrl}/e/[A-Za-z0-9_-]{22,}$`));

    const embed = await browser.newPage();
    await embed.goto(embedUrl);
    expect(await tableValues(embed)).toEqual(preview);
    await snap(embed, 'embed');
    await embed.close();
  });
});

/** The rows of the first data table on the page (the accessible copy of the chart). */
async function tableValues(page: Page): Promise<string[][]> {
  const table = page.locator('table').first();
  await table.locator('tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
  // The builder's table follows its chart in a deferred render: read it once it has.
  await page.locator('[aria-busy="true"] table').waitFor({ state: 'detached' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

/** With SCREENSHOTS_DIR set, keeps a picture of the page (the README's are made this way). */
async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`) });
}

async function expectVisible(
  page: Page,
  locator: ReturnType<Page['getByText']>,
  timeout = 15_000,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nPage text:\n${await page.locator('body').innerText()}`,
    );
  }
}
