import type { ChartConfig, ChartData } from '../contracts';
import { computeChartData } from './compute-chart-data';
import { rowsOf, SCHEMA, type Values } from './chart.fixtures';

const NOW = new Date('2026-06-15T12:00:00.000Z');

/** Five deals, reused by most cases below (hand-computed expectations refer to them by number). */
const DEALS: Values[] = [
  /* 1 */ {
    stage: 'Won',
    amount: 100,
    close: '2026-01-15',
    tags: ['EU'],
    owner: ['Ann'],
    paid: true,
    account: ['p1'],
    score: 3,
  },
  /* 2 */ {
    stage: 'Lost',
    amount: 50,
    close: '2026-03-01T10:00:00.000Z',
    tags: ['EU', 'US'],
    owner: ['Bob', 'Ann'],
    paid: false,
    account: ['p2'],
    score: 5,
  },
  /* 3 */ {
    stage: 'Won',
    amount: null,
    close: null,
    tags: [],
    owner: [],
    paid: true,
    account: [],
    score: null,
  },
  /* 4 */ {
    stage: null,
    amount: 20,
    close: '2026-01-31T23:30:00.000Z',
    tags: ['US'],
    owner: ['Cid'],
    paid: false,
    account: ['p1', 'p3'],
    score: 5,
  },
  /* 5 */ {
    stage: 'Lead',
    amount: 30,
    close: '2026-01-02',
    tags: ['APAC'],
    owner: ['Ann'],
    paid: true,
    account: ['p3'],
    score: 1,
  },
];

function chart(
  config: Partial<ChartConfig>,
  rows: Values[] = DEALS,
  extra: { relationTitles?: ReadonlyMap<string, string>; datasetSyncedAt?: string | null } = {},
): ChartData {
  return computeChartData({
    config: { type: 'bar', y: [{ aggregation: 'count' }], ...config },
    schema: SCHEMA,
    rows: rowsOf(...rows),
    now: NOW,
    ...extra,
  });
}

/** label → value of the only series, for compact expectations. */
function byLabel(data: ChartData, seriesIndex = 0): Record<string, number | null> {
  return Object.fromEntries(
    data.labels.map((label, index) => [label, data.series[seriesIndex].values?.[index] ?? null]),
  );
}

describe('computeChartData', () => {
  describe('category labels', () => {
    it('follows the schema order for selects, with (empty) last and only options that occur', () => {
      const data = chart({ x: { property: 'stage' } });
      expect(data.labels).toEqual(['Lead', 'Won', 'Lost', '(empty)']);
      expect(data.series).toEqual([{ key: 'count:rows', label: 'Count', values: [1, 2, 1, 1] }]);
      expect(data.labelColors).toEqual(['gray', 'green', 'red', null]);
    });

    it('follows the schema order for statuses and puts options missing from the schema after, alphabetically', () => {
      const data = chart({ x: { property: 'status' } }, [
        { status: 'Done' },
        { status: 'Zeta (renamed)' },
        { status: 'Not started' },
        { status: 'Alpha (renamed)' },
      ]);
      expect(data.labels).toEqual(['Not started', 'Done', 'Alpha (renamed)', 'Zeta (renamed)']);
    });

    it('counts a multi-valued cell once under each of its values', () => {
      const data = chart({
        x: { property: 'tags' },
        y: [{ aggregation: 'count' }, { aggregation: 'sum', property: 'amount' }],
      });
      expect(data.labels).toEqual(['US', 'EU', 'APAC', '(empty)']);
      expect(data.series[0].values).toEqual([2, 2, 1, 1]);
      expect(data.series[1].values).toEqual([70, 150, 30, 0]);
    });

    it('labels people by name, alphabetically', () => {
      expect(byLabel(chart({ x: { property: 'owner' } }))).toEqual({
        Ann: 3,
        Bob: 1,
        Cid: 1,
        '(empty)': 1,
      });
      expect(chart({ x: { property: 'owner' } }).labels).toEqual(['Ann', 'Bob', 'Cid', '(empty)']);
    });

    it('labels relations by page title: (untitled) for an empty title, the page id when unknown', () => {
      const titles = new Map([
        ['p1', 'Acme'],
        ['p2', ''],
      ]);
      const data = chart({ x: { property: 'account' } }, DEALS, { relationTitles: titles });
      expect(data.labels).toEqual(['(untitled)', 'Acme', 'p3', '(empty)']);
      expect(data.series[0].values).toEqual([1, 2, 2, 1]);
    });

    it('counts a row once under a title its related pages share', () => {
      const titles = new Map([
        ['p1', 'Acme'],
        ['p4', 'Acme'],
      ]);
      const data = chart(
        { x: { property: 'account' } },
        [{ account: ['p1', 'p4'] }, { account: ['p4'] }],
        { relationTitles: titles },
      );
      expect(byLabel(data)).toEqual({ Acme: 2 });
    });

    it('shows checkboxes as Checked then Unchecked, a missing checkbox as unchecked', () => {
      const data = chart({ x: { property: 'paid' } }, [...DEALS, { stage: 'Won' }]);
      expect(byLabel(data)).toEqual({ Checked: 3, Unchecked: 3 });
      expect(data.labels).toEqual(['Checked', 'Unchecked']);
    });

    it('shows boolean formulas as Checked / Unchecked and their null as (empty)', () => {
      const data = chart({ x: { property: 'flag' } }, [
        { flag: false },
        { flag: true },
        { flag: null },
      ]);
      expect(data.labels).toEqual(['Checked', 'Unchecked', '(empty)']);
    });

    it('orders numbers ascending and shows them as strings', () => {
      const data = chart({ x: { property: 'score' } }, [
        { score: 10 },
        { score: 9 },
        { score: 100 },
        { score: 1.5 },
        { score: 9 },
        {},
      ]);
      expect(data.labels).toEqual(['1.5', '9', '10', '100', '(empty)']);
      expect(data.series[0].values).toEqual([1, 2, 1, 1, 1]);
    });

    it('orders text with the en collator (numeric, accents and case at base strength), then by code point', () => {
      const names = ['Deal 10', 'deal 2', 'Éclair', 'apple', 'deal 1', 'Deal 1', 'Zebra'];
      const data = chart(
        { x: { property: 'name' } },
        names.map((name) => ({ name })),
      );
      expect(data.labels).toEqual([
        'apple',
        'Deal 1',
        'deal 1',
        'deal 2',
        'Deal 10',
        'Éclair',
        'Zebra',
      ]);
    });

    it('treats a real value spelled like a reserved label as that label', () => {
      const data = chart({ x: { property: 'name' } }, [
        { name: 'Other' },
        { name: '(empty)' },
        { name: 'Alpha' },
        { name: null },
      ]);
      expect(byLabel(data)).toEqual({ Alpha: 1, '(empty)': 2, Other: 1 });
      expect(data.labels).toEqual(['Alpha', '(empty)', 'Other']);
    });

    it('shows numbers of a text-like property as text: IDs without prefix', () => {
      const data = chart({ x: { property: 'uid' } }, [{ uid: 10 }, { uid: 2 }, { uid: 'DEAL-1' }]);
      expect(data.labels).toEqual(['2', '10', 'DEAL-1']);
    });

    it('reads rollup arrays element by element', () => {
      const data = chart({ x: { property: 'regions' } }, [
        { regions: ['EMEA', 'AMER'] },
        { regions: ['EMEA'] },
        { regions: [] },
      ]);
      expect(byLabel(data)).toEqual({ AMER: 1, EMEA: 2, '(empty)': 1 });
    });

    it('uses only rows that pass the filters', () => {
      const data = chart({
        x: { property: 'stage' },
        filters: [{ property: 'amount', op: 'gte', value: 50 }],
      });
      expect(byLabel(data)).toEqual({ Won: 1, Lost: 1 });
      expect(data.meta.rowCount).toBe(2);
    });
  });

  describe('date axes', () => {
    it('buckets by month without gaps, in UTC by default', () => {
      const data = chart({ x: { property: 'close', bucket: 'month' } });
      expect(data.labels).toEqual(['2026-01', '2026-02', '2026-03', '(empty)']);
      expect(data.series[0].values).toEqual([3, 0, 1, 1]);
      expect(data.meta.xAxis).toEqual({ kind: 'date', bucket: 'month' });
    });

    it("buckets instants in the chart's time zone and keeps dates without time on their date", () => {
      // Deal 4 closed 2026-01-31T23:30Z: already February in Berlin. Deal 5 ('2026-01-02') stays in January.
      const data = chart({ x: { property: 'close', bucket: 'month' }, timezone: 'Europe/Berlin' });
      expect(byLabel(data)).toEqual({ '2026-01': 2, '2026-02': 1, '2026-03': 1, '(empty)': 1 });
      const farEast = chart(
        { x: { property: 'close', bucket: 'day' }, timezone: 'Pacific/Kiritimati' },
        [{ close: '2026-03-01' }],
      );
      expect(farEast.labels).toEqual(['2026-03-01']);
    });

    it('buckets by day when no bucket is given, filling empty days', () => {
      const data = chart({ x: { property: 'close' } }, [
        { close: '2026-03-03' },
        { close: '2026-03-01' },
        { close: '2026-03-01T12:00:00.000Z' },
      ]);
      expect(byLabel(data)).toEqual({ '2026-03-01': 2, '2026-03-02': 0, '2026-03-03': 1 });
      expect(data.meta.xAxis).toEqual({ kind: 'date', bucket: 'day' });
    });

    it('puts the first days of 2027 in ISO week 2026-W53', () => {
      const data = chart({ x: { property: 'close', bucket: 'week' } }, [
        { close: '2026-12-28' },
        { close: '2027-01-01' },
        { close: '2027-01-03T23:00:00.000Z' },
        { close: '2027-01-04' },
      ]);
      expect(byLabel(data)).toEqual({ '2026-W53': 3, '2027-W01': 1 });
    });

    it('buckets by quarter and year across year boundaries, in the time zone', () => {
      const rows = [
        { close: '2026-12-31T23:30:00.000Z' },
        { close: '2026-10-01' },
        { close: '2025-06-30' },
      ];
      expect(byLabel(chart({ x: { property: 'close', bucket: 'quarter' } }, rows))).toEqual({
        '2025-Q2': 1,
        '2025-Q3': 0,
        '2025-Q4': 0,
        '2026-Q1': 0,
        '2026-Q2': 0,
        '2026-Q3': 0,
        '2026-Q4': 2,
      });
      expect(
        byLabel(
          chart({ x: { property: 'close', bucket: 'year' }, timezone: 'Europe/Berlin' }, rows),
        ),
      ).toEqual({
        '2025': 1,
        '2026': 1,
        '2027': 1,
      });
    });

    it('buckets across DST changes in Berlin and New York by local calendar date', () => {
      const berlin = chart({ x: { property: 'close' }, timezone: 'Europe/Berlin' }, [
        { close: '2026-03-28T22:59:00.000Z' }, // 23:59 CET, March 28
        { close: '2026-03-28T23:30:00.000Z' }, // 00:30 CET, March 29
        { close: '2026-03-29T21:30:00.000Z' }, // 23:30 CEST, March 29
      ]);
      expect(byLabel(berlin)).toEqual({ '2026-03-28': 1, '2026-03-29': 2 });
      const newYork = chart({ x: { property: 'close' }, timezone: 'America/New_York' }, [
        { close: '2026-11-01T05:30:00.000Z' }, // 01:30 EDT, November 1
        { close: '2026-11-01T06:30:00.000Z' }, // 01:30 EST, the repeated hour, November 1
        { close: '2026-11-02T04:30:00.000Z' }, // 23:30 EST, November 1
        { close: '2026-11-02T05:00:00.000Z' }, // 00:00 EST, November 2
      ]);
      expect(byLabel(newYork)).toEqual({ '2026-11-01': 3, '2026-11-02': 1 });
    });

    it('reverses the dates for direction desc and keeps (empty) last', () => {
      const data = chart({
        x: { property: 'close', bucket: 'month' },
        sort: { by: 'label', direction: 'desc' },
      });
      expect(data.labels).toEqual(['2026-03', '2026-02', '2026-01', '(empty)']);
      expect(data.series[0].values).toEqual([1, 0, 3, 1]);
    });

    it('reads created times and date formulas as dates, and unreadable dates as empty', () => {
      expect(
        chart({ x: { property: 'created', bucket: 'year' } }, [
          { created: '2026-05-01T09:12:00.000Z' },
        ]).labels,
      ).toEqual(['2026']);
      expect(
        chart({ x: { property: 'due', bucket: 'month' } }, [
          { due: '2026-05-01' },
          { due: 'someday' },
        ]).labels,
      ).toEqual(['2026-05', '(empty)']);
    });

    it('gives gap buckets 0 for count and sum and null for avg', () => {
      const data = chart(
        {
          x: { property: 'close', bucket: 'month' },
          y: [
            { aggregation: 'sum', property: 'amount' },
            { aggregation: 'avg', property: 'amount' },
          ],
        },
        [
          { close: '2026-01-10', amount: 10 },
          { close: '2026-03-10', amount: 30 },
        ],
      );
      expect(data.series.map((series) => series.values)).toEqual([
        [10, 0, 30],
        [10, null, 30],
      ]);
    });
  });

  describe('number bins', () => {
    it('bins by binSize with no gaps, lower bound included', () => {
      const data = chart({ x: { property: 'amount', binSize: 50 } });
      expect(byLabel(data)).toEqual({ '0–50': 2, '50–100': 1, '100–150': 1, '(empty)': 1 });
      expect(data.labels).toEqual(['0–50', '50–100', '100–150', '(empty)']);
      expect(data.meta.xAxis).toEqual({ kind: 'bin' });
    });

    it('fills empty bins and reverses for direction desc', () => {
      const data = chart(
        { x: { property: 'amount', binSize: 10 }, sort: { by: 'label', direction: 'desc' } },
        [{ amount: 5 }, { amount: 31 }],
      );
      expect(byLabel(data)).toEqual({ '30–40': 1, '20–30': 0, '10–20': 0, '0–10': 1 });
      expect(data.labels).toEqual(['30–40', '20–30', '10–20', '0–10']);
    });
  });

  describe('measures', () => {
    const numbers = (values: (number | null)[]) =>
      values.map((amount) => ({ stage: 'Won', amount }));

    it.each([
      ['count', [1, 2, null, 3], 4],
      ['count_distinct', [1, 2, 2, null], 2],
      ['sum', [1, 2, null, 3.5], 6.5],
      ['avg', [1, 2, null, 6], 3],
      ['median', [7, 1, 3], 3],
      ['median', [10, 1, 3, 2, null], 2.5],
      ['min', [4, -2, null, 3], -2],
      ['max', [-4, -2, null, -3], -2],
    ] as const)('%s of %p is %p', (aggregation, values, expected) => {
      const measure =
        aggregation === 'count' ? { aggregation } : { aggregation, property: 'amount' };
      expect(
        chart({ x: { property: 'stage' }, y: [measure] }, numbers([...values])).series[0].values,
      ).toEqual([expected]);
    });

    it.each([
      ['count_distinct', 0],
      ['sum', 0],
      ['avg', null],
      ['median', null],
      ['min', null],
      ['max', null],
    ] as const)('%s over rows that are all empty is %p', (aggregation, expected) => {
      const data = chart(
        { x: { property: 'stage' }, y: [{ aggregation, property: 'amount' }] },
        numbers([null, null]),
      );
      expect(data.series[0].values).toEqual([expected]);
    });

    it('counts distinct elements of arrays and distinct values of any property', () => {
      const owners = chart({
        x: { property: 'stage' },
        y: [{ aggregation: 'count_distinct', property: 'owner' }],
      });
      expect(byLabel(owners)).toEqual({ Lead: 1, Won: 1, Lost: 2, '(empty)': 1 });
      expect(owners.series[0].label).toBe('Distinct Owner');
      const checkboxes = chart(
        { x: { property: 'stage' }, y: [{ aggregation: 'count_distinct', property: 'paid' }] },
        [{ stage: 'Won', paid: true }, { stage: 'Won', paid: false }, { stage: 'Won' }],
      );
      expect(checkboxes.series[0].values).toEqual([2]);
    });

    it('aggregates numeric formulas and rollups', () => {
      const data = chart(
        {
          x: { property: 'stage' },
          y: [
            { aggregation: 'sum', property: 'margin' },
            { aggregation: 'max', property: 'total' },
          ],
        },
        [
          { stage: 'Won', margin: 0.25, total: 3 },
          { stage: 'Won', margin: 0.5, total: 7 },
        ],
      );
      expect(data.series.map((series) => series.values)).toEqual([[0.75], [7]]);
      expect(data.meta.format).toBeUndefined();
    });

    it('labels measures by the property name, or the label given', () => {
      const data = chart({
        x: { property: 'stage' },
        y: [
          { aggregation: 'count' },
          { aggregation: 'sum', property: 'amount' },
          { aggregation: 'avg', property: 'amount' },
          { aggregation: 'median', property: 'score' },
          { aggregation: 'min', property: 'score' },
          { aggregation: 'max', property: 'score', label: 'Best score' },
        ],
      });
      expect(data.series.map(({ key, label }) => [key, label])).toEqual([
        ['count:rows', 'Count'],
        ['sum:amount', 'Sum of Amount'],
        ['avg:amount', 'Average of Amount'],
        ['median:score', 'Median of Score'],
        ['min:score', 'Min of Score'],
        ['max:score', 'Best score'],
      ]);
      expect(data.series.map((series) => series.format)).toEqual([
        undefined,
        'dollar',
        'dollar',
        undefined,
        undefined,
        undefined,
      ]);
    });
  });

  describe('groupBy', () => {
    it('gives one series per group value, in group order, with option colors', () => {
      const data = chart({ x: { property: 'tags' }, groupBy: { property: 'stage' } });
      expect(data.labels).toEqual(['US', 'EU', 'APAC', '(empty)']);
      expect(data.series).toEqual([
        { key: 'count:rows|Lead', label: 'Lead', color: 'gray', values: [0, 0, 1, 0] },
        { key: 'count:rows|Won', label: 'Won', color: 'green', values: [0, 1, 0, 1] },
        { key: 'count:rows|Lost', label: 'Lost', color: 'red', values: [1, 1, 0, 0] },
        { key: 'count:rows|(empty)', label: '(empty)', values: [1, 0, 0, 0] },
      ]);
    });

    it('names series "<measure> · <group>" with several measures, measures first', () => {
      const data = chart({
        x: { property: 'paid' },
        groupBy: { property: 'stage' },
        y: [{ aggregation: 'count' }, { aggregation: 'sum', property: 'amount' }],
      });
      expect(data.series.map(({ key, label, values }) => [key, label, values])).toEqual([
        ['count:rows|Lead', 'Count · Lead', [1, 0]],
        ['count:rows|Won', 'Count · Won', [2, 0]],
        ['count:rows|Lost', 'Count · Lost', [0, 1]],
        ['count:rows|(empty)', 'Count · (empty)', [0, 1]],
        ['sum:amount|Lead', 'Sum of Amount · Lead', [30, 0]],
        ['sum:amount|Won', 'Sum of Amount · Won', [100, 0]],
        ['sum:amount|Lost', 'Sum of Amount · Lost', [0, 50]],
        ['sum:amount|(empty)', 'Sum of Amount · (empty)', [0, 20]],
      ]);
    });

    it('counts a row under each value of a multi-valued group, but once in its label value', () => {
      // Deal 2 (Lost, EU + US) counts in both series; sorted by value, Lost still counts 1 row.
      const data = chart({
        x: { property: 'stage' },
        groupBy: { property: 'tags' },
        sort: { by: 'value', direction: 'desc' },
      });
      expect(data.labels).toEqual(['Won', 'Lead', 'Lost', '(empty)']);
      expect(data.series.map(({ label, values }) => [label, values])).toEqual([
        ['US', [0, 0, 1, 1]],
        ['EU', [1, 0, 1, 0]],
        ['APAC', [0, 1, 0, 0]],
        ['(empty)', [1, 0, 0, 0]],
      ]);
    });
  });

  describe('stacking and running totals', () => {
    it('turns values into shares of each label total for percent stacking', () => {
      const data = chart({
        x: { property: 'stage' },
        groupBy: { property: 'paid' },
        stacked: 'percent',
      });
      expect(data.series.map(({ label, values }) => [label, values])).toEqual([
        ['Checked', [100, 100, 0, 0]],
        ['Unchecked', [0, 0, 100, 100]],
      ]);
      expect(data.meta.stacked).toBe('percent');
    });

    it('splits shares across several measures and gives all 0 when the total is 0', () => {
      const data = chart(
        {
          x: { property: 'stage' },
          y: [
            { aggregation: 'sum', property: 'amount' },
            { aggregation: 'sum', property: 'score' },
          ],
          stacked: 'percent',
        },
        [
          { stage: 'Won', amount: 30, score: 10 },
          { stage: 'Lost', amount: 0, score: 0 },
        ],
      );
      expect(data.series.map((series) => series.values)).toEqual([
        [75, 0],
        [25, 0],
      ]);
    });

    it('marks plain stacking in meta without changing values', () => {
      const data = chart({
        x: { property: 'stage' },
        groupBy: { property: 'paid' },
        stacked: true,
      });
      expect(data.meta.stacked).toBe(true);
      expect(data.series[0].values).toEqual([1, 2, 0, 0]);
    });

    it('replaces each series by its running total along the labels as shown', () => {
      const monthly = chart({ x: { property: 'close', bucket: 'month' }, cumulative: true });
      expect(monthly.series[0].values).toEqual([3, 3, 4, 5]);
      const reversed = chart({
        x: { property: 'close', bucket: 'month' },
        cumulative: true,
        sort: { by: 'label', direction: 'desc' },
      });
      expect(reversed.series[0].values).toEqual([1, 1, 4, 5]);
      const grouped = chart({
        x: { property: 'stage' },
        groupBy: { property: 'paid' },
        y: [{ aggregation: 'sum', property: 'amount' }],
        cumulative: true,
      });
      expect(grouped.series.map((series) => series.values)).toEqual([
        [30, 130, 130, 130],
        [0, 0, 50, 70],
      ]);
    });
  });

  describe('limit and Other', () => {
    it('keeps the top N labels by value (ties in natural order) and folds the rest into Other', () => {
      const counted = chart({ x: { property: 'stage' }, limit: 2 });
      expect(byLabel(counted)).toEqual({ Lead: 1, Won: 2, Other: 2 });
      expect(counted.labels).toEqual(['Lead', 'Won', 'Other']);
      const summed = chart({
        x: { property: 'stage' },
        y: [{ aggregation: 'sum', property: 'amount' }],
        limit: 2,
      });
      expect(summed.labels).toEqual(['Won', 'Lost', 'Other']);
      expect(summed.series[0].values).toEqual([100, 50, 50]);
    });

    it('ranks (empty) like any label and keeps it last when it makes the cut', () => {
      const rows = [
        { stage: null },
        { stage: null },
        { stage: null },
        { stage: 'Won' },
        { stage: 'Won' },
        { stage: 'Lost' },
      ];
      const data = chart({ x: { property: 'stage' }, limit: 1 }, rows);
      expect(data.labels).toEqual(['(empty)', 'Other']);
      expect(data.series[0].values).toEqual([3, 3]);
    });

    it('folds memberships of multi-valued cells, so Other totals what it folds', () => {
      const counted = chart({
        x: { property: 'tags' },
        y: [{ aggregation: 'count' }, { aggregation: 'sum', property: 'amount' }],
        limit: 1,
      });
      expect(counted.labels).toEqual(['US', 'Other']);
      expect(counted.series.map((series) => series.values)).toEqual([
        [2, 4],
        [70, 180],
      ]);
    });

    it('aggregates other measures over the folded memberships, not over their results', () => {
      // avg by tag: US 35, EU 75, APAC 30, (empty) null → EU kept; Other averages 50, 20, 30.
      const data = chart({
        x: { property: 'tags' },
        y: [{ aggregation: 'avg', property: 'amount' }],
        limit: 1,
      });
      expect(data.labels).toEqual(['EU', 'Other']);
      expect(data.series[0].values).toEqual([75, 100 / 3]);
    });

    it('ranks labels whose value is null last', () => {
      const rows = [
        { stage: 'Lead', amount: null },
        { stage: 'Won', amount: 1 },
        { stage: 'Lost', amount: 2 },
      ];
      const data = chart(
        { x: { property: 'stage' }, y: [{ aggregation: 'avg', property: 'amount' }], limit: 2 },
        rows,
      );
      expect(data.labels).toEqual(['Won', 'Lost', 'Other']);
      expect(data.series[0].values).toEqual([1, 2, null]);
    });

    it('adds nothing when every label fits, and shares a real Other value with the folded ones', () => {
      expect(chart({ x: { property: 'stage' }, limit: 10 }).labels).toEqual([
        'Lead',
        'Won',
        'Lost',
        '(empty)',
      ]);
      const data = chart({ x: { property: 'name' }, limit: 1 }, [
        { name: 'Other' },
        { name: 'A' },
        { name: 'A' },
        { name: 'B' },
      ]);
      expect(byLabel(data)).toEqual({ A: 2, Other: 2 });
    });

    it('orders the kept labels by the sort, with Other last', () => {
      const data = chart({
        x: { property: 'stage' },
        limit: 2,
        sort: { by: 'value', direction: 'asc' },
      });
      expect(data.labels).toEqual(['Lead', 'Won', 'Other']);
      const descending = chart({
        x: { property: 'stage' },
        limit: 2,
        sort: { by: 'label', direction: 'desc' },
      });
      expect(descending.labels).toEqual(['Won', 'Lead', 'Other']);
    });
  });

  describe('sort', () => {
    it('orders by value either way, ties in natural order, (empty) last', () => {
      const rows = [...DEALS, { stage: 'Lost' }, { stage: null }];
      expect(
        chart({ x: { property: 'stage' }, sort: { by: 'value', direction: 'desc' } }, rows).labels,
      ).toEqual(['Won', 'Lost', 'Lead', '(empty)']);
      expect(
        chart({ x: { property: 'stage' }, sort: { by: 'value', direction: 'asc' } }, rows).labels,
      ).toEqual(['Lead', 'Won', 'Lost', '(empty)']);
    });

    it('puts labels whose value is null last in both directions', () => {
      const rows = [
        { stage: 'Lead', amount: null },
        { stage: 'Won', amount: 1 },
        { stage: 'Lost', amount: 2 },
      ];
      const avg = [{ aggregation: 'avg' as const, property: 'amount' }];
      expect(
        chart({ x: { property: 'stage' }, y: avg, sort: { by: 'value', direction: 'desc' } }, rows)
          .labels,
      ).toEqual(['Lost', 'Won', 'Lead']);
      expect(
        chart({ x: { property: 'stage' }, y: avg, sort: { by: 'value', direction: 'asc' } }, rows)
          .labels,
      ).toEqual(['Won', 'Lost', 'Lead']);
    });

    it('reverses the natural order for sort by label desc', () => {
      expect(
        chart({ x: { property: 'stage' }, sort: { by: 'label', direction: 'desc' } }).labels,
      ).toEqual(['Lost', 'Won', 'Lead', '(empty)']);
      expect(
        chart({ x: { property: 'owner' }, sort: { by: 'label', direction: 'desc' } }).labels,
      ).toEqual(['Cid', 'Bob', 'Ann', '(empty)']);
    });
  });

  describe('number charts', () => {
    it('gives one figure per measure over all filtered rows, and no labels', () => {
      const data = chart({
        type: 'number',
        y: [
          { aggregation: 'count' },
          { aggregation: 'sum', property: 'amount' },
          { aggregation: 'avg', property: 'amount' },
        ],
        filters: [{ property: 'stage', op: 'is_not_empty' }],
      });
      expect(data.labels).toEqual([]);
      expect(data.series).toEqual([
        { key: 'count:rows', label: 'Count', values: [4] },
        { key: 'sum:amount', label: 'Sum of Amount', format: 'dollar', values: [180] },
        { key: 'avg:amount', label: 'Average of Amount', format: 'dollar', values: [60] },
      ]);
      expect(data.meta.xAxis).toBeUndefined();
      expect(data.labelColors).toBeUndefined();
    });

    it('gives 0 and null over no rows', () => {
      const data = chart(
        {
          type: 'number',
          y: [{ aggregation: 'count' }, { aggregation: 'max', property: 'amount' }],
        },
        [],
      );
      expect(data.series.map((series) => series.values)).toEqual([[0], [null]]);
    });
  });

  describe('scatter charts', () => {
    it('plots one point per row, skipping empty x or y, sorted by x', () => {
      const data = chart({
        type: 'scatter',
        x: { property: 'amount' },
        y: [{ aggregation: 'sum', property: 'score' }],
      });
      expect(data.labels).toEqual([]);
      expect(data.series).toEqual([
        {
          key: 'scatter:score',
          label: 'Score',
          points: [
            [20, 5],
            [30, 1],
            [50, 5],
            [100, 3],
          ],
        },
      ]);
      expect(data.meta.rowCount).toBe(5);
      expect(data.meta.xAxis).toEqual({ kind: 'number', format: 'dollar' });
    });

    it('plots dates as epoch ms, dates without time at midnight in the time zone', () => {
      const data = chart(
        {
          type: 'scatter',
          x: { property: 'close' },
          y: [{ aggregation: 'avg', property: 'amount', label: 'Deal size' }],
          timezone: 'Europe/Berlin',
        },
        [
          { close: '2026-03-01', amount: 5 },
          { close: '2026-03-01T12:00:00.000Z', amount: 7 },
        ],
      );
      expect(data.series[0]).toEqual({
        key: 'scatter:amount',
        label: 'Deal size',
        format: 'dollar',
        points: [
          [Date.UTC(2026, 1, 28, 23), 5],
          [Date.UTC(2026, 2, 1, 12), 7],
        ],
      });
      expect(data.meta.xAxis).toEqual({ kind: 'time', timezone: 'Europe/Berlin' });
      expect(data.meta.format).toBe('dollar');
    });

    it('gives one series per group value', () => {
      const data = chart({
        type: 'scatter',
        x: { property: 'amount' },
        y: [{ aggregation: 'sum', property: 'score' }],
        groupBy: { property: 'stage' },
      });
      expect(data.series).toEqual([
        { key: 'scatter:score|Lead', label: 'Lead', color: 'gray', points: [[30, 1]] },
        { key: 'scatter:score|Won', label: 'Won', color: 'green', points: [[100, 3]] },
        { key: 'scatter:score|Lost', label: 'Lost', color: 'red', points: [[50, 5]] },
        { key: 'scatter:score|(empty)', label: '(empty)', points: [[20, 5]] },
      ]);
    });
  });

  describe('meta', () => {
    it('carries row count, format of a numeric first measure, sync time and computation time', () => {
      const data = chart(
        { x: { property: 'stage' }, y: [{ aggregation: 'median', property: 'amount' }] },
        DEALS,
        {
          datasetSyncedAt: '2026-06-15T11:00:00.000Z',
        },
      );
      expect(data.meta).toEqual({
        rowCount: 5,
        format: 'dollar',
        datasetSyncedAt: '2026-06-15T11:00:00.000Z',
        computedAt: '2026-06-15T12:00:00.000Z',
        xAxis: { kind: 'category' },
      });
    });

    it('has no format for counts, distinct counts, or numbers without one', () => {
      expect(
        chart({
          x: { property: 'stage' },
          y: [{ aggregation: 'count_distinct', property: 'amount' }],
        }).meta.format,
      ).toBeUndefined();
      expect(
        chart({ x: { property: 'stage' }, y: [{ aggregation: 'sum', property: 'score' }] }).meta
          .format,
      ).toBeUndefined();
      expect(chart({ x: { property: 'stage' } }).meta.datasetSyncedAt).toBeNull();
    });
  });

  describe('robustness', () => {
    it('gives empty labels and series over no rows', () => {
      expect(chart({ x: { property: 'stage' } }, [])).toMatchObject({
        labels: [],
        series: [{ values: [] }],
        meta: { rowCount: 0 },
      });
      expect(
        chart({ x: { property: 'close', bucket: 'month' }, groupBy: { property: 'stage' } }, [])
          .series,
      ).toEqual([]);
    });

    it('reads the rows once, from any iterable', () => {
      function* rows() {
        for (const values of DEALS) yield { values };
      }
      const data = computeChartData({
        config: { type: 'pie', x: { property: 'stage' }, y: [{ aggregation: 'count' }] },
        schema: SCHEMA,
        rows: rows(),
        now: NOW,
      });
      expect(data.series[0].values).toEqual([1, 2, 1, 1]);
    });

    it('reads cells of the wrong type as empty rather than failing', () => {
      const rows: Values[] = [{ amount: 'a lot', close: 42, stage: ['Won'], score: Number.NaN }];
      expect(
        byLabel(
          chart(
            {
              x: { property: 'close', bucket: 'month' },
              y: [{ aggregation: 'sum', property: 'amount' }],
            },
            rows,
          ),
        ),
      ).toEqual({ '(empty)': 0 });
      expect(byLabel(chart({ x: { property: 'score', binSize: 5 } }, rows))).toEqual({
        '(empty)': 1,
      });
      expect(byLabel(chart({ x: { property: 'stage' } }, rows))).toEqual({ Won: 1 });
    });

    it('does not throw on properties the schema lacks', () => {
      const data = chart({
        x: { property: 'gone' },
        y: [{ aggregation: 'sum', property: 'missing' }],
        groupBy: { property: 'vanished' },
      });
      expect(data.labels).toEqual(['(empty)']);
      expect(data.series).toEqual([{ key: 'sum:missing|(empty)', label: '(empty)', values: [0] }]);
    });

    it('caps gap filling on absurd date ranges', () => {
      const data = chart({ x: { property: 'close' } }, [
        { close: '0001-01-01' },
        { close: '2026-01-01' },
      ]);
      expect(data.labels).toEqual(['0001-01-01', '2026-01-01']);
    });
  });
});
