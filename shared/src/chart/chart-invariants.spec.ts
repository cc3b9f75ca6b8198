import fc from 'fast-check';
import type { ChartConfig, ChartData } from '../contracts';
import { computeChartData } from './compute-chart-data';
import { rowsOf, SCHEMA, type Values } from './chart.fixtures';

const NOW = new Date('2026-06-15T12:00:00.000Z');

const rowArbitrary: fc.Arbitrary<Values> = fc.record({
  stage: fc.constantFrom('Lead', 'Won', 'Lost', 'Archived', null),
  tags: fc.subarray(['US', 'EU', 'APAC']),
  owner: fc.subarray(['Ann', 'Bob', 'Cid', 'Dee']),
  paid: fc.boolean(),
  amount: fc.option(fc.integer({ min: -1_000, max: 10_000 }), { nil: null }),
  score: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  close: fc.option(
    fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
      .map((ms) => new Date(ms).toISOString()),
    { nil: null },
  ),
});
const rowsArbitrary = fc.array(rowArbitrary, { maxLength: 60 });
const categoryProperty = fc.constantFrom('stage', 'paid', 'score', 'owner', 'tags');
const singleValuedProperty = fc.constantFrom('stage', 'paid', 'score');

function compute(
  config: Omit<ChartConfig, 'type'> & { type?: ChartConfig['type'] },
  rows: Values[],
): ChartData {
  return computeChartData({
    config: { type: 'bar', ...config },
    schema: SCHEMA,
    rows: rowsOf(...rows),
    now: NOW,
  });
}

const total = (values: readonly (number | null)[] | undefined) =>
  (values ?? []).reduce<number>((sum, value) => sum + (value ?? 0), 0);
const amounts = (rows: Values[]) =>
  rows.reduce<number>((sum, row) => sum + (typeof row.amount === 'number' ? row.amount : 0), 0);
const memberships = (rows: Values[], property: string) =>
  rows.reduce((sum, row) => {
    const cell = row[property];
    return sum + (Array.isArray(cell) ? Math.max(cell.length, 1) : 1);
  }, 0);

describe('chart invariants', () => {
  it('for a single-valued x, counts and sums over labels equal those over rows', () => {
    fc.assert(
      fc.property(rowsArbitrary, singleValuedProperty, (rows, property) => {
        const data = compute(
          {
            x: { property },
            y: [{ aggregation: 'count' }, { aggregation: 'sum', property: 'amount' }],
          },
          rows,
        );
        expect(total(data.series[0].values)).toBe(rows.length);
        expect(total(data.series[1].values)).toBe(amounts(rows));
      }),
    );
  });

  it('for a date x, every row lands in exactly one bucket of a gapless, increasing axis', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
        (rows, bucket, timezone) => {
          const data = compute(
            { x: { property: 'close', bucket }, y: [{ aggregation: 'count' }], timezone },
            rows,
          );
          expect(total(data.series[0].values)).toBe(rows.length);
          const dated = data.labels.filter((label) => label !== '(empty)');
          expect([...dated].sort()).toEqual(dated);
          expect(new Set(dated).size).toBe(dated.length);
          expect((data.series[0].values ?? []).every((value) => value !== null)).toBe(true);
        },
      ),
    );
  });

  it('limit + Other keeps the totals of count and sum (memberships, for multi-valued x)', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        categoryProperty,
        fc.integer({ min: 1, max: 4 }),
        (rows, property, limit) => {
          const y = [
            { aggregation: 'count' as const },
            { aggregation: 'sum' as const, property: 'amount' },
          ];
          const full = compute({ x: { property }, y }, rows);
          const limited = compute({ x: { property }, y, limit }, rows);
          expect(total(limited.series[0].values)).toBe(total(full.series[0].values));
          expect(total(limited.series[1].values)).toBe(total(full.series[1].values));
          expect(total(full.series[0].values)).toBe(memberships(rows, property));
          const shown = limited.labels.filter((label) => label !== 'Other');
          expect(shown.length).toBeLessThanOrEqual(limit);
          expect(limited.labels.indexOf('Other')).toBe(
            limited.labels.includes('Other') ? limited.labels.length - 1 : -1,
          );
        },
      ),
    );
  });

  it('100%-stacked values of each label sum to 100, or are all 0', () => {
    fc.assert(
      fc.property(rowsArbitrary, categoryProperty, categoryProperty, (rows, x, group) => {
        const data = compute(
          {
            x: { property: x },
            groupBy: { property: group },
            stacked: 'percent',
            y: [{ aggregation: 'sum', property: 'score' }],
          },
          rows,
        );
        data.labels.forEach((_, index) => {
          const shares = data.series.map((series) => series.values?.[index] ?? 0);
          const sum = shares.reduce((a, b) => a + b, 0);
          if (shares.every((share) => share === 0)) return;
          expect(sum).toBeCloseTo(100, 9);
        });
      }),
    );
  });

  it('with a single-valued groupBy, a label value (count or sum) is the total across series', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        categoryProperty,
        singleValuedProperty,
        fc.constantFrom('count', 'sum' as const),
        (rows, x, group, aggregation) => {
          const measure =
            aggregation === 'count' ? { aggregation } : { aggregation, property: 'amount' };
          const plain = compute({ x: { property: x }, y: [measure] }, rows);
          const grouped = compute(
            { x: { property: x }, y: [measure], groupBy: { property: group } },
            rows,
          );
          expect(grouped.labels).toEqual(plain.labels);
          plain.labels.forEach((_, index) => {
            expect(total(grouped.series.map((series) => series.values?.[index] ?? 0))).toBe(
              plain.series[0].values?.[index],
            );
          });
        },
      ),
    );
  });

  it('sort by value orders the values, with (empty), Other and nulls after the rest', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        categoryProperty,
        fc.constantFrom('asc', 'desc' as const),
        (rows, property, direction) => {
          const data = compute(
            {
              x: { property },
              y: [{ aggregation: 'avg', property: 'amount' }],
              sort: { by: 'value', direction },
            },
            rows,
          );
          const ordinary = data.labels
            .map((label, index) => ({ label, value: data.series[0].values?.[index] ?? null }))
            .filter(({ label }) => label !== '(empty)');
          const numbers = ordinary
            .filter(({ value }) => value !== null)
            .map(({ value }) => value as number);
          const sorted = [...numbers].sort((a, b) => (direction === 'asc' ? a - b : b - a));
          expect(numbers).toEqual(sorted);
          const firstNull = ordinary.findIndex(({ value }) => value === null);
          if (firstNull >= 0) {
            expect(ordinary.slice(firstNull).every(({ value }) => value === null)).toBe(true);
          }
          if (data.labels.includes('(empty)'))
            expect(data.labels[data.labels.length - 1]).toBe('(empty)');
        },
      ),
    );
  });

  it('a running total ends at the total', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.constantFrom('close', 'stage', 'tags'), (rows, property) => {
        const y = [{ aggregation: 'sum' as const, property: 'amount' }];
        const plain = compute({ x: { property }, y }, rows);
        const running = compute({ x: { property }, y, cumulative: true }, rows);
        const values = running.series[0].values ?? [];
        expect(values.length === 0 ? 0 : values[values.length - 1]).toBe(
          total(plain.series[0].values),
        );
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(rowsArbitrary, categoryProperty, (rows, property) => {
        const config = {
          x: { property },
          groupBy: { property: 'stage' },
          y: [{ aggregation: 'median' as const, property: 'amount' }],
        };
        expect(compute(config, [...rows].reverse())).toEqual(compute(config, rows));
        const scatter = {
          type: 'scatter' as const,
          x: { property: 'close' },
          y: [{ aggregation: 'sum' as const, property: 'amount' }],
        };
        expect(compute(scatter, [...rows].reverse())).toEqual(compute(scatter, rows));
      }),
    );
  });
});
