import {
  buildChartJsConfig,
  type ChartPayload,
  describeChart,
  isChartJsType,
  type ResolvedTheme,
} from '@notionchartkit/shared';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// The same Chart.js parts the embed registers, so the preview draws what readers will see.
Chart.register(
  BarController,
  LineController,
  PieController,
  DoughnutController,
  ScatterController,
  CategoryScale,
  LinearScale,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  Filler,
  Legend,
  Tooltip,
  Title,
);

/**
 * Marked after each new drawing, for the preview-latency benchmark and for profiles in DevTools
 * (the embed marks `nck-chart-drawn` the same way).
 */
const DRAWN_MARK = 'nck-preview-drawn';

/**
 * Draws a chart payload with the shared engine's Chart.js config. Where there is no 2D context
 * (tests, very old browsers) nothing is drawn; the data table beside it still tells the data.
 */
export function ChartCanvas({ payload, theme }: { payload: ChartPayload; theme: ResolvedTheme }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    const { type } = payload;
    if (!context || !isChartJsType(type)) return;
    // Rebuilt on every change: inline plugins (background, data labels) are fixed at creation.
    const config = buildChartJsConfig({ ...payload, type }, { theme, animation: false });
    const chart = new Chart(context, config);
    // Chart.js draws in its constructor when animation is off. Only the latest mark is kept,
    // so a long session of edits does not grow the performance timeline.
    performance.clearMarks(DRAWN_MARK);
    performance.mark(DRAWN_MARK);
    return () => chart.destroy();
  }, [payload, theme]);
  return (
    <div className="chart-canvas">
      <canvas ref={canvas} role="img" aria-label={describeChart(payload)} />
    </div>
  );
}
