import {
  buildChartJsConfig,
  type ChartJsChartType,
  type ChartPayload,
  type ChartRenderEnv,
} from '@notionchartkit/shared';
import { Chart, Legend, Tooltip } from 'chart.js';

// What every chart type uses; each bundle in chart-types/ registers its type's own parts. No
// Title: the page shows the title as text above the canvas.
Chart.register(Legend, Tooltip);

let chart: Chart | undefined;

/** Draws the page's chart, then updates it in place, so new values animate from the old ones. */
export function drawChart(
  canvas: HTMLCanvasElement,
  payload: ChartPayload & { type: ChartJsChartType },
  env: ChartRenderEnv,
): void {
  const config = buildChartJsConfig(payload, env);
  if (!chart) {
    chart = new Chart(canvas, config);
    return;
  }
  chart.data = config.data;
  chart.options = config.options ?? {};
  // The inline plugins (background, reference lines, data labels) close over theme and formats.
  chart.config.plugins?.splice(0, Infinity, ...(config.plugins ?? []));
  chart.update();
}

export type DrawChart = typeof drawChart;
