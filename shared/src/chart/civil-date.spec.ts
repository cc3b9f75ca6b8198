import { tz } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import {
  civilDateOf,
  dayNumberOf,
  formatDayNumber,
  isoWeekOf,
  isoWeekStart,
  MS_PER_DAY,
  parseDateOnly,
} from './civil-date';

describe('civil dates', () => {
  it('reads YYYY-MM-DD and refuses impossible or other shapes', () => {
    expect(parseDateOnly('1970-01-02')).toBe(1);
    expect(parseDateOnly('2024-02-29')).toBe(dayNumberOf(2024, 2, 29));
    expect(parseDateOnly('2026-02-29')).toBeNull();
    expect(parseDateOnly('2026-13-01')).toBeNull();
    expect(parseDateOnly('2026-3-1')).toBeNull();
    expect(parseDateOnly('2026-03-01T00:00:00Z')).toBeNull();
  });

  it('round-trips day numbers and formats them', () => {
    expect(civilDateOf(dayNumberOf(2026, 3, 1))).toEqual({ year: 2026, month: 3, day: 1 });
    expect(formatDayNumber(dayNumberOf(2026, 3, 1))).toBe('2026-03-01');
    expect(formatDayNumber(-1)).toBe('1969-12-31');
  });

  it.each([
    ['2027-01-01', 2026, 53],
    ['2026-12-31', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2026-01-01', 2026, 1],
    ['2025-12-29', 2026, 1],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2026-02-01', 2026, 5],
  ])('puts %s in ISO week %i-W%i', (date, weekYear, week) => {
    expect(isoWeekOf(parseDateOnly(date) ?? Number.NaN)).toEqual({ weekYear, week });
  });

  it('starts ISO weeks on Monday', () => {
    // 2026-03-01 is a Sunday; its week began on Monday 2026-02-23.
    expect(formatDayNumber(isoWeekStart(dayNumberOf(2026, 3, 1)))).toBe('2026-02-23');
    expect(formatDayNumber(isoWeekStart(dayNumberOf(2026, 2, 23)))).toBe('2026-02-23');
    expect(formatDayNumber(isoWeekStart(dayNumberOf(1969, 12, 31)))).toBe('1969-12-29');
  });

  it('agrees with date-fns on ISO weeks for any date from 1900 to 2200', () => {
    const utc = { in: tz('UTC') };
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2200, 12, 31) }),
        (day) => {
          const date = new Date(day * MS_PER_DAY);
          expect(isoWeekOf(day)).toEqual({
            weekYear: getISOWeekYear(date, utc),
            week: getISOWeek(date, utc),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
