import type { Chart, ChartType as ChartJsType, Plugin } from 'chart.js';
import type { ReferenceLine } from '../contracts';

/**
 * Small Chart.js plugins passed inline with each config, so the renderer registers nothing
 * beyond Chart.js's own parts and the embed bundle stays small. Only types come from Chart.js.
 */

export function solidBackgroundPlugin(color: string): Plugin<ChartJsType> {
  return {
    id: 'nckBackground',
    beforeDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}

export interface ReferenceLineStyle {
  /** The scale the values are on (`y`, or `x` for horizontal bars). */
  scaleId: 'x' | 'y';
  color: string;
  font: string;
  format: (value: number) => string;
}

/** Dashed lines across the plot at fixed values (goals, thresholds), with their labels. */
export function referenceLinesPlugin(
  lines: readonly ReferenceLine[],
  style: ReferenceLineStyle,
): Plugin<ChartJsType> {
  return {
    id: 'nckReferenceLines',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales[style.scaleId];
      if (!scale) return;
      const area = chart.chartArea;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = style.color;
      ctx.fillStyle = style.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      ctx.font = style.font;
      for (const line of lines) {
        const pixel = scale.getPixelForValue(line.value);
        const text = line.label
          ? `${line.label} (${style.format(line.value)})`
          : style.format(line.value);
        ctx.beginPath();
        if (style.scaleId === 'y') {
          if (pixel < area.top || pixel > area.bottom) continue;
          ctx.moveTo(area.left, pixel);
          ctx.lineTo(area.right, pixel);
          ctx.stroke();
          ctx.textAlign = 'right';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, area.right - 4, pixel - 3);
        } else {
          if (pixel < area.left || pixel > area.right) continue;
          ctx.moveTo(pixel, area.top);
          ctx.lineTo(pixel, area.bottom);
          ctx.stroke();
          ctx.textAlign = 'left';
          ctx.textBaseline = 'top';
          ctx.fillText(text, pixel + 4, area.top + 2);
        }
      }
      ctx.restore();
    },
  };
}

export interface DataLabelStyle {
  /** Above points and vertical bars, right of horizontal bars, inside stacked segments, on slices. */
  placement: 'above' | 'right' | 'inside-vertical' | 'inside-horizontal' | 'slice';
  color: string;
  /** Text inside segments and slices sits on the series color. */
  insideColor: string;
  font: string;
  format: (value: number, datasetIndex: number) => string;
}

/** Values written on bars, points and slices; slices under 4% of their ring are left bare. */
export function dataLabelsPlugin(style: DataLabelStyle): Plugin<ChartJsType> {
  return {
    id: 'nckDataLabels',
    afterDatasetsDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = style.font;
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        if (!chart.isDatasetVisible(datasetIndex)) return;
        const values = dataset.data.map((value) => (typeof value === 'number' ? value : null));
        const total = values.reduce<number>((sum, value) => sum + Math.abs(value ?? 0), 0);
        chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
          const value = values[index];
          if (value === null || value === undefined) return;
          if (style.placement === 'slice' && (total === 0 || Math.abs(value) / total < 0.04))
            return;
          const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as {
            x: number;
            y: number;
            base?: number;
          };
          const text = style.format(value, datasetIndex);
          const inside = style.placement !== 'above' && style.placement !== 'right';
          ctx.fillStyle = inside ? style.insideColor : style.color;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          switch (style.placement) {
            case 'above':
              ctx.textBaseline = value < 0 ? 'top' : 'bottom';
              ctx.fillText(text, x, value < 0 ? y + 4 : y - 4);
              break;
            case 'right':
              ctx.textAlign = value < 0 ? 'right' : 'left';
              ctx.fillText(text, value < 0 ? x - 4 : x + 4, y);
              break;
            case 'inside-vertical':
              ctx.fillText(text, x, (y + (base ?? y)) / 2);
              break;
            case 'inside-horizontal':
              ctx.fillText(text, (x + (base ?? x)) / 2, y);
              break;
            case 'slice': {
              const position = element.tooltipPosition(true);
              ctx.fillText(text, position.x ?? x, position.y ?? y);
              break;
            }
          }
        });
      });
      ctx.restore();
    },
  };
}
