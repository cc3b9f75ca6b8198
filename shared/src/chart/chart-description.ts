import type { ChartData, Series } from '../contracts';
import { CHART_TYPE_NAMES } from './chart-types';
import type { ChartPayload } from './chartjs-config';
import { formatLabel } from './label-format';
import { formatNumber } from './number-format';
import { scatterXFormatter, seriesValueFormatter } from './value-format';

export interface DescribeOptions {
  locale?: string;
  /** Labels named per series before "and N more". */
  maxLabels?: number;
  /** Series described before "and N more series". */
  maxSeries?: number;
}

function chartKind(payload: ChartPayload): string {
  const { stacked } = payload.data.meta;
  const base = CHART_TYPE_NAMES[payload.type];
  const horizontal = payload.type === 'bar' && payload.options?.horizontal === true;
  const parts = [
    stacked === 'percent' ? '100% stacked' : stacked ? 'stacked' : '',
    horizontal ? 'horizontal' : '',
    base,
  ].filter(Boolean);
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const count = (value: number, locale: string) =>
  formatNumber(value, 'number_with_commas', { locale });

function describeValues(
  data: ChartData,
  series: Series,
  options: Required<DescribeOptions>,
): string {
  const format = seriesValueFormatter(data, series, { locale: options.locale });
  const values = series.values ?? [];
  const shown = data.labels.slice(0, options.maxLabels).map((label, index) => {
    const value = values[index];
    return `${formatLabel(label, data.meta.xAxis)} ${value === null || value === undefined ? 'no value' : format(value)}`;
  });
  const hidden = data.labels.length - shown.length;
  return hidden > 0
    ? `${shown.join(', ')}, and ${count(hidden, options.locale)} more`
    : shown.join(', ');
}

function describePoints(data: ChartData, series: Series, locale: string): string {
  const points = series.points ?? [];
  if (points.length === 0) return `${series.label}: no points`;
  const formatX = scatterXFormatter(data, { locale });
  const formatY = seriesValueFormatter(data, series, { locale });
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const range = (values: number[], format: (value: number) => string) =>
    `from ${format(Math.min(...values))} to ${format(Math.max(...values))}`;
  const noun = points.length === 1 ? 'point' : 'points';
  return `${series.label}: ${count(points.length, locale)} ${noun}, x ${range(xs, formatX)}, y ${range(ys, formatY)}`;
}

/**
 * One sentence for screen readers (`aria-label` of the canvas): "Bar chart, Deals by stage:
 * Won 42, Lost 17." Values as the chart formats them; long charts are cut to the first labels
 * and series, saying how many more there are. The hidden data table carries everything.
 */
export function describeChart(payload: ChartPayload, describe: DescribeOptions = {}): string {
  const options: Required<DescribeOptions> = {
    locale: describe.locale ?? 'en-US',
    maxLabels: describe.maxLabels ?? 12,
    maxSeries: describe.maxSeries ?? 5,
  };
  const { data } = payload;
  const head = payload.name ? `${chartKind(payload)}, ${payload.name}` : chartKind(payload);
  const series = data.series.slice(0, options.maxSeries);
  const isEmpty =
    payload.type === 'scatter'
      ? data.series.every((one) => (one.points ?? []).length === 0)
      : data.series.length === 0 || (payload.type !== 'number' && data.labels.length === 0);
  if (isEmpty) return `${head}: no data.`;

  let parts: string[];
  if (payload.type === 'scatter') {
    parts = series.map((one) => describePoints(data, one, options.locale));
  } else if (payload.type === 'number') {
    parts = series.map((one) => {
      const value = one.values?.[0];
      const format = seriesValueFormatter(data, one, { locale: options.locale });
      return `${one.label} ${value === null || value === undefined ? 'no value' : format(value)}`;
    });
  } else if (data.series.length === 1) {
    parts = [describeValues(data, data.series[0], options)];
  } else {
    parts = series.map((one) => `${one.label}: ${describeValues(data, one, options)}`);
  }
  const hiddenSeries = data.series.length - series.length;
  if (hiddenSeries > 0) parts.push(`and ${count(hiddenSeries, options.locale)} more series`);
  return `${head}: ${parts.join('; ')}.`;
}

export interface ChartDataTable {
  columns: string[];
  rows: string[][];
  /** Set when rows were left out (scatter charts with very many points). */
  note?: string;
}

/** Scatter tables list at most this many points: the table is for reading, not for export. */
export const MAX_TABLE_POINTS = 1000;

function axisHeader(data: ChartData): string {
  switch (data.meta.xAxis?.kind) {
    case 'date':
      return 'Date';
    case 'bin':
      return 'Range';
    default:
      return 'Category';
  }
}

/** The visually hidden table of the embed page: one row per label (or point), values formatted. */
export function chartDataTable(
  payload: ChartPayload,
  options: { locale?: string } = {},
): ChartDataTable {
  const { data } = payload;
  const locale = options.locale ?? 'en-US';
  if (payload.type === 'number') {
    return {
      columns: ['Measure', 'Value'],
      rows: data.series.map((series) => [
        series.label,
        seriesValueFormatter(data, series, { locale })(series.values?.[0]),
      ]),
    };
  }
  if (payload.type === 'scatter') {
    const formatX = scatterXFormatter(data, { locale });
    const rows: string[][] = [];
    let total = 0;
    for (const series of data.series) {
      const formatY = seriesValueFormatter(data, series, { locale });
      for (const [x, y] of series.points ?? []) {
        total++;
        if (rows.length < MAX_TABLE_POINTS) rows.push([series.label, formatX(x), formatY(y)]);
      }
    }
    const table: ChartDataTable = {
      columns: ['Series', payload.options?.xLabel ?? 'X', payload.options?.yLabel ?? 'Y'],
      rows,
    };
    if (total > rows.length) {
      table.note = `Showing the first ${count(rows.length, locale)} of ${count(total, locale)} points.`;
    }
    return table;
  }
  const formatters = data.series.map((series) => seriesValueFormatter(data, series, { locale }));
  return {
    columns: [
      payload.options?.xLabel ?? axisHeader(data),
      ...data.series.map((series) => series.label),
    ],
    rows: data.labels.map((label, index) => [
      formatLabel(label, data.meta.xAxis),
      ...data.series.map((series, s) => formatters[s](series.values?.[index])),
    ]),
  };
}
