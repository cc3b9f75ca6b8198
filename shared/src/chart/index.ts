export { computeChartData, type ChartDataInput } from './compute-chart-data';
export { CHART_TYPES, CHART_TYPE_NAMES } from './chart-types';
export {
  checkChartConfig,
  type ConfigProblems,
  DATE_BUCKETS,
  AGGREGATIONS,
  FILTER_OPS,
} from './config-checks';
export { measureKey, measureLabel } from './measures';
export {
  buildChartJsConfig,
  cartesianChartJsConfig,
  circularChartJsConfig,
  scatterChartJsConfig,
  isChartJsType,
  type ChartJsChartType,
  type ChartPayload,
  type ChartRenderEnv,
} from './chartjs-config';
export {
  describeChart,
  chartDataTable,
  type ChartDataTable,
  type DescribeOptions,
  MAX_TABLE_POINTS,
} from './chart-description';
export { formatLabel, formatBucketLabel, formatTimeValue, truncateLabel } from './label-format';
export {
  formatNumber,
  formatNumberFigure,
  formatShare,
  NOTION_CURRENCIES,
  NO_VALUE,
  type NumberFormatOptions,
} from './number-format';
export { seriesValueFormatter, scatterXFormatter } from './value-format';
export {
  chartTheme,
  notionColor,
  resolveTheme,
  withAlpha,
  NOTION_COLOR_NAMES,
  type ChartTheme,
  type NotionColorName,
  type ResolvedTheme,
} from './themes';
export { isKnownTimeZone } from './zoned-calendar';
export {
  EMPTY_LABEL,
  OTHER_LABEL,
  UNTITLED_LABEL,
  CHECKED_LABEL,
  UNCHECKED_LABEL,
} from './reserved-labels';
export { MAX_GAPLESS_LABELS } from './axis';
export { dependsOnNow, nextRecomputeAt } from './recompute-schedule';
