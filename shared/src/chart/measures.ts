import type { Aggregation, MeasureConfig, SchemaProperty } from '../contracts';
import {
  type Accumulator,
  AverageAccumulator,
  CellColumn,
  CountAccumulator,
  DistinctAccumulator,
  ExtremeAccumulator,
  type MeasureColumn,
  MedianAccumulator,
  NO_COLUMN,
  NumberColumn,
  SumAccumulator,
} from './accumulators';
import { traitsOf } from './property-kinds';

/** A measure ready to aggregate: its key, its label, and the part of each row it keeps. */
export interface MeasurePlan {
  readonly aggregation: Aggregation;
  readonly property: SchemaProperty | undefined;
  /** The cell each row gives the column; `undefined` for `count`, which reads none. */
  readonly propertyId: string | undefined;
  /** `<aggregation>:<property id or 'rows'>`, before any `|<group>`. */
  readonly key: string;
  readonly label: string;
  readonly format: string | undefined;
  readonly column: MeasureColumn;
  accumulator(slots: number): Accumulator;
}

export const NUMERIC_AGGREGATIONS: readonly Aggregation[] = ['sum', 'avg', 'median', 'min', 'max'];

/** The aggregations `cumulative` can run: their running totals mean something. */
export const ADDITIVE_AGGREGATIONS: readonly Aggregation[] = ['count', 'count_distinct', 'sum'];

export function measureKey(measure: MeasureConfig): string {
  return `${measure.aggregation}:${measure.aggregation === 'count' ? 'rows' : (measure.property ?? 'rows')}`;
}

const LABEL_PREFIX: Record<Exclude<Aggregation, 'count'>, string> = {
  count_distinct: 'Distinct',
  sum: 'Sum of',
  avg: 'Average of',
  median: 'Median of',
  min: 'Min of',
  max: 'Max of',
};

/** The measure's own label, else `Count`, `Distinct Stage`, `Sum of Amount`, … */
export function measureLabel(measure: MeasureConfig, property: SchemaProperty | undefined): string {
  if (measure.label) return measure.label;
  if (measure.aggregation === 'count') return 'Count';
  return `${LABEL_PREFIX[measure.aggregation]} ${property?.name ?? measure.property ?? ''}`;
}

/** `meta.format` and `Series.format`: only numeric measures over a number property have one. */
function measureFormat(
  measure: MeasureConfig,
  property: SchemaProperty | undefined,
): string | undefined {
  const isNumeric = NUMERIC_AGGREGATIONS.includes(measure.aggregation);
  return isNumeric && property?.type === 'number' ? property.format : undefined;
}

export function planMeasure(
  measure: MeasureConfig,
  properties: ReadonlyMap<string, SchemaProperty>,
): MeasurePlan {
  const property =
    measure.aggregation === 'count' || measure.property === undefined
      ? undefined
      : properties.get(measure.property);
  const base = {
    aggregation: measure.aggregation,
    property,
    propertyId: measure.aggregation === 'count' ? undefined : measure.property,
    key: measureKey(measure),
    label: measureLabel(measure, property),
    format: measureFormat(measure, property),
  };
  switch (measure.aggregation) {
    case 'count':
      return { ...base, column: NO_COLUMN, accumulator: (slots) => new CountAccumulator(slots) };
    case 'count_distinct': {
      const column = new CellColumn(property ? traitsOf(property).neverEmpty : false);
      return {
        ...base,
        column,
        accumulator: (slots) => new DistinctAccumulator(slots, column.cells),
      };
    }
    case 'sum':
    case 'avg':
    case 'median':
    case 'min':
    case 'max': {
      const column = new NumberColumn();
      const create = numericAccumulator(measure.aggregation);
      return { ...base, column, accumulator: (slots) => create(slots, column.values) };
    }
  }
}

function numericAccumulator(
  aggregation: 'sum' | 'avg' | 'median' | 'min' | 'max',
): (slots: number, values: ArrayLike<number>) => Accumulator {
  switch (aggregation) {
    case 'sum':
      return (slots, values) => new SumAccumulator(slots, values);
    case 'avg':
      return (slots, values) => new AverageAccumulator(slots, values);
    case 'median':
      return (slots, values) => new MedianAccumulator(slots, values);
    case 'min':
      return (slots, values) => new ExtremeAccumulator(slots, values, false);
    case 'max':
      return (slots, values) => new ExtremeAccumulator(slots, values, true);
  }
}
