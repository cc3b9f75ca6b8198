import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@notionchartkit/test-browser';
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
    await page.getByRole('link', { name: /sign in with notion/i }).click();
    await page.getByRole('button', { name: /allow/i }).click();
    await page.waitForURL(`${stack.appUrl}/**`);
    await expectVisible(page, page.getByText('Ada Lovelace'));
    await page.getByRole('link', { name: 'Connections', exact: true }).click();
    await expectVisible(page, page.getByText('Acme Corp'));
  });

  it('adds the sales pipeline and syncs it', async () => {
    await page.getByRole('link', { name: 'Datasets', exact: true }).click();
    await page.goto(`${stack.appUrl}/datasets/new`);
    await page.getByRole('button', { name: /^Add Deals$/ }).click();
    await page.waitForURL(/\/datasets\/[0-9a-f-]{36}$/);
    await expectVisible(page, page.getByText('Ready', { exact: true }), 60_000);
    await expectVisible(page, page.getByRole('region', { name: 'Row preview' }));
  });
});

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
