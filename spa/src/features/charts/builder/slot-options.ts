import {
  type Aggregation,
  AGGREGATIONS,
  type ChartConfig,
  type ChartType,
  checkChartConfig,
  FILTER_OPS,
  type FilterOp,
  type SchemaProperty,
} from '@notionchartkit/shared';

/**
 * Which properties fit each slot of the builder. The engine's own config checks decide, by
 * trying each candidate in a config that is otherwise sound and asking whether the slot's field
 * has a problem; so the builder never offers what the API would refuse.
 */
function fits(config: ChartConfig, schema: readonly SchemaProperty[], field: string): boolean {
  const problems = checkChartConfig(config, schema);
  return !problems?.details.some((detail) => detail.field === `config.${field}`);
}

const COUNT = [{ aggregation: 'count' as const }];

export function xAxisOptions(schema: readonly SchemaProperty[], type: ChartType): SchemaProperty[] {
  if (type === 'number') return [];
  return schema.filter((property) =>
    fits(
      type === 'scatter'
        ? { type, x: { property: property.id }, y: [{ aggregation: 'sum', property: property.id }] }
        : { type, x: { property: property.id }, y: COUNT },
      schema,
      'x.property',
    ),
  );
}

/** Date properties (and date formulas and rollups) take a bucket. */
export function takesBucket(schema: readonly SchemaProperty[], propertyId: string | undefined) {
  return (
    propertyId !== undefined &&
    schema.some((property) => property.id === propertyId) &&
    fits(
      { type: 'bar', x: { property: propertyId, bucket: 'month' }, y: COUNT },
      schema,
      'x.bucket',
    )
  );
}

/** Number properties (and number formulas and rollups) can be binned into ranges. */
export function takesBinSize(schema: readonly SchemaProperty[], propertyId: string | undefined) {
  return (
    propertyId !== undefined &&
    schema.some((property) => property.id === propertyId) &&
    fits({ type: 'bar', x: { property: propertyId, binSize: 10 }, y: COUNT }, schema, 'x.binSize')
  );
}

/** Properties a measure can read: numbers for sum and the like, anything for distinct counts. */
export function measurePropertyOptions(
  schema: readonly SchemaProperty[],
  type: ChartType,
  aggregation: Aggregation,
): SchemaProperty[] {
  if (type !== 'scatter' && aggregation === 'count') return [];
  return schema.filter((property) =>
    fits(
      type === 'scatter'
        ? { type, x: { property: property.id }, y: [{ aggregation, property: property.id }] }
        : { type: 'number', y: [{ aggregation, property: property.id }] },
      schema,
      'y.0.property',
    ),
  );
}

/** `count` always; the others when some property can take them. */
export function aggregationOptions(schema: readonly SchemaProperty[]): Aggregation[] {
  return AGGREGATIONS.filter(
    (aggregation) =>
      aggregation === 'count' || measurePropertyOptions(schema, 'bar', aggregation).length > 0,
  );
}

export function groupByOptions(schema: readonly SchemaProperty[]): SchemaProperty[] {
  return schema.filter((property) =>
    fits(
      { type: 'bar', x: { property: property.id }, y: COUNT, groupBy: { property: property.id } },
      schema,
      'groupBy.property',
    ),
  );
}

export function filterOpOptions(
  schema: readonly SchemaProperty[],
  propertyId: string | undefined,
): FilterOp[] {
  if (!propertyId || !schema.some((property) => property.id === propertyId)) return [];
  return FILTER_OPS.filter((op) =>
    fits(
      { type: 'number', y: COUNT, filters: [{ property: propertyId, op }] },
      schema,
      'filters.0.op',
    ),
  );
}

/** What a filter's value is entered as. */
export type FilterValueInput =
  'none' | 'text' | 'number' | 'boolean' | 'date' | 'days' | 'period' | 'option';

function acceptsValue(
  schema: readonly SchemaProperty[],
  propertyId: string,
  op: FilterOp,
  value: string | number | boolean,
): boolean {
  return fits(
    { type: 'number', y: COUNT, filters: [{ property: propertyId, op, value }] },
    schema,
    'filters.0.value',
  );
}

export function filterValueInput(
  schema: readonly SchemaProperty[],
  property: SchemaProperty,
  op: FilterOp,
): FilterValueInput {
  switch (op) {
    case 'is_empty':
    case 'is_not_empty':
      return 'none';
    case 'in_last_days':
      return 'days';
    case 'in_current':
      return 'period';
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return takesBucket(schema, property.id) ? 'date' : 'number';
    case 'eq':
    case 'neq':
    case 'contains':
      if (takesBucket(schema, property.id)) return 'date';
      if (acceptsValue(schema, property.id, op, true)) return 'boolean';
      if (!acceptsValue(schema, property.id, op, 'text')) return 'number';
      return property.options && property.options.length > 0 ? 'option' : 'text';
  }
}
