import { computeRollup } from './rollup.compute';
import type { ResolvedValue } from './resolved-value.types';

const n = (value: number | null): ResolvedValue => ({ type: 'number', value });
const d = (start: string): ResolvedValue => ({
  type: 'date',
  value: { start, end: null, timeZone: null },
});
const c = (value: boolean): ResolvedValue => ({ type: 'checkbox', value });

describe('computeRollup', () => {
  const numbers = [n(4), n(null), n(1), n(10)];

  it('aggregates numbers', () => {
    expect(computeRollup('sum', numbers, 4).value).toBe(15);
    expect(computeRollup('average', numbers, 4).value).toBe(5);
    expect(computeRollup('median', numbers, 4).value).toBe(4);
    expect(computeRollup('min', numbers, 4).value).toBe(1);
    expect(computeRollup('max', numbers, 4).value).toBe(10);
    expect(computeRollup('range', numbers, 4).value).toBe(9);
    expect(computeRollup('average', [], 0).value).toBeNull();
  });

  it('counts pages, values, empties and uniques', () => {
    expect(computeRollup('count', numbers, 4).value).toBe(4);
    expect(computeRollup('count_values', numbers, 4).value).toBe(3);
    expect(computeRollup('empty', numbers, 4).value).toBe(1);
    expect(computeRollup('not_empty', numbers, 4).value).toBe(3);
    expect(computeRollup('percent_empty', numbers, 4).value).toBe(0.25);
    expect(computeRollup('unique', [n(1), n(1), n(2)], 3).value).toBe(2);
  });

  it('handles checkboxes and dates', () => {
    expect(computeRollup('checked', [c(true), c(false), c(true)], 3).value).toBe(2);
    expect(computeRollup('percent_unchecked', [c(true), c(false)], 2).value).toBe(0.5);
    const dates = [d('2026-03-01'), d('2025-12-24'), d('2026-01-05T10:00:00.000+00:00')];
    expect(computeRollup('earliest_date', dates, 3).value).toEqual({
      start: '2025-12-24',
      end: null,
      timeZone: null,
    });
    expect(computeRollup('latest_date', dates, 3).value).toEqual({
      start: '2026-03-01',
      end: null,
      timeZone: null,
    });
    expect(computeRollup('date_range', dates, 3).value).toEqual({
      start: '2025-12-24',
      end: '2026-03-01',
      timeZone: null,
    });
  });

  it('lists values as they are, or once each', () => {
    expect(computeRollup('show_original', [n(1), n(1)], 2)).toEqual({
      type: 'array',
      value: [n(1), n(1)],
      function: 'show_original',
    });
    expect(computeRollup('show_unique', [n(1), n(1)], 2).value).toEqual([n(1)]);
    expect(computeRollup('count_per_group', [n(1)], 1).type).toBe('unsupported');
  });
});
