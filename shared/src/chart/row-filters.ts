import { tz } from '@date-fns/tz';
import {
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import type { CalendarPeriod, Cell, FilterConfig, FilterValue, SchemaProperty } from '../contracts';
import { type CellInput, isEmptyCell, textOf } from './cell-values';
import { MS_PER_DAY } from './civil-date';
import { type PropertyTraits, traitsOf } from './property-kinds';
import { type DateValue, parseDateValue, type ZonedCalendar } from './zoned-calendar';

type CellTest = (cell: CellInput) => boolean;
export type RowTest = (values: Readonly<Record<string, Cell>>) => boolean;

export interface FilterContext {
  properties: ReadonlyMap<string, SchemaProperty>;
  calendar: ZonedCalendar;
  now: Date;
}

const never: CellTest = () => false;

/** All filters together (AND); `null` when there are none. Assumes `checkChartConfig` passed. */
export function compileFilters(
  filters: readonly FilterConfig[] | undefined,
  context: FilterContext,
): RowTest | null {
  if (!filters || filters.length === 0) return null;
  const tests = filters.map((filter) => {
    const property = context.properties.get(filter.property);
    const test = property ? compileFilter(filter, traitsOf(property), context) : never;
    return { id: filter.property, test };
  });
  return (values) => tests.every(({ id, test }) => test(values[id]));
}

function compileFilter(
  filter: FilterConfig,
  traits: PropertyTraits,
  context: FilterContext,
): CellTest {
  const { value } = filter;
  switch (filter.op) {
    case 'is_empty':
      return traits.neverEmpty ? never : isEmptyCell;
    case 'is_not_empty':
      return traits.neverEmpty ? () => true : (cell) => !isEmptyCell(cell);
    case 'eq':
      return equalityTest(value, traits, context.calendar);
    case 'neq': {
      const equals = equalityTest(value, traits, context.calendar);
      return (cell) => !equals(cell);
    }
    case 'contains':
      return containsTest(value, traits);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return comparisonTest(filter.op, value, traits, context.calendar);
    case 'in_last_days': {
      if (typeof value !== 'number' || traits.kind !== 'date') return never;
      const end = context.now.getTime();
      return instantTest(context.calendar, (ms) => ms >= end - value * MS_PER_DAY && ms <= end);
    }
    case 'in_current': {
      if (!isCalendarPeriod(value) || traits.kind !== 'date') return never;
      const [start, end] = currentPeriod(value, context);
      return instantTest(context.calendar, (ms) => ms >= start && ms < end);
    }
  }
}

/** Page ids compare without dashes and case, as Notion prints them both ways. */
function pageIdKey(id: string): string {
  return id.replaceAll('-', '').toLowerCase();
}

/** Relations hold page ids: `eq` and `contains` both ask whether the row links that page. */
function relationTest(value: FilterValue): CellTest {
  const key = pageIdKey(String(value));
  return (cell) => Array.isArray(cell) && cell.some((id) => pageIdKey(id) === key);
}

/** `eq`: a multi-valued cell "contains" the value; dates compare calendar dates in the zone. */
function equalityTest(
  value: FilterValue | undefined,
  traits: PropertyTraits,
  calendar: ZonedCalendar,
): CellTest {
  if (value === undefined) return never;
  switch (traits.kind) {
    case 'date': {
      const target = typeof value === 'string' ? parseDateValue(value) : null;
      if (!target) return never;
      const day = calendar.dayOf(target);
      return dateTest((date) => calendar.dayOf(date) === day);
    }
    case 'number':
      return (cell) => cell === value;
    case 'checkbox':
      return traits.neverEmpty ? (cell) => (cell ?? false) === value : (cell) => cell === value;
    case 'relation':
      return relationTest(value);
    default: {
      const text = textOf(value);
      return (cell) => {
        if (cell === null || cell === undefined) return false;
        return Array.isArray(cell) ? cell.includes(text) : textOf(cell) === text;
      };
    }
  }
}

/** Case-insensitive substring on text (option names included); element membership on arrays. */
function containsTest(value: FilterValue | undefined, traits: PropertyTraits): CellTest {
  if (value === undefined) return never;
  if (traits.kind === 'relation') return relationTest(value);
  if (traits.kind === 'date' || traits.kind === 'number' || traits.kind === 'checkbox')
    return never;
  const text = textOf(value);
  const needle = text.toLowerCase();
  return (cell) => {
    if (cell === null || cell === undefined) return false;
    if (Array.isArray(cell)) return cell.includes(text);
    return textOf(cell).toLowerCase().includes(needle);
  };
}

function comparisonTest(
  op: 'gt' | 'gte' | 'lt' | 'lte',
  value: FilterValue | undefined,
  traits: PropertyTraits,
  calendar: ZonedCalendar,
): CellTest {
  const compare = comparator(op);
  if (traits.kind === 'number' && typeof value === 'number') {
    return (cell) => typeof cell === 'number' && compare(cell, value);
  }
  if (traits.kind === 'date' && typeof value === 'string') {
    const target = parseDateValue(value);
    if (!target) return never;
    const bound = calendar.instantOf(target);
    return instantTest(calendar, (ms) => compare(ms, bound));
  }
  return never;
}

function comparator(op: 'gt' | 'gte' | 'lt' | 'lte'): (a: number, b: number) => boolean {
  switch (op) {
    case 'gt':
      return (a, b) => a > b;
    case 'gte':
      return (a, b) => a >= b;
    case 'lt':
      return (a, b) => a < b;
    case 'lte':
      return (a, b) => a <= b;
  }
}

/** Tests a date cell through its parsed value, once per distinct text. */
function dateTest(test: (date: DateValue) => boolean): CellTest {
  const results = new Map<string, boolean>();
  return (cell) => {
    if (typeof cell !== 'string') return false;
    let result = results.get(cell);
    if (result === undefined) {
      const date = parseDateValue(cell);
      result = date !== null && test(date);
      results.set(cell, result);
    }
    return result;
  };
}

/** A date without time counts as midnight in the chart's zone. */
function instantTest(calendar: ZonedCalendar, test: (ms: number) => boolean): CellTest {
  return dateTest((date) => test(calendar.instantOf(date)));
}

export const CALENDAR_PERIODS: readonly CalendarPeriod[] = ['week', 'month', 'quarter', 'year'];

export function isCalendarPeriod(value: unknown): value is CalendarPeriod {
  return CALENDAR_PERIODS.includes(value as CalendarPeriod);
}

/** `[start, end)` of the week (ISO, Monday first), month, quarter or year holding `now`. */
function currentPeriod(period: CalendarPeriod, { calendar, now }: FilterContext): [number, number] {
  const inZone = { in: tz(calendar.timeZone) };
  switch (period) {
    case 'week': {
      const start = startOfISOWeek(now, inZone);
      return [start.getTime(), addWeeks(start, 1, inZone).getTime()];
    }
    case 'month': {
      const start = startOfMonth(now, inZone);
      return [start.getTime(), addMonths(start, 1, inZone).getTime()];
    }
    case 'quarter': {
      const start = startOfQuarter(now, inZone);
      return [start.getTime(), addQuarters(start, 1, inZone).getTime()];
    }
    case 'year': {
      const start = startOfYear(now, inZone);
      return [start.getTime(), addYears(start, 1, inZone).getTime()];
    }
  }
}
