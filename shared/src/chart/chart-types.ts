import type { ChartType } from '../contracts';

export const CHART_TYPES: readonly ChartType[] = [
  'bar',
  'line',
  'area',
  'pie',
  'doughnut',
  'scatter',
  'number',
];

/** How messages and screen-reader text name each type. */
export const CHART_TYPE_NAMES: Readonly<Record<ChartType, string>> = {
  bar: 'bar chart',
  line: 'line chart',
  area: 'area chart',
  pie: 'pie chart',
  doughnut: 'doughnut chart',
  scatter: 'scatter chart',
  number: 'number chart',
};
