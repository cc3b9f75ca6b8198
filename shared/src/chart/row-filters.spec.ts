import type { Cell, FilterConfig } from '../contracts';
import { compileFilters } from './row-filters';
import { PROPERTIES } from './chart.fixtures';
import { ZonedCalendar } from './zoned-calendar';

const NOW = new Date('2026-06-15T12:00:00.000Z'); // a Monday

function passes(
  filter: FilterConfig,
  cell: Cell | undefined,
  { timezone = 'UTC', now = NOW }: { timezone?: string; now?: Date } = {},
): boolean {
  const test = compileFilters([filter], {
    properties: PROPERTIES,
    calendar: new ZonedCalendar(timezone),
    now,
  });
  const values: Record<string, Cell> = cell === undefined ? {} : { [filter.property]: cell };
  return test ? test(values) : true;
}

type Case = [
  property: string,
  value: FilterConfig['value'],
  cell: Cell | undefined,
  expected: boolean,
];

describe('filters', () => {
  it('is absent without filters', () => {
    expect(
      compileFilters([], { properties: PROPERTIES, calendar: new ZonedCalendar('UTC'), now: NOW }),
    ).toBeNull();
  });

  describe('eq', () => {
    it.each<Case>([
      ['name', 'Deal A', 'Deal A', true],
      ['name', 'Deal A', 'deal a', false],
      ['name', 'Deal A', null, false],
      ['site', 'https://a.example', 'https://a.example', true],
      ['stage', 'Won', 'Won', true],
      ['stage', 'Won', 'Lost', false],
      ['stage', 'Won', null, false],
      ['status', 'Done', 'Done', true],
      ['tags', 'US', ['EU', 'US'], true],
      ['tags', 'US', ['EU'], false],
      ['tags', 'US', [], false],
      ['owner', 'Bob', ['Ann', 'Bob'], true],
      ['owner', 'bob', ['Ann', 'Bob'], false],
      ['creator', 'Ann', 'Ann', true],
      [
        'account',
        '6F1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E',
        ['6f1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e'],
        true,
      ],
      ['account', 'a-page', ['another-page'], false],
      ['docs', 'contract.pdf', ['contract.pdf', 'memo.txt'], true],
      ['regions', 'EMEA', ['EMEA', 'AMER'], true],
      ['amount', 5, 5, true],
      ['amount', 5, 6, false],
      ['amount', 0, null, false],
      ['margin', 0.5, 0.5, true],
      ['total', 10, 10, true],
      ['paid', true, true, true],
      ['paid', true, false, false],
      ['paid', false, undefined, true],
      ['flag', false, false, true],
      ['flag', false, null, false],
      ['code', 'A-1', 'A-1', true],
      ['uid', 'DEAL-42', 'DEAL-42', true],
      ['uid', 42, 42, true],
      ['uid', '42', 42, true],
      ['close', '2026-03-01', '2026-03-01', true],
      ['close', '2026-03-01', '2026-03-02', false],
      ['close', '2026-03-01', '2026-03-01T09:30:00.000Z', true],
      ['close', '2026-03-01T23:59:00.000Z', '2026-03-01', true],
      ['created', '2026-03-01', '2026-03-01T00:00:00.000Z', true],
      ['due', '2026-03-01', '2026-03-01', true],
      ['close', '2026-03-01', null, false],
    ])('%s eq %p on %p is %p', (property, value, cell, expected) => {
      expect(passes({ property, op: 'eq', value }, cell)).toBe(expected);
    });

    it('compares instants by their calendar date in the chart time zone', () => {
      const filter: FilterConfig = { property: 'close', op: 'eq', value: '2026-03-01' };
      const lateOnFebruary28 = '2026-02-28T23:30:00.000Z';
      expect(passes(filter, lateOnFebruary28, { timezone: 'UTC' })).toBe(false);
      expect(passes(filter, lateOnFebruary28, { timezone: 'Europe/Berlin' })).toBe(true);
      // The filter value's own instant is read in the zone too: 00:30 UTC is still Feb 28 in New York.
      const instantFilter: FilterConfig = {
        property: 'close',
        op: 'eq',
        value: '2026-03-01T00:30:00.000Z',
      };
      expect(passes(instantFilter, '2026-02-28', { timezone: 'America/New_York' })).toBe(true);
      expect(passes(instantFilter, '2026-02-28', { timezone: 'UTC' })).toBe(false);
    });
  });

  describe('neq', () => {
    it.each<Case>([
      ['name', 'Deal A', 'Deal B', true],
      ['name', 'Deal A', 'Deal A', false],
      ['name', 'Deal A', null, true],
      ['stage', 'Won', null, true],
      ['stage', 'Won', 'Won', false],
      ['tags', 'EU', ['EU', 'US'], false],
      ['tags', 'EU', ['US'], true],
      ['tags', 'EU', [], true],
      ['amount', 5, null, true],
      ['amount', 5, 5, false],
      ['paid', true, false, true],
      ['close', '2026-03-01', null, true],
      ['close', '2026-03-01', '2026-03-01', false],
      ['account', 'p-1', [], true],
    ])('%s neq %p on %p is %p', (property, value, cell, expected) => {
      expect(passes({ property, op: 'neq', value }, cell)).toBe(expected);
    });
  });

  describe('contains', () => {
    it.each<Case>([
      ['name', 'deal', 'Big Deal', true],
      ['name', 'DEAL', 'Big deal', true],
      ['name', 'xyz', 'Big Deal', false],
      ['name', 'deal', null, false],
      ['notes', 'ok', 'Looks OK to me', true],
      ['stage', 'los', 'Lost', true],
      ['tags', 'EU', ['EU', 'US'], true],
      ['tags', 'E', ['EU', 'US'], false],
      ['tags', 'EU', [], false],
      ['owner', 'Ann Lee', ['Ann Lee'], true],
      ['owner', 'ann', ['Ann Lee'], false],
      ['account', 'p-1', ['p-1', 'p-2'], true],
      ['docs', 'memo.txt', ['memo.txt'], true],
      ['code', 'x-', 'X-7', true],
      ['uid', 'deal', 'DEAL-42', true],
    ])('%s contains %p on %p is %p', (property, value, cell, expected) => {
      expect(passes({ property, op: 'contains', value }, cell)).toBe(expected);
    });
  });

  describe('gt, gte, lt, lte', () => {
    it.each<[string, FilterConfig['op'], FilterConfig['value'], Cell | undefined, boolean]>([
      ['amount', 'gt', 4, 5, true],
      ['amount', 'gt', 5, 5, false],
      ['amount', 'gte', 5, 5, true],
      ['amount', 'lt', 5, 5, false],
      ['amount', 'lt', 5, 4.99, true],
      ['amount', 'lte', 5, 5, true],
      ['amount', 'gt', -1, null, false],
      ['amount', 'lt', 1, null, false],
      ['margin', 'gte', 0.25, 0.3, true],
      ['total', 'lt', 100, 120, false],
      ['close', 'gt', '2026-02-28', '2026-03-01', true],
      ['close', 'gt', '2026-03-01', '2026-03-01', false],
      ['close', 'gte', '2026-03-01', '2026-03-01', true],
      ['close', 'lte', '2026-03-01', '2026-03-01T00:00:00.000Z', true],
      ['close', 'lt', '2026-03-01', '2026-03-01T00:00:00.001Z', false],
      ['close', 'gt', '2026-03-01T12:00:00.000Z', '2026-03-01T12:00:01.000Z', true],
      ['created', 'lt', '2026-01-01', '2025-12-31T23:59:59.000Z', true],
      ['due', 'gte', '2026-03-01', '2026-02-01', false],
      ['close', 'gt', '2000-01-01', null, false],
    ])('%s %s %p on %p is %p', (property, op, value, cell, expected) => {
      expect(passes({ property, op, value }, cell)).toBe(expected);
    });

    it('counts a date without time as midnight in the chart time zone', () => {
      // Midnight of 2026-03-01 is 2026-02-28T23:00Z in Berlin and 2026-03-01T05:00Z in New York.
      const beforeHalfPastEleven: FilterConfig = {
        property: 'close',
        op: 'lt',
        value: '2026-02-28T23:30:00.000Z',
      };
      expect(passes(beforeHalfPastEleven, '2026-03-01', { timezone: 'Europe/Berlin' })).toBe(true);
      expect(passes(beforeHalfPastEleven, '2026-03-01', { timezone: 'UTC' })).toBe(false);
      const beforeMarch: FilterConfig = { property: 'close', op: 'lt', value: '2026-03-01' };
      expect(
        passes(beforeMarch, '2026-03-01T04:30:00.000Z', { timezone: 'America/New_York' }),
      ).toBe(true);
      expect(passes(beforeMarch, '2026-03-01T04:30:00.000Z', { timezone: 'UTC' })).toBe(false);
    });
  });

  describe('is_empty and is_not_empty', () => {
    it.each<[string, Cell | undefined, boolean]>([
      ['name', null, true],
      ['name', 'x', false],
      ['name', '', true],
      ['name', undefined, true],
      ['amount', null, true],
      ['amount', 0, false],
      ['tags', [], true],
      ['tags', ['EU'], false],
      ['owner', [], true],
      ['account', [], true],
      ['close', null, true],
      ['close', '2026-03-01', false],
      ['paid', false, false],
      ['paid', undefined, false],
      ['flag', null, true],
      ['flag', false, false],
      ['stage', null, true],
    ])('%s is empty on %p: %p', (property, cell, expected) => {
      expect(passes({ property, op: 'is_empty' }, cell)).toBe(expected);
      expect(passes({ property, op: 'is_not_empty' }, cell)).toBe(!expected);
    });
  });

  describe('in_last_days', () => {
    // now is 2026-06-15T12:00Z: 7 days back is 2026-06-08T12:00Z.
    it.each<[Cell, boolean]>([
      ['2026-06-08T12:00:00.000Z', true],
      ['2026-06-08T11:59:59.000Z', false],
      ['2026-06-15T12:00:00.000Z', true],
      ['2026-06-15T12:00:01.000Z', false],
      ['2026-06-09', true],
      ['2026-06-08', false],
      ['2026-06-15', true],
      ['2026-06-16', false],
      [null, false],
    ])('7 days on %p is %p', (cell, expected) => {
      expect(passes({ property: 'close', op: 'in_last_days', value: 7 }, cell)).toBe(expected);
    });

    it('reads dates without time as midnight in the chart time zone', () => {
      // Midnight of 2026-06-16 in Auckland (+12) is exactly now: inside the window there, future in UTC.
      const filter: FilterConfig = { property: 'close', op: 'in_last_days', value: 1 };
      expect(passes(filter, '2026-06-16', { timezone: 'Pacific/Auckland' })).toBe(true);
      expect(passes(filter, '2026-06-16', { timezone: 'UTC' })).toBe(false);
      expect(
        passes({ property: 'created', op: 'in_last_days', value: 1 }, '2026-06-14T12:00:00.000Z'),
      ).toBe(true);
    });
  });

  describe('in_current', () => {
    it.each<[FilterConfig['value'], Cell, boolean]>([
      ['week', '2026-06-14', false],
      ['week', '2026-06-15', true],
      ['week', '2026-06-21', true],
      ['week', '2026-06-21T23:59:59.000Z', true],
      ['week', '2026-06-22', false],
      ['month', '2026-05-31', false],
      ['month', '2026-06-01', true],
      ['month', '2026-06-30', true],
      ['month', '2026-07-01', false],
      ['quarter', '2026-03-31', false],
      ['quarter', '2026-04-01', true],
      ['quarter', '2026-06-30', true],
      ['quarter', '2026-07-01', false],
      ['year', '2025-12-31', false],
      ['year', '2026-01-01', true],
      ['year', '2026-12-31T23:59:59.999Z', true],
      ['year', '2027-01-01', false],
      ['month', null, false],
    ])('this %s on %p is %p', (value, cell, expected) => {
      expect(passes({ property: 'close', op: 'in_current', value }, cell)).toBe(expected);
    });

    it('takes the period holding now in the chart time zone', () => {
      const newYearsEve = new Date('2026-12-31T23:30:00.000Z'); // already 2027 in Berlin
      const thisYear: FilterConfig = { property: 'close', op: 'in_current', value: 'year' };
      expect(passes(thisYear, '2027-01-01', { timezone: 'Europe/Berlin', now: newYearsEve })).toBe(
        true,
      );
      expect(passes(thisYear, '2026-12-31', { timezone: 'Europe/Berlin', now: newYearsEve })).toBe(
        false,
      );
      expect(passes(thisYear, '2026-12-31', { timezone: 'UTC', now: newYearsEve })).toBe(true);

      const sundayNightInNewYork = new Date('2026-06-22T02:00:00.000Z'); // Monday in UTC
      const thisWeek: FilterConfig = { property: 'close', op: 'in_current', value: 'week' };
      expect(
        passes(thisWeek, '2026-06-21', { timezone: 'America/New_York', now: sundayNightInNewYork }),
      ).toBe(true);
      expect(
        passes(thisWeek, '2026-06-22', { timezone: 'America/New_York', now: sundayNightInNewYork }),
      ).toBe(false);
      expect(passes(thisWeek, '2026-06-22', { timezone: 'UTC', now: sundayNightInNewYork })).toBe(
        true,
      );
      // The Berlin week ends at Sunday midnight Berlin time: 22:00 UTC in summer.
      expect(passes(thisWeek, '2026-06-21T21:59:59.000Z', { timezone: 'Europe/Berlin' })).toBe(
        true,
      );
      expect(passes(thisWeek, '2026-06-21T22:00:00.000Z', { timezone: 'Europe/Berlin' })).toBe(
        false,
      );
    });
  });

  it('combines filters with AND', () => {
    const test = compileFilters(
      [
        { property: 'stage', op: 'eq', value: 'Won' },
        { property: 'amount', op: 'gte', value: 100 },
      ],
      { properties: PROPERTIES, calendar: new ZonedCalendar('UTC'), now: NOW },
    );
    expect(test?.({ stage: 'Won', amount: 150 })).toBe(true);
    expect(test?.({ stage: 'Won', amount: 50 })).toBe(false);
    expect(test?.({ stage: 'Lost', amount: 150 })).toBe(false);
  });

  it('lets no row through a filter on a property the schema lacks', () => {
    expect(passes({ property: 'gone', op: 'is_empty' }, null)).toBe(false);
  });
});
