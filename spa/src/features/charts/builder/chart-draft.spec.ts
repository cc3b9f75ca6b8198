import type { ChartConfig } from '@notionchartkit/shared';
import { dataset, schema } from '../../../test/fixtures';
import { effectiveConfig, newChartDraft, suggestX, withAggregation, withType } from './chart-draft';

describe('chart draft', () => {
  it('starts a newcomer on a ready chart: count by status, named after the dataset', () => {
    const draft = newChartDraft(dataset());
    expect(draft.name).toBe('Sales pipeline');
    expect(draft.datasetId).toBe('d1');
    expect(draft.config).toMatchObject({
      type: 'bar',
      x: { property: 'stg' },
      y: [{ aggregation: 'count' }],
    });
  });

  it('suggests dates by month for lines and numbers for scatters', () => {
    expect(suggestX(schema, 'line')).toEqual({ property: 'cls', bucket: 'month' });
    expect(suggestX(schema, 'scatter')).toEqual({ property: 'amt' });
  });

  it('keeps what fits when the type changes, and fixes what does not', () => {
    const bar: ChartConfig = { type: 'bar', x: { property: 'stg' }, y: [{ aggregation: 'count' }] };
    expect(withType(bar, 'pie', schema).x).toEqual({ property: 'stg' });
    const scatter = withType(bar, 'scatter', schema);
    expect(scatter.x).toEqual({ property: 'amt' });
    expect(scatter.y).toEqual([{ aggregation: 'sum', property: 'amt' }]);
  });

  it('drops a property the new aggregation cannot read', () => {
    expect(
      withAggregation({ aggregation: 'count_distinct', property: 'stg' }, 'sum', schema, 'bar'),
    ).toEqual({ aggregation: 'sum', property: 'amt' });
    expect(
      withAggregation({ aggregation: 'sum', property: 'amt' }, 'count', schema, 'bar'),
    ).toEqual({ aggregation: 'count' });
  });

  it('saves only what the type uses, so switching back restores the rest', () => {
    const draft: ChartConfig = {
      type: 'number',
      x: { property: 'cls', bucket: 'month' },
      y: [{ aggregation: 'sum', property: 'amt', label: '' }],
      groupBy: { property: 'stg' },
      limit: 5,
      filters: [],
      options: { title: '', colors: [], horizontal: true },
    };
    expect(effectiveConfig(draft, schema)).toEqual({
      type: 'number',
      y: [{ aggregation: 'sum', property: 'amt' }],
    });
    expect(effectiveConfig({ ...draft, type: 'bar' }, schema)).toEqual({
      type: 'bar',
      x: { property: 'cls', bucket: 'month' },
      y: [{ aggregation: 'sum', property: 'amt' }],
      groupBy: { property: 'stg' },
      limit: 5,
      options: { horizontal: true },
    });
  });

  it('drops a bucket the x property cannot take', () => {
    const config: ChartConfig = {
      type: 'bar',
      x: { property: 'stg', bucket: 'month' },
      y: [{ aggregation: 'count' }],
    };
    expect(effectiveConfig(config, schema).x).toEqual({ property: 'stg' });
  });
});
