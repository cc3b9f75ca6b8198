import type { ChartConfig, FilterConfig } from '../contracts';
import { checkChartConfig } from './config-checks';
import { SCHEMA } from './chart.fixtures';

const check = (config: Partial<ChartConfig>) =>
  checkChartConfig(
    {
      type: 'bar',
      x: { property: 'stage' },
      y: [{ aggregation: 'count' }],
      ...config,
    },
    SCHEMA,
  );

const impossible = (field: string, problem: string) => ({
  status: 422,
  details: [{ field, problem }],
});
const malformed = (field: string, problem: string) => ({
  status: 400,
  details: [{ field, problem }],
});

describe('checkChartConfig', () => {
  it('accepts well-formed configs of every type', () => {
    const configs: Partial<ChartConfig>[] = [
      {
        type: 'bar',
        x: { property: 'close', bucket: 'month' },
        groupBy: { property: 'stage' },
        stacked: true,
        cumulative: true,
      },
      {
        type: 'line',
        x: { property: 'amount', binSize: 100 },
        y: [{ aggregation: 'avg', property: 'amount' }],
        sort: { by: 'label', direction: 'desc' },
      },
      {
        type: 'area',
        x: { property: 'created', bucket: 'week' },
        y: [{ aggregation: 'sum', property: 'amount' }, { aggregation: 'count' }],
        stacked: 'percent',
      },
      {
        type: 'pie',
        x: { property: 'tags' },
        y: [{ aggregation: 'count_distinct', property: 'owner' }],
        limit: 5,
        sort: { by: 'value', direction: 'desc' },
      },
      {
        type: 'doughnut',
        x: { property: 'account' },
        y: [{ aggregation: 'median', property: 'margin' }],
      },
      {
        type: 'scatter',
        x: { property: 'close' },
        y: [{ aggregation: 'sum', property: 'total' }],
        groupBy: { property: 'stage' },
      },
      {
        type: 'number',
        x: undefined,
        y: [{ aggregation: 'max', property: 'amount' }, { aggregation: 'count' }],
      },
      {
        timezone: 'America/New_York',
        options: {
          theme: 'dark',
          colors: ['#2383e2', '#fff'],
          yMin: 0,
          yMax: 10,
          referenceLines: [{ value: 5, label: 'Goal' }],
        },
      },
    ];
    for (const config of configs) expect(check(config)).toBeNull();
  });

  describe('properties', () => {
    it('names an unknown property at its field (422)', () => {
      expect(check({ x: { property: 'nope' } })).toEqual(
        impossible('config.x.property', 'no property with id "nope" in this dataset'),
      );
      expect(check({ y: [{ aggregation: 'sum', property: 'nope' }] })).toEqual(
        impossible('config.y.0.property', 'no property with id "nope" in this dataset'),
      );
      expect(check({ groupBy: { property: 'nope' } })).toEqual(
        impossible('config.groupBy.property', 'no property with id "nope" in this dataset'),
      );
      expect(check({ filters: [{ property: 'nope', op: 'is_empty' }] })).toEqual(
        impossible('config.filters.0.property', 'no property with id "nope" in this dataset'),
      );
    });

    it('requires x for every type but number, and a property for every measure but count (400)', () => {
      expect(check({ x: undefined })).toEqual(malformed('config.x', 'is required for a bar chart'));
      expect(check({ type: 'pie', x: undefined })).toEqual(
        malformed('config.x', 'is required for a pie chart'),
      );
      expect(check({ x: { property: '' } })).toEqual(malformed('config.x.property', 'is required'));
      expect(check({ y: [{ aggregation: 'sum' }] })).toEqual(
        malformed('config.y.0.property', 'is required'),
      );
      expect(check({ y: [] })).toEqual(malformed('config.y', 'needs at least one measure'));
      expect(check({ y: [{ aggregation: 'count', property: 'amount' }] })).toEqual(
        malformed(
          'config.y.0.property',
          'count counts rows and takes no property (count_distinct counts values)',
        ),
      );
    });
  });

  describe('measures', () => {
    it.each([
      ['sum', 'stage', 'sum needs a number property; Stage is a select'],
      ['avg', 'status', 'average needs a number property; Status is a status'],
      ['median', 'name', 'median needs a number property; Name is the title'],
      ['min', 'close', 'min needs a number property; Close is a date'],
      ['max', 'code', 'max needs a number property; Code is a text formula'],
      ['sum', 'regions', 'sum needs a number property; Regions is a list rollup'],
      ['sum', 'pending', 'sum needs a number property; Pending is a formula'],
    ] as const)('rejects %s over %s (422)', (aggregation, property, problem) => {
      expect(check({ y: [{ aggregation, property }] })).toEqual(
        impossible('config.y.0.property', problem),
      );
    });

    it('takes numeric formulas and rollups, and count_distinct over anything', () => {
      expect(
        check({
          y: [
            { aggregation: 'sum', property: 'margin' },
            { aggregation: 'avg', property: 'total' },
          ],
        }),
      ).toBeNull();
      expect(check({ y: [{ aggregation: 'count_distinct', property: 'tags' }] })).toBeNull();
    });

    it('rejects two measures with the same series key (422)', () => {
      expect(
        check({
          y: [
            { aggregation: 'sum', property: 'amount' },
            { aggregation: 'avg', property: 'amount' },
            { aggregation: 'sum', property: 'amount', label: 'Again' },
          ],
        }),
      ).toEqual(
        impossible(
          'config.y.2',
          'repeats config.y.0 (Sum of Amount); each measure needs a different aggregation or property',
        ),
      );
      expect(check({ y: [{ aggregation: 'count' }, { aggregation: 'count' }] })?.status).toBe(422);
    });

    it('rejects unknown aggregations (400)', () => {
      expect(check({ y: [{ aggregation: 'mode' as never, property: 'amount' }] })).toEqual(
        malformed(
          'config.y.0.aggregation',
          'must be one of count, count_distinct, sum, avg, median, min, max',
        ),
      );
    });
  });

  describe('x axis', () => {
    it('rejects bucket on a non-date and binSize on a non-number (422)', () => {
      expect(check({ x: { property: 'stage', bucket: 'month' } })).toEqual(
        impossible('config.x.bucket', 'bucket needs a date property; Stage is a select'),
      );
      expect(check({ x: { property: 'close', binSize: 10 } })).toEqual(
        impossible('config.x.binSize', 'binSize needs a number property; Close is a date'),
      );
    });

    it('rejects bucket and binSize together, unknown buckets and bad sizes (400)', () => {
      expect(
        check({ x: { property: 'amount', bucket: 'month', binSize: 10 } })?.details,
      ).toContainEqual({
        field: 'config.x',
        problem: 'takes bucket or binSize, not both',
      });
      expect(check({ x: { property: 'amount', bucket: 'month', binSize: 10 } })?.status).toBe(400);
      expect(check({ x: { property: 'close', bucket: 'fortnight' as never } })).toEqual(
        malformed('config.x.bucket', 'must be one of day, week, month, quarter, year'),
      );
      expect(check({ x: { property: 'amount', binSize: 0 } })).toEqual(
        malformed('config.x.binSize', 'must be a number greater than 0'),
      );
    });

    it('takes numeric formulas for binSize and date formulas for bucket', () => {
      expect(check({ x: { property: 'margin', binSize: 0.1 } })).toBeNull();
      expect(check({ x: { property: 'due', bucket: 'quarter' } })).toBeNull();
    });
  });

  describe('sort, limit, stacking, running totals', () => {
    it('rejects limit on a date or bin axis (422)', () => {
      const problem = 'a date or bin axis shows every bucket; limit works on categories';
      expect(check({ x: { property: 'close' }, limit: 3 })).toEqual(
        impossible('config.limit', problem),
      );
      expect(check({ x: { property: 'amount', binSize: 5 }, limit: 3 })).toEqual(
        impossible('config.limit', problem),
      );
      expect(check({ x: { property: 'amount' }, limit: 3 })).toBeNull();
    });

    it('rejects sort by value on a date or bin axis (422)', () => {
      const problem = 'a date or bin axis is always in order; it cannot be sorted by value';
      expect(
        check({
          x: { property: 'close', bucket: 'month' },
          sort: { by: 'value', direction: 'desc' },
        }),
      ).toEqual(impossible('config.sort.by', problem));
      expect(
        check({ x: { property: 'amount', binSize: 5 }, sort: { by: 'value', direction: 'asc' } }),
      ).toEqual(impossible('config.sort.by', problem));
      expect(
        check({ x: { property: 'close' }, sort: { by: 'label', direction: 'desc' } }),
      ).toBeNull();
    });

    it('rejects a limit that is not a whole number of at least 1, and malformed sorts (400)', () => {
      expect(check({ limit: 0 })).toEqual(
        malformed('config.limit', 'must be a whole number of at least 1'),
      );
      expect(check({ limit: 2.5 })).toEqual(
        malformed('config.limit', 'must be a whole number of at least 1'),
      );
      expect(check({ sort: { by: 'size' as never, direction: 'up' as never } })).toEqual({
        status: 400,
        details: [
          { field: 'config.sort.by', problem: 'must be label or value' },
          { field: 'config.sort.direction', problem: 'must be asc or desc' },
        ],
      });
    });

    it('rejects stacking without a groupBy or several measures, and outside bar, line and area (422)', () => {
      expect(check({ stacked: true })).toEqual(
        impossible('config.stacked', 'stacking needs a groupBy or several measures'),
      );
      expect(check({ stacked: 'percent' })).toEqual(
        impossible('config.stacked', 'stacking needs a groupBy or several measures'),
      );
      expect(check({ stacked: false })).toBeNull();
      expect(check({ type: 'pie', groupBy: { property: 'paid' }, stacked: true })).toEqual(
        impossible(
          'config.stacked',
          'stacking applies to bar, line and area charts, not a pie chart',
        ),
      );
    });

    it('rejects percent stacking with cumulative (422)', () => {
      expect(
        check({ groupBy: { property: 'paid' }, stacked: 'percent', cumulative: true }),
      ).toEqual(
        impossible('config.stacked', 'percent stacking cannot be combined with cumulative'),
      );
    });

    it('rejects cumulative unless every measure is count, count_distinct or sum (422)', () => {
      expect(
        check({
          y: [{ aggregation: 'count' }, { aggregation: 'avg', property: 'amount' }],
          cumulative: true,
        }),
      ).toEqual(
        impossible(
          'config.cumulative',
          'running totals need count, distinct count or sum measures; average is not one',
        ),
      );
      expect(
        check({
          y: [
            { aggregation: 'count_distinct', property: 'owner' },
            { aggregation: 'sum', property: 'amount' },
          ],
          cumulative: true,
        }),
      ).toBeNull();
    });
  });

  describe('number and scatter charts', () => {
    it('rejects a groupBy or an x on a number chart (422)', () => {
      expect(check({ type: 'number', x: undefined, groupBy: { property: 'stage' } })).toEqual(
        impossible(
          'config.groupBy',
          'a number chart shows one figure per measure; it cannot be grouped',
        ),
      );
      expect(check({ type: 'number' })).toEqual(
        impossible('config.x', 'a number chart shows one figure per measure and has no x axis'),
      );
      expect(check({ type: 'number', x: undefined, limit: 3 })).toEqual(
        impossible('config.limit', 'a number chart has no categories to limit'),
      );
    });

    it('needs a number or date x and a number y on a scatter chart', () => {
      expect(check({ type: 'scatter', y: [{ aggregation: 'sum', property: 'amount' }] })).toEqual(
        impossible(
          'config.x.property',
          'a scatter chart needs a number or date on x; Stage is a select',
        ),
      );
      expect(
        check({ type: 'scatter', x: { property: 'amount' }, y: [{ aggregation: 'count' }] }),
      ).toEqual(malformed('config.y.0.property', 'is required'));
      expect(
        check({
          type: 'scatter',
          x: { property: 'amount' },
          y: [{ aggregation: 'count_distinct', property: 'stage' }],
        }),
      ).toEqual(
        impossible('config.y.0.property', 'a scatter chart plots a number on y; Stage is a select'),
      );
      expect(
        check({
          type: 'scatter',
          x: { property: 'close', bucket: 'month' },
          y: [{ aggregation: 'sum', property: 'amount' }],
        }),
      ).toEqual(
        impossible('config.x.bucket', 'a scatter chart plots every row; it takes no bucket'),
      );
      expect(
        check({
          type: 'scatter',
          x: { property: 'close' },
          y: [
            { aggregation: 'sum', property: 'amount' },
            { aggregation: 'avg', property: 'amount' },
          ],
        }),
      ).toEqual(
        impossible(
          'config.y.1',
          'repeats config.y.0 (Sum of Amount); each measure needs a different aggregation or property',
        ),
      );
    });

    it('rejects grouping by a date (422)', () => {
      expect(check({ groupBy: { property: 'close' } })).toEqual(
        impossible(
          'config.groupBy.property',
          'series cannot be split by a date; Close is a date (put it on x)',
        ),
      );
    });
  });

  describe('filters', () => {
    const filter = (one: FilterConfig) => check({ filters: [one] });

    it.each<[FilterConfig, string]>([
      [{ property: 'amount', op: 'eq', value: '5' }, 'must be a number for eq on Amount'],
      [{ property: 'amount', op: 'gt', value: true }, 'must be a number for gt on Amount'],
      [{ property: 'name', op: 'eq', value: 5 }, 'must be text for eq on Name'],
      [{ property: 'stage', op: 'neq', value: false }, 'must be text for neq on Stage'],
      [{ property: 'paid', op: 'eq', value: 'yes' }, 'must be true or false for eq on Paid'],
      [
        { property: 'close', op: 'lt', value: 'last week' },
        'must be a date (YYYY-MM-DD) or an ISO instant for lt on Close',
      ],
      [
        { property: 'close', op: 'eq', value: '2026-02-30' },
        'must be a date (YYYY-MM-DD) or an ISO instant for eq on Close',
      ],
      [
        { property: 'close', op: 'in_last_days', value: 0 },
        'must be a whole number of days from 1 to 3650 for in_last_days on Close',
      ],
      [
        { property: 'close', op: 'in_last_days', value: 3651 },
        'must be a whole number of days from 1 to 3650 for in_last_days on Close',
      ],
      [
        { property: 'close', op: 'in_last_days', value: 1.5 },
        'must be a whole number of days from 1 to 3650 for in_last_days on Close',
      ],
      [
        { property: 'close', op: 'in_current', value: 'decade' },
        'must be one of week, month, quarter, year for in_current on Close',
      ],
      [{ property: 'stage', op: 'is_empty', value: 'Won' }, 'takes no value for is_empty'],
      [{ property: 'tags', op: 'contains' }, 'must be text for contains on Tags'],
    ])('rejects %p: %s (400)', (one, problem) => {
      expect(filter(one)).toEqual(malformed('config.filters.0.value', problem));
    });

    it.each<[FilterConfig, string]>([
      [
        { property: 'amount', op: 'contains', value: 5 },
        'contains works on text and lists; Amount is a number',
      ],
      [
        { property: 'close', op: 'contains', value: '2026' },
        'contains works on text and lists; Close is a date',
      ],
      [
        { property: 'paid', op: 'contains', value: true },
        'contains works on text and lists; Paid is a checkbox',
      ],
      [
        { property: 'stage', op: 'gt', value: 'Won' },
        'gt compares numbers and dates; Stage is a select',
      ],
      [
        { property: 'amount', op: 'in_last_days', value: 7 },
        'in_last_days needs a date property; Amount is a number',
      ],
      [
        { property: 'name', op: 'in_current', value: 'week' },
        'in_current needs a date property; Name is the title',
      ],
    ])('rejects %p: %s (422)', (one, problem) => {
      expect(filter(one)).toEqual(impossible('config.filters.0.op', problem));
    });

    it.each<FilterConfig>([
      { property: 'name', op: 'contains', value: 'deal' },
      { property: 'tags', op: 'eq', value: 'EU' },
      { property: 'account', op: 'neq', value: '6f1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e' },
      { property: 'uid', op: 'eq', value: 42 },
      { property: 'flag', op: 'eq', value: true },
      { property: 'margin', op: 'lte', value: 0.5 },
      { property: 'created', op: 'gte', value: '2026-03-01T00:00:00.000Z' },
      { property: 'close', op: 'in_last_days', value: 3650 },
      { property: 'due', op: 'in_current', value: 'quarter' },
      { property: 'paid', op: 'is_not_empty' },
    ])('accepts %p', (one) => {
      expect(filter(one)).toBeNull();
    });

    it('rejects unknown ops (400)', () => {
      expect(filter({ property: 'name', op: 'like' as never, value: 'x' })).toEqual(
        malformed(
          'config.filters.0.op',
          'must be one of eq, neq, contains, gt, gte, lt, lte, is_empty, is_not_empty, in_last_days, in_current',
        ),
      );
    });
  });

  describe('time zone and options', () => {
    it('rejects an unknown time zone (400)', () => {
      expect(check({ timezone: 'Mars/Olympus_Mons' })).toEqual(
        malformed(
          'config.timezone',
          '"Mars/Olympus_Mons" is not an IANA time zone (such as Europe/Berlin)',
        ),
      );
      expect(check({ timezone: '+02:00' })?.status).toBe(400);
    });

    it('checks themes, colors and bounds', () => {
      expect(check({ options: { theme: 'sepia' as never } })).toEqual(
        malformed('config.options.theme', 'must be light, dark or auto'),
      );
      expect(check({ options: { colors: ['#2383e2', 'blue'] } })).toEqual(
        malformed('config.options.colors.1', 'must be a hex color such as #2383e2'),
      );
      expect(check({ options: { yMin: 10, yMax: 10 } })).toEqual(
        impossible('config.options.yMax', 'must be greater than yMin'),
      );
      expect(check({ options: { referenceLines: [{ value: Number.NaN }] } })).toEqual(
        malformed('config.options.referenceLines.0.value', 'must be a number'),
      );
    });
  });

  it('answers the malformed fields first, and every problem of one status at once', () => {
    const result = check({
      x: { property: 'nope', bucket: 'month' },
      timezone: 'Nowhere',
      y: [{ aggregation: 'sum', property: 'stage' }],
    });
    expect(result).toEqual(
      malformed('config.timezone', '"Nowhere" is not an IANA time zone (such as Europe/Berlin)'),
    );
    expect(
      check({
        x: { property: 'nope' },
        y: [{ aggregation: 'sum', property: 'stage' }],
        stacked: true,
      }),
    ).toEqual({
      status: 422,
      details: [
        { field: 'config.x.property', problem: 'no property with id "nope" in this dataset' },
        { field: 'config.y.0.property', problem: 'sum needs a number property; Stage is a select' },
        { field: 'config.stacked', problem: 'stacking needs a groupBy or several measures' },
      ],
    });
  });
});
