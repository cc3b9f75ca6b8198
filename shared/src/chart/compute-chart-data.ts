import type { Cell, ChartConfig, ChartData, ChartDataMeta, SchemaProperty } from '../contracts';
import type { Axis } from './axis';
import { createGroupAxis, createXAxis } from './create-axis';
import { type AxisLayout, layoutAxis } from './label-order';
import { type MeasurePlan, planMeasure } from './measures';
import { compileFilters } from './row-filters';
import { scatterAxisMeta, scatterSeries } from './scatter-points';
import { assembleSeries, STACKABLE_TYPES } from './series-assembly';
import { ZonedCalendar } from './zoned-calendar';

export interface ChartDataInput {
  config: ChartConfig;
  schema: readonly SchemaProperty[];
  rows: Iterable<{ values: Readonly<Record<string, Cell>> }>;
  /** The time of computation: `in_last_days`, `in_current` and `meta.computedAt`. */
  now: Date;
  /** Related page id → title; an unknown page is labelled by its id. */
  relationTitles?: ReadonlyMap<string, string>;
  datasetSyncedAt?: string | null;
}

const NO_GROUP: readonly number[] = [0];
const NO_GROUP_POSITION = Int32Array.of(0);

/**
 * Rows → chart data, exactly as the contract's "Chart semantics" say. Assumes the config passed
 * `checkChartConfig`; never throws on well-formed input. Reads the rows once.
 */
export function computeChartData(input: ChartDataInput): ChartData {
  const { config } = input;
  const properties = new Map(input.schema.map((property) => [property.id, property]));
  const calendar = ZonedCalendar.of(config.timezone ?? 'UTC');
  const filter = compileFilters(config.filters, { properties, calendar, now: input.now });
  const context = { properties, calendar, relationTitles: input.relationTitles };
  const groupAxis = createGroupAxis(config, context);
  const baseMeta = {
    datasetSyncedAt: input.datasetSyncedAt ?? null,
    computedAt: input.now.toISOString(),
  };

  const xProperty = config.x ? properties.get(config.x.property) : undefined;
  if (config.type === 'scatter' && xProperty) {
    const { series, rowCount } = scatterSeries({
      rows: input.rows,
      filter,
      xProperty,
      measures: config.y,
      properties,
      groupProperty: config.groupBy?.property,
      groupAxis,
      calendar,
    });
    const meta: ChartDataMeta = { rowCount, ...baseMeta };
    const format = config.y[0] && planMeasure(config.y[0], properties).format;
    if (format !== undefined) meta.format = format;
    meta.xAxis = scatterAxisMeta(xProperty, calendar);
    return { labels: [], series, meta };
  }

  const { axis: xAxis, meta: xAxisMeta } = createXAxis(config, context);
  const measures = config.y.map((measure) => planMeasure(measure, properties));
  const measureIds = measures.map((measure) => measure.propertyId);
  const xId = config.x?.property ?? '';
  const groupId = config.groupBy?.property ?? '';

  // Pass 1: filter, and keep what each row counts under.
  const xKeys: (readonly number[])[] = [];
  const groupKeys: (readonly number[])[] = [];
  for (const { values } of input.rows) {
    if (filter && !filter(values)) continue;
    xKeys.push(xAxis.keysOf(values[xId]));
    if (groupAxis) groupKeys.push(groupAxis.keysOf(values[groupId]));
    for (let m = 0; m < measures.length; m++) {
      const id = measureIds[m];
      measures[m].column.push(id === undefined ? undefined : values[id]);
    }
  }
  const rowCount = xKeys.length;

  const xLayout =
    config.type === 'number'
      ? layoutAxis(xAxis, {})
      : layoutAxis(xAxis, {
          sort: config.sort,
          limit: config.limit,
          labelValue: needsLabelValues(config, xAxis)
            ? labelValues(xAxis, xKeys, measures[0])
            : undefined,
        });
  const groupLayout = groupAxis ? layoutAxis(groupAxis, {}) : null;

  // Pass 2: aggregate each membership into its label × group slot.
  const groupCount = groupLayout ? groupLayout.labels.length : 1;
  const groupPosition = groupLayout ? groupLayout.positionOf : NO_GROUP_POSITION;
  const accumulators = measures.map((measure) =>
    measure.accumulator(xLayout.labels.length * groupCount),
  );
  for (let row = 0; row < rowCount; row++) {
    const groups = groupAxis ? groupKeys[row] : NO_GROUP;
    for (const x of xKeys[row]) {
      const base = xLayout.positionOf[x] * groupCount;
      for (const group of groups) {
        const slot = base + groupPosition[group];
        for (const accumulator of accumulators) accumulator.add(slot, row);
      }
    }
  }

  const stacked = stackingOf(config);
  const series = assembleSeries({
    measures,
    accumulators,
    labelCount: xLayout.labels.length,
    groups: groupLayout && groupAxis ? groupColumns(groupLayout, groupAxis) : null,
    percent: stacked === 'percent',
    cumulative: config.cumulative === true && stacked !== 'percent',
  });

  const meta: ChartDataMeta = { rowCount, ...baseMeta };
  if (measures[0]?.format !== undefined) meta.format = measures[0].format;
  if (xAxisMeta) meta.xAxis = xAxisMeta;
  if (stacked) meta.stacked = stacked;
  const data: ChartData = {
    labels: config.type === 'number' ? [] : xLayout.labels,
    series,
    meta,
  };
  const labelColors = xLayout.labels.map((label) => xAxis.colorOf(label) ?? null);
  if (config.type !== 'number' && labelColors.some((color) => color !== null)) {
    data.labelColors = labelColors;
  }
  return data;
}

function needsLabelValues(config: ChartConfig, xAxis: Axis): boolean {
  return !xAxis.continuous && (config.limit !== undefined || config.sort?.by === 'value');
}

/** A label's value: the first measure over all of its rows, groups ignored. */
function labelValues(
  xAxis: Axis,
  xKeys: readonly (readonly number[])[],
  measure: MeasurePlan | undefined,
): ((labelIndex: number) => number | null) | undefined {
  if (!measure) return undefined;
  const accumulator = measure.accumulator(xAxis.labels.length);
  xKeys.forEach((keys, row) => {
    for (const x of keys) accumulator.add(x, row);
  });
  return (labelIndex) => accumulator.result(labelIndex);
}

function groupColumns(layout: AxisLayout, axis: Axis) {
  return { labels: layout.labels, colors: layout.labels.map((label) => axis.colorOf(label)) };
}

function stackingOf(config: ChartConfig): true | 'percent' | undefined {
  if (!config.stacked || !STACKABLE_TYPES.includes(config.type)) return undefined;
  return config.stacked === 'percent' ? 'percent' : true;
}
