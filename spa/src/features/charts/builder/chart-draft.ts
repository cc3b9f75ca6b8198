import type {
  ChartConfig,
  ChartOptions,
  ChartType,
  Dataset,
  MeasureConfig,
  SchemaProperty,
  XAxisConfig,
} from '@notionchartkit/shared';
import { measurePropertyOptions, takesBinSize, takesBucket, xAxisOptions } from './slot-options';

/** What the builder edits: a chart's name, dataset and config, saved or not. */
export interface ChartDraft {
  name: string;
  datasetId: string;
  config: ChartConfig;
}

/** The browser's zone, so "this month" means the user's month; the API's default is UTC. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const ORDER_BY_TYPE: Record<ChartType, readonly SchemaProperty['type'][]> = {
  bar: ['status', 'select', 'multi_select', 'date', 'created_time', 'people', 'checkbox', 'title'],
  pie: ['status', 'select', 'multi_select', 'checkbox', 'people', 'title'],
  doughnut: ['status', 'select', 'multi_select', 'checkbox', 'people', 'title'],
  line: ['date', 'created_time', 'last_edited_time', 'status', 'select'],
  area: ['date', 'created_time', 'last_edited_time', 'status', 'select'],
  scatter: ['number', 'date', 'created_time'],
  number: [],
};

/** A sensible x axis for a newcomer: dates by month for lines, categories for bars and pies. */
export function suggestX(
  schema: readonly SchemaProperty[],
  type: ChartType,
): XAxisConfig | undefined {
  const candidates = xAxisOptions(schema, type);
  const preferred =
    ORDER_BY_TYPE[type]
      .map((propertyType) => candidates.find((property) => property.type === propertyType))
      .find((property) => property !== undefined) ?? candidates[0];
  if (!preferred) return undefined;
  return type !== 'scatter' && takesBucket(schema, preferred.id)
    ? { property: preferred.id, bucket: 'month' }
    : { property: preferred.id };
}

export function newChartDraft(dataset: Dataset | undefined): ChartDraft {
  const config: ChartConfig = {
    type: 'bar',
    y: [{ aggregation: 'count' }],
    timezone: browserTimeZone(),
  };
  const draft = { name: '', datasetId: '', config };
  return dataset ? withDataset(draft, dataset) : draft;
}

/** Another dataset means other property ids: keep the look, choose the data afresh. */
export function withDataset(draft: ChartDraft, dataset: Dataset): ChartDraft {
  const { type } = draft.config;
  const x = type === 'number' ? undefined : suggestX(dataset.schema, type);
  const measure: MeasureConfig =
    type === 'scatter'
      ? withAggregation({ aggregation: 'sum' }, 'sum', dataset.schema, type)
      : { aggregation: 'count' };
  const config: ChartConfig = {
    type,
    ...(x ? { x } : {}),
    y: [measure],
    ...(draft.config.timezone ? { timezone: draft.config.timezone } : {}),
    ...(draft.config.options ? { options: draft.config.options } : {}),
  };
  return { name: draft.name || dataset.name, datasetId: dataset.id, config };
}

/**
 * A new type keeps what still fits: an x axis the type cannot take is replaced by a suggestion,
 * and a scatter's measures read number properties.
 */
export function withType(
  config: ChartConfig,
  type: ChartType,
  schema: readonly SchemaProperty[],
): ChartConfig {
  const next: ChartConfig = { ...config, type };
  if (type === 'number') return next;
  const xFits =
    config.x !== undefined && xAxisOptions(schema, type).some((p) => p.id === config.x?.property);
  if (!xFits) {
    const x = suggestX(schema, type);
    if (x) next.x = x;
    else delete next.x;
  } else if (type !== 'scatter' && config.x && takesBucket(schema, config.x.property)) {
    next.x = { bucket: 'month', ...config.x };
  }
  if (type === 'scatter') {
    next.y = config.y.map((measure) => {
      const options = measurePropertyOptions(schema, type, measure.aggregation);
      return options.some((property) => property.id === measure.property)
        ? measure
        : { ...measure, aggregation: 'sum', property: options[0]?.id };
    });
  }
  return next;
}

/** A measure with another aggregation drops a property the aggregation cannot read. */
export function withAggregation(
  measure: MeasureConfig,
  aggregation: MeasureConfig['aggregation'],
  schema: readonly SchemaProperty[],
  type: ChartType,
): MeasureConfig {
  const { label } = measure;
  if (aggregation === 'count' && type !== 'scatter')
    return { aggregation, ...(label ? { label } : {}) };
  const options = measurePropertyOptions(schema, type, aggregation);
  const property = options.some((option) => option.id === measure.property)
    ? measure.property
    : options[0]?.id;
  return { aggregation, property, ...(label ? { label } : {}) };
}

function withoutEmptyOptions(options: ChartOptions | undefined, type: ChartType) {
  if (!options) return undefined;
  const kept: ChartOptions = { ...options };
  if (!kept.title) delete kept.title;
  if (!kept.colors?.length) delete kept.colors;
  if (type !== 'bar') delete kept.horizontal;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The config to check, preview and save: the draft without what the chosen type or x axis
 * ignores (the draft keeps it, so switching back restores it) and without empty inputs.
 */
export function effectiveConfig(
  config: ChartConfig,
  schema: readonly SchemaProperty[],
): ChartConfig {
  const { type } = config;
  const result: ChartConfig = { type, y: config.y.map(cleanMeasure(type)) };
  if (type !== 'number') {
    if (config.x) result.x = cleanX(config.x, type, schema);
    if (config.groupBy?.property) result.groupBy = config.groupBy;
  }
  if (config.filters?.length) result.filters = config.filters;
  if (type !== 'number' && type !== 'scatter') {
    if (config.sort) result.sort = config.sort;
    if (config.limit !== undefined) result.limit = config.limit;
    if (config.cumulative) result.cumulative = true;
    if (config.stacked && type !== 'pie' && type !== 'doughnut') result.stacked = config.stacked;
  }
  if (config.timezone) result.timezone = config.timezone;
  const options = withoutEmptyOptions(config.options, type);
  if (options) result.options = options;
  return result;
}

function cleanMeasure(type: ChartType) {
  return (measure: MeasureConfig): MeasureConfig => {
    const cleaned: MeasureConfig = { aggregation: measure.aggregation };
    if (type === 'scatter' || measure.aggregation !== 'count') cleaned.property = measure.property;
    if (measure.label) cleaned.label = measure.label;
    return cleaned;
  };
}

function cleanX(x: XAxisConfig, type: ChartType, schema: readonly SchemaProperty[]): XAxisConfig {
  const cleaned: XAxisConfig = { property: x.property };
  if (type === 'scatter') return cleaned;
  if (x.bucket && takesBucket(schema, x.property)) cleaned.bucket = x.bucket;
  if (x.binSize !== undefined && takesBinSize(schema, x.property)) cleaned.binSize = x.binSize;
  return cleaned;
}

export function draftOf(chart: {
  name: string;
  datasetId: string;
  config: ChartConfig;
}): ChartDraft {
  return { name: chart.name, datasetId: chart.datasetId, config: chart.config };
}
