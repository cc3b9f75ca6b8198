import type { ChartPayload, ChartRenderEnv } from '@notionchartkit/shared';
import { Chart, type ChartConfiguration, Legend, Tooltip } from 'chart.js';

// What every chart type uses; each bundle in chart-types/ registers its type's own parts. No
// Title: the page shows the title as text above the canvas.
Chart.register(Legend, Tooltip);

/** The Chart.js configuration of the one chart type a bundle draws. */
export type BuildConfig = (payload: ChartPayload, env: ChartRenderEnv) => ChartConfiguration;

/**
 * Draws the page's chart with `buildConfig`, then updates it in place, so new values animate
 * from the old ones.
 */
export function chartDrawer(buildConfig: BuildConfig) {
  let chart: Chart | undefined;
  return (canvas: HTMLCanvasElement, payload: ChartPayload, env: ChartRenderEnv): void => {
    const config = buildConfig(payload, env);
    if (!chart) {
      chart = new Chart(canvas, config);
      return;
    }
    chart.data = config.data;
    chart.options = config.options ?? {};
    // The inline plugins (background, reference lines, data labels) close over theme and formats.
    chart.config.plugins?.splice(0, Infinity, ...(config.plugins ?? []));
    chart.update();
  };
}

export type DrawChart = ReturnType<typeof chartDrawer>;
