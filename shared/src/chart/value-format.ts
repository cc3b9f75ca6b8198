import type { ChartData, Series } from '../contracts';
import { formatTimeValue } from './label-format';
import { formatNumber, formatShare, NO_VALUE, type NumberFormatOptions } from './number-format';

/** How a series' values read: shares on a 100%-stacked chart, else its measure's Notion format. */
export function seriesValueFormatter(
  data: ChartData,
  series: Series | undefined,
  options: NumberFormatOptions = {},
): (value: number | null | undefined) => string {
  if (data.meta.stacked === 'percent') return (value) => formatShare(value, options);
  const format = series?.format;
  return (value) => formatNumber(value, format, options);
}

/** Scatter x values: dates in the chart's zone, or numbers in the x property's format. */
export function scatterXFormatter(
  data: ChartData,
  options: NumberFormatOptions = {},
): (value: number) => string {
  const axis = data.meta.xAxis;
  if (axis?.kind === 'time') {
    return (ms) =>
      Number.isFinite(ms) ? formatTimeValue(ms, axis.timezone, options.locale) : NO_VALUE;
  }
  return (value) => formatNumber(value, axis?.format, options);
}
