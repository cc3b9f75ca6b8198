import type { SchemaProperty } from '@notionchartkit/shared';
import { schema } from '../../../test/fixtures';
import {
  aggregationOptions,
  filterOpOptions,
  filterValueInput,
  groupByOptions,
  measurePropertyOptions,
  takesBinSize,
  takesBucket,
  xAxisOptions,
} from './slot-options';

const names = (properties: SchemaProperty[]) => properties.map((property) => property.name);
const property = (id: string) => schema.find((each) => each.id === id)!;

describe('slot options', () => {
  it('offers every property on a category x axis, numbers and dates on a scatter x', () => {
    expect(names(xAxisOptions(schema, 'bar'))).toEqual(names(schema));
    expect(names(xAxisOptions(schema, 'scatter'))).toEqual(['Amount', 'Closed']);
    expect(xAxisOptions(schema, 'number')).toEqual([]);
  });

  it('takes a bucket only for dates and bins only for numbers', () => {
    expect(takesBucket(schema, 'cls')).toBe(true);
    expect(takesBucket(schema, 'stg')).toBe(false);
    expect(takesBinSize(schema, 'amt')).toBe(true);
    expect(takesBinSize(schema, 'cls')).toBe(false);
    expect(takesBucket(schema, 'gone')).toBe(false);
  });

  it('offers number properties to sum and the like, any property to distinct counts', () => {
    for (const aggregation of ['sum', 'avg', 'median', 'min', 'max'] as const) {
      expect(names(measurePropertyOptions(schema, 'bar', aggregation))).toEqual(['Amount']);
    }
    expect(names(measurePropertyOptions(schema, 'bar', 'count_distinct'))).toEqual(names(schema));
    expect(measurePropertyOptions(schema, 'bar', 'count')).toEqual([]);
    expect(names(measurePropertyOptions(schema, 'scatter', 'count'))).toEqual(['Amount']);
  });

  it('counts numeric formulas as numbers, and leaves out aggregations nothing can take', () => {
    const formula: SchemaProperty = {
      id: 'f',
      name: 'Margin',
      type: 'formula',
      resultType: 'number',
    };
    const text: SchemaProperty = { id: 't', name: 'Note', type: 'rich_text' };
    expect(names(measurePropertyOptions([...schema, formula], 'bar', 'sum'))).toEqual([
      'Amount',
      'Margin',
    ]);
    expect(aggregationOptions([text])).toEqual(['count', 'count_distinct']);
  });

  it('never splits series by a date', () => {
    expect(names(groupByOptions(schema))).not.toContain('Closed');
    expect(names(groupByOptions(schema))).toContain('Stage');
  });

  it('offers the filter conditions each property can take, with the matching value input', () => {
    expect(filterOpOptions(schema, 'amt')).toEqual([
      'eq',
      'neq',
      'gt',
      'gte',
      'lt',
      'lte',
      'is_empty',
      'is_not_empty',
    ]);
    expect(filterOpOptions(schema, 'cls')).toContain('in_last_days');
    expect(filterOpOptions(schema, 'done')).not.toContain('contains');
    expect(filterValueInput(schema, property('amt'), 'gt')).toBe('number');
    expect(filterValueInput(schema, property('cls'), 'gt')).toBe('date');
    expect(filterValueInput(schema, property('done'), 'eq')).toBe('boolean');
    expect(filterValueInput(schema, property('stg'), 'eq')).toBe('option');
    expect(filterValueInput(schema, property('title'), 'contains')).toBe('text');
    expect(filterValueInput(schema, property('cls'), 'in_current')).toBe('period');
    expect(filterValueInput(schema, property('cls'), 'is_empty')).toBe('none');
  });
});
