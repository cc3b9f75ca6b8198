import type {
  Aggregation,
  ChartConfig,
  ChartType,
  DateBucket,
  ErrorDetail,
  FilterConfig,
  FilterOp,
  SchemaProperty,
} from '../contracts';
import { CHART_TYPE_NAMES, CHART_TYPES } from './chart-types';
import { ADDITIVE_AGGREGATIONS, measureKey, measureLabel, NUMERIC_AGGREGATIONS } from './measures';
import { describeProperty, type PropertyTraits, traitsOf } from './property-kinds';
import { CALENDAR_PERIODS, isCalendarPeriod } from './row-filters';
import { STACKABLE_TYPES } from './series-assembly';
import { isKnownTimeZone, parseDateValue } from './zoned-calendar';

export interface ConfigProblems {
  status: 400 | 422;
  details: ErrorDetail[];
}

export const DATE_BUCKETS: readonly DateBucket[] = ['day', 'week', 'month', 'quarter', 'year'];
export const AGGREGATIONS: readonly Aggregation[] = [
  'count',
  'count_distinct',
  'sum',
  'avg',
  'median',
  'min',
  'max',
];
export const FILTER_OPS: readonly FilterOp[] = [
  'eq',
  'neq',
  'contains',
  'gt',
  'gte',
  'lt',
  'lte',
  'is_empty',
  'is_not_empty',
  'in_last_days',
  'in_current',
];
const MAX_DAYS = 3650;

const AGGREGATION_NAMES: Record<Aggregation, string> = {
  count: 'count',
  count_distinct: 'distinct count',
  sum: 'sum',
  avg: 'average',
  median: 'median',
  min: 'min',
  max: 'max',
};

/** "a bar chart", "an area chart". */
function aChart(type: ChartType): string {
  const name = CHART_TYPE_NAMES[type];
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** Collects problems: malformed fields (400) and well-formed but impossible ones (422). */
class Problems {
  readonly malformed: ErrorDetail[] = [];
  readonly impossible: ErrorDetail[] = [];

  bad(field: string, problem: string): void {
    this.malformed.push({ field: `config.${field}`, problem });
  }

  impossibleAt(field: string, problem: string): void {
    this.impossible.push({ field: `config.${field}`, problem });
  }

  result(): ConfigProblems | null {
    // A malformed config is answered first: its 422s may only be echoes of the 400s.
    if (this.malformed.length > 0) return { status: 400, details: this.malformed };
    if (this.impossible.length > 0) return { status: 422, details: this.impossible };
    return null;
  }
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The semantic checks of the contract, field by field (`config.y.0.property`), so the SPA can
 * show each problem where it is. Structural checks of the JSON are the API's DTOs' job; this
 * only guards against them enough not to throw.
 */
export function checkChartConfig(
  config: ChartConfig,
  schema: readonly SchemaProperty[],
): ConfigProblems | null {
  const problems = new Problems();
  const properties = new Map(schema.map((property) => [property.id, property]));
  const type: ChartType = CHART_TYPES.includes(config.type) ? config.type : 'bar';
  if (type !== config.type) problems.bad('type', `must be one of ${CHART_TYPES.join(', ')}`);

  /** The property at `field`, reporting a missing or unknown id. */
  const lookUp = (field: string, id: unknown): SchemaProperty | undefined => {
    if (typeof id !== 'string' || id === '') {
      problems.bad(field, 'is required');
      return undefined;
    }
    const property = properties.get(id);
    if (!property) problems.impossibleAt(field, `no property with id "${id}" in this dataset`);
    return property;
  };

  if (
    config.timezone !== undefined &&
    !(typeof config.timezone === 'string' && isKnownTimeZone(config.timezone))
  ) {
    problems.bad(
      'timezone',
      `"${String(config.timezone)}" is not an IANA time zone (such as Europe/Berlin)`,
    );
  }

  const xTraits = checkX(config, type, problems, lookUp);
  const continuousX =
    xTraits?.kind === 'date' || (xTraits?.kind === 'number' && config.x?.binSize !== undefined);
  checkMeasures(config, type, problems, lookUp);
  checkGroupBy(config, type, problems, lookUp);
  (config.filters ?? []).forEach((filter, index) =>
    checkFilter(filter, `filters.${index}`, problems, lookUp),
  );
  checkArrangement(config, type, continuousX, problems);
  checkOptions(config, problems);
  return problems.result();
}

type LookUp = (field: string, id: unknown) => SchemaProperty | undefined;

function checkX(
  config: ChartConfig,
  type: ChartType,
  problems: Problems,
  lookUp: LookUp,
): PropertyTraits | undefined {
  const { x } = config;
  if (type === 'number') {
    if (x) {
      problems.impossibleAt('x', 'a number chart shows one figure per measure and has no x axis');
    }
    return undefined;
  }
  if (!x) {
    problems.bad('x', `is required for ${aChart(type)}`);
    return undefined;
  }
  const property = lookUp('x.property', x.property);
  if (x.bucket !== undefined && x.binSize !== undefined) {
    problems.bad('x', 'takes bucket or binSize, not both');
  }
  if (x.bucket !== undefined && !DATE_BUCKETS.includes(x.bucket)) {
    problems.bad('x.bucket', `must be one of ${DATE_BUCKETS.join(', ')}`);
  }
  if (x.binSize !== undefined && !(isFiniteNumber(x.binSize) && x.binSize > 0)) {
    problems.bad('x.binSize', 'must be a number greater than 0');
  }
  if (!property) return undefined;
  const traits = traitsOf(property);
  if (type === 'scatter') {
    if (traits.kind !== 'number' && traits.kind !== 'date') {
      problems.impossibleAt(
        'x.property',
        `a scatter chart needs a number or date on x; ${describeProperty(property)}`,
      );
    }
    for (const field of ['bucket', 'binSize'] as const) {
      if (x[field] !== undefined) {
        problems.impossibleAt(
          `x.${field}`,
          `a scatter chart plots every row; it takes no ${field}`,
        );
      }
    }
    return traits;
  }
  if (x.bucket !== undefined && traits.kind !== 'date') {
    problems.impossibleAt(
      'x.bucket',
      `bucket needs a date property; ${describeProperty(property)}`,
    );
  }
  if (x.binSize !== undefined && traits.kind !== 'number') {
    problems.impossibleAt(
      'x.binSize',
      `binSize needs a number property; ${describeProperty(property)}`,
    );
  }
  return traits;
}

function checkMeasures(
  config: ChartConfig,
  type: ChartType,
  problems: Problems,
  lookUp: LookUp,
): void {
  if (!Array.isArray(config.y) || config.y.length === 0) {
    problems.bad('y', 'needs at least one measure');
    return;
  }
  const seen = new Map<string, number>();
  config.y.forEach((measure, index) => {
    const field = `y.${index}`;
    if (!AGGREGATIONS.includes(measure.aggregation)) {
      problems.bad(`${field}.aggregation`, `must be one of ${AGGREGATIONS.join(', ')}`);
      return;
    }
    if (measure.label !== undefined && typeof measure.label !== 'string') {
      problems.bad(`${field}.label`, 'must be text');
    }
    const name = AGGREGATION_NAMES[measure.aggregation];
    let property: SchemaProperty | undefined;
    if (type === 'scatter') {
      property = lookUp(`${field}.property`, measure.property);
      if (property && traitsOf(property).kind !== 'number') {
        problems.impossibleAt(
          `${field}.property`,
          `a scatter chart plots a number on y; ${describeProperty(property)}`,
        );
      }
    } else if (measure.aggregation === 'count') {
      if (measure.property !== undefined) {
        problems.bad(
          `${field}.property`,
          'count counts rows and takes no property (count_distinct counts values)',
        );
      }
    } else {
      property = lookUp(`${field}.property`, measure.property);
      if (
        property &&
        NUMERIC_AGGREGATIONS.includes(measure.aggregation) &&
        traitsOf(property).kind !== 'number'
      ) {
        problems.impossibleAt(
          `${field}.property`,
          `${name} needs a number property; ${describeProperty(property)}`,
        );
      }
    }
    const key = type === 'scatter' ? `scatter:${String(measure.property)}` : measureKey(measure);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      problems.impossibleAt(
        field,
        `repeats config.y.${first} (${measureLabel(config.y[first], property)}); each measure needs a different aggregation or property`,
      );
    }
  });
}

function checkGroupBy(
  config: ChartConfig,
  type: ChartType,
  problems: Problems,
  lookUp: LookUp,
): void {
  if (!config.groupBy) return;
  if (type === 'number') {
    problems.impossibleAt(
      'groupBy',
      'a number chart shows one figure per measure; it cannot be grouped',
    );
    return;
  }
  const property = lookUp('groupBy.property', config.groupBy.property);
  if (property && traitsOf(property).kind === 'date') {
    problems.impossibleAt(
      'groupBy.property',
      `series cannot be split by a date; ${describeProperty(property)} (put it on x)`,
    );
  }
}

type ValueShape =
  'text' | 'text or number' | 'number' | 'true or false' | 'date' | 'none' | 'days' | 'period';

/** What a filter's value must be, or why the op cannot apply to the property (422). */
function filterValueShape(
  op: FilterOp,
  property: SchemaProperty,
): ValueShape | { impossible: string } {
  const { kind } = traitsOf(property);
  const subject = describeProperty(property);
  const textShape: ValueShape = property.type === 'unique_id' ? 'text or number' : 'text';
  switch (op) {
    case 'is_empty':
    case 'is_not_empty':
      return 'none';
    case 'eq':
    case 'neq':
      if (kind === 'number') return 'number';
      if (kind === 'checkbox') return 'true or false';
      return kind === 'date' ? 'date' : textShape;
    case 'contains':
      if (kind === 'number' || kind === 'date' || kind === 'checkbox') {
        return { impossible: `contains works on text and lists; ${subject}` };
      }
      return textShape;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (kind === 'number') return 'number';
      if (kind === 'date') return 'date';
      return { impossible: `${op} compares numbers and dates; ${subject}` };
    case 'in_last_days':
    case 'in_current':
      if (kind !== 'date') return { impossible: `${op} needs a date property; ${subject}` };
      return op === 'in_last_days' ? 'days' : 'period';
  }
}

function valueFits(shape: ValueShape, value: unknown): boolean {
  switch (shape) {
    case 'none':
      return value === undefined;
    case 'text':
      return typeof value === 'string';
    case 'text or number':
      return typeof value === 'string' || isFiniteNumber(value);
    case 'number':
      return isFiniteNumber(value);
    case 'true or false':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && parseDateValue(value) !== null;
    case 'days':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_DAYS;
    case 'period':
      return isCalendarPeriod(value);
  }
}

const SHAPE_PROBLEMS: Record<ValueShape, string> = {
  none: 'takes no value',
  text: 'must be text',
  'text or number': 'must be text or a number',
  number: 'must be a number',
  'true or false': 'must be true or false',
  date: 'must be a date (YYYY-MM-DD) or an ISO instant',
  days: `must be a whole number of days from 1 to ${MAX_DAYS}`,
  period: `must be one of ${CALENDAR_PERIODS.join(', ')}`,
};

function checkFilter(
  filter: FilterConfig,
  field: string,
  problems: Problems,
  lookUp: LookUp,
): void {
  const property = lookUp(`${field}.property`, filter.property);
  if (!FILTER_OPS.includes(filter.op)) {
    problems.bad(`${field}.op`, `must be one of ${FILTER_OPS.join(', ')}`);
    return;
  }
  if (!property) return;
  const shape = filterValueShape(filter.op, property);
  if (typeof shape === 'object') problems.impossibleAt(`${field}.op`, shape.impossible);
  else if (!valueFits(shape, filter.value)) {
    const what = shape === 'none' ? filter.op : `${filter.op} on ${property.name}`;
    problems.bad(`${field}.value`, `${SHAPE_PROBLEMS[shape]} for ${what}`);
  }
}

/** sort, limit, cumulative and stacked: what they may be, and where they mean something. */
function checkArrangement(
  config: ChartConfig,
  type: ChartType,
  continuousX: boolean,
  problems: Problems,
): void {
  const { sort, limit, cumulative, stacked } = config;
  const noAxis = type === 'number' || type === 'scatter';
  if (sort !== undefined) {
    if (sort.by !== 'label' && sort.by !== 'value')
      problems.bad('sort.by', 'must be label or value');
    if (sort.direction !== 'asc' && sort.direction !== 'desc')
      problems.bad('sort.direction', 'must be asc or desc');
    if (!noAxis && continuousX && sort.by === 'value') {
      problems.impossibleAt(
        'sort.by',
        'a date or bin axis is always in order; it cannot be sorted by value',
      );
    }
  }
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit < 1)
      problems.bad('limit', 'must be a whole number of at least 1');
    else if (noAxis) problems.impossibleAt('limit', `${aChart(type)} has no categories to limit`);
    else if (continuousX) {
      problems.impossibleAt(
        'limit',
        'a date or bin axis shows every bucket; limit works on categories',
      );
    }
  }
  if (cumulative !== undefined && typeof cumulative !== 'boolean')
    problems.bad('cumulative', 'must be true or false');
  if (stacked !== undefined && typeof stacked !== 'boolean' && stacked !== 'percent') {
    problems.bad('stacked', 'must be true, false or "percent"');
  }
  if (cumulative === true) {
    if (noAxis)
      problems.impossibleAt('cumulative', `${aChart(type)} has no axis to accumulate along`);
    const other = (Array.isArray(config.y) ? config.y : []).find(
      (measure) => !ADDITIVE_AGGREGATIONS.includes(measure.aggregation),
    );
    if (other && AGGREGATIONS.includes(other.aggregation)) {
      problems.impossibleAt(
        'cumulative',
        `running totals need count, distinct count or sum measures; ${AGGREGATION_NAMES[other.aggregation]} is not one`,
      );
    }
  }
  if (stacked === true || stacked === 'percent') {
    if (!STACKABLE_TYPES.includes(type)) {
      problems.impossibleAt(
        'stacked',
        `stacking applies to bar, line and area charts, not ${aChart(type)}`,
      );
    } else if (!config.groupBy && !(Array.isArray(config.y) && config.y.length >= 2)) {
      problems.impossibleAt('stacked', 'stacking needs a groupBy or several measures');
    }
    if (stacked === 'percent' && cumulative === true) {
      problems.impossibleAt('stacked', 'percent stacking cannot be combined with cumulative');
    }
  }
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

function checkOptions(config: ChartConfig, problems: Problems): void {
  const { options } = config;
  if (!options) return;
  if (options.theme !== undefined && !['light', 'dark', 'auto'].includes(options.theme)) {
    problems.bad('options.theme', 'must be light, dark or auto');
  }
  if (options.background !== undefined && !['solid', 'transparent'].includes(options.background)) {
    problems.bad('options.background', 'must be solid or transparent');
  }
  (options.colors ?? []).forEach((color, index) => {
    if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
      problems.bad(`options.colors.${index}`, 'must be a hex color such as #2383e2');
    }
  });
  for (const bound of ['yMin', 'yMax'] as const) {
    if (options[bound] !== undefined && !isFiniteNumber(options[bound]))
      problems.bad(`options.${bound}`, 'must be a number');
  }
  if (
    isFiniteNumber(options.yMin) &&
    isFiniteNumber(options.yMax) &&
    options.yMin >= options.yMax
  ) {
    problems.impossibleAt('options.yMax', 'must be greater than yMin');
  }
  (options.referenceLines ?? []).forEach((line, index) => {
    if (!isFiniteNumber(line.value))
      problems.bad(`options.referenceLines.${index}.value`, 'must be a number');
  });
}
