import type { Frame, Page } from 'playwright-core';

/** The accessible data table, header row first, as a screen reader would read its cells. */
export function readTable(scope: Page | Frame): Promise<string[][]> {
  return scope
    .locator('#nck-table tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')),
    );
}

/** The chart's generated description (the canvas' or the figures' accessible name). */
export function readDescription(scope: Page | Frame): Promise<string | null> {
  return scope.locator('#nck-chart').getAttribute('aria-label');
}

/** Resolves once the renderer has drawn the chart on the canvas. */
export async function chartDrawn(scope: Page | Frame): Promise<void> {
  await scope.waitForFunction(() => performance.getEntriesByName('nck-chart-drawn').length > 0);
}

/** The canvas' colour at one of its pixels, as `[r, g, b, a]`. */
export function canvasPixel(page: Page, x = 2, y = 2): Promise<number[]> {
  return page
    .locator('canvas')
    .evaluate(
      (canvas: HTMLCanvasElement, [px, py]) =>
        Array.from(canvas.getContext('2d')?.getImageData(px, py, 1, 1).data ?? []),
      [x, y],
    );
}

/**
 * Every script error, console error and CSP violation the page reports from now on, but for
 * the page's own status: a 404 for an unknown chart is the answer, not a failure.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const pageStatus =
      message.location().url === page.url() && message.text().startsWith('Failed to load resource');
    if (message.type() === 'error' && !pageStatus) {
      errors.push(`${message.text()} (${message.location().url})`);
    }
  });
  return errors;
}
