import type { ErrorDetail } from './common';

export type ChartType = 'bar' | 'line' | 'area' | 'pie' | 'doughnut' | 'scatter' | 'number';
export type DateBucket = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Aggregation = 'count' | 'count_distinct' | 'sum' | 'avg' | 'median' | 'min' | 'max';
export type FilterOp =
  | 'eq'
  | 'neq'
  | 'contains'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'is_empty'
  | 'is_not_empty'
  | 'in_last_days'
  | 'in_current';
export type CalendarPeriod = 'week' | 'month' | 'quarter' | 'year';
export type Theme = 'light' | 'dark' | 'auto';

export interface XAxisConfig {
  property: string;
  bucket?: DateBucket;
  binSize?: number;
}

export interface MeasureConfig {
  aggregation: Aggregation;
  /** Required for every aggregation but `count`. */
  property?: string;
  label?: string;
}

export type FilterValue = string | number | boolean;

export interface FilterConfig {
  property: string;
  op: FilterOp;
  value?: FilterValue;
}

export interface SortConfig {
  by: 'label' | 'value';
  direction: 'asc' | 'desc';
}

export interface ReferenceLine {
  value: number;
  label?: string;
}

export interface ChartOptions {
  title?: string;
  theme?: Theme;
  background?: 'solid' | 'transparent';
  colors?: string[];
  horizontal?: boolean;
  legend?: boolean;
  dataLabels?: boolean;
  xLabel?: string;
  yLabel?: string;
  yMin?: number;
  yMax?: number;
  referenceLines?: ReferenceLine[];
}

export interface ChartConfig {
  type: ChartType;
  x?: XAxisConfig;
  y: MeasureConfig[];
  groupBy?: { property: string };
  filters?: FilterConfig[];
  sort?: SortConfig;
  limit?: number;
  cumulative?: boolean;
  stacked?: boolean | 'percent';
  /** IANA time zone; `UTC` when absent. */
  timezone?: string;
  options?: ChartOptions;
}

export interface Series {
  key: string;
  label: string;
  /** For every type but scatter: one value per label (one figure for `number`). */
  values?: (number | null)[];
  /** For scatter: one point per row. */
  points?: [number, number][];
  /** Notion option color of the group value, when the groupBy property has one. */
  color?: string;
  /** Notion number format of the measure's property (sum, avg, median, min, max over a number). */
  format?: string;
}

/**
 * What the x labels (or scatter x values) are, so renderers format them without guessing:
 * `date` labels are bucket keys (`2026-03`), `bin` labels are ranges (`0–100`), `number` and
 * `time` are scatter x values (`time`: epoch milliseconds, shown in `timezone`).
 */
export type ChartAxisKind = 'category' | 'date' | 'bin' | 'number' | 'time';

export interface ChartAxisMeta {
  kind: ChartAxisKind;
  /** For `date` axes. */
  bucket?: DateBucket;
  /** For `time` axes: the chart's IANA time zone. */
  timezone?: string;
  /** For `number` axes: the Notion number format of the x property. */
  format?: string;
}

export interface ChartDataMeta {
  rowCount: number;
  format?: string;
  datasetSyncedAt: string | null;
  computedAt: string;
  /** Absent for `number` charts. */
  xAxis?: ChartAxisMeta;
  /** Present when the series are stacked; `percent` values are shares (0–100). */
  stacked?: true | 'percent';
}

export interface ChartData {
  labels: string[];
  series: Series[];
  meta: ChartDataMeta;
  /** Notion option color per label (`null` where none), when x is a select, status or multi-select. */
  labelColors?: (string | null)[];
}

export interface ChartEmbed {
  url: string;
  iframe: string;
  script: string;
}

/**
 * Why a chart shows its last good data instead of fresh data: its config no longer fits its
 * dataset (a sync removed a property it reads, or changed its type). Owner-facing only.
 */
export interface ChartProblem {
  message: string;
  details: ErrorDetail[];
  /** When the problem was first seen. */
  since: string;
}

export interface Chart {
  id: string;
  datasetId: string;
  name: string;
  config: ChartConfig;
  isPublic: boolean;
  publicKey: string;
  allowedOrigins: string[];
  embed: ChartEmbed;
  createdAt: string;
  updatedAt: string;
  /** Set while the config no longer fits the dataset; `null` when the chart is fine. */
  problem?: ChartProblem | null;
}

/** `GET /api/charts/:id/data`: the chart's data, and why it is stale when it is. */
export interface ChartDataResponse extends ChartData {
  problem?: ChartProblem;
}

export interface CreateChartRequest {
  datasetId: string;
  name: string;
  config: ChartConfig;
  isPublic?: boolean;
  allowedOrigins?: string[];
}

export type UpdateChartRequest = Partial<Omit<CreateChartRequest, 'datasetId'>>;

export interface PreviewChartRequest {
  datasetId: string;
  config: ChartConfig;
}

/** `GET /api/public/charts/:publicKey`: the chart as its owner shows it, nothing else. */
export interface PublicChartPayload {
  name: string;
  type: ChartType;
  options: ChartOptions;
  data: ChartData;
  updatedAt: string;
}
