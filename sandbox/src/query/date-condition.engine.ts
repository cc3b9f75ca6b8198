import { DAY_MS } from '../core/clock.util';
import { quoted, validationError } from '../core/notion-error.error';
import type { DateValue } from '../model/property.types';

export type DatePredicate = (value: DateValue | null) => boolean;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /([zZ]|[+-]\d{2}:?\d{2})$/;

const RELATIVE_DAYS: Record<string, (today: Date) => Date> = {
  today: (d) => d,
  tomorrow: (d) => addDays(d, 1),
  yesterday: (d) => addDays(d, -1),
  one_week_ago: (d) => addDays(d, -7),
  one_week_from_now: (d) => addDays(d, 7),
  one_month_ago: (d) => addMonths(d, -1),
  one_month_from_now: (d) => addMonths(d, 1),
};

const RANGES: Record<string, (today: Date) => [Date, Date]> = {
  past_week: (d) => [addDays(d, -7), d],
  past_month: (d) => [addMonths(d, -1), d],
  past_year: (d) => [addMonths(d, -12), d],
  next_week: (d) => [d, addDays(d, 7)],
  next_month: (d) => [d, addMonths(d, 1)],
  next_year: (d) => [d, addMonths(d, 12)],
  // Weeks start on Monday (ISO 8601).
  this_week: (d) => {
    const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
    return [monday, addDays(monday, 6)];
  },
};

const COMPARISONS = ['equals', 'before', 'after', 'on_or_before', 'on_or_after'] as const;
type Comparison = (typeof COMPARISONS)[number];

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

function addMonths(day: Date, months: number): Date {
  const out = new Date(day.getTime());
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function startOfUtcDay(ms: number): Date {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

/** The calendar day as written in the value (its own offset), e.g. `2026-05-01`. */
function valueDay(value: DateValue): string {
  return value.start.slice(0, 10);
}

/** The instant of a value; a date without time counts as midnight UTC. */
export function valueInstant(value: DateValue): number {
  return Date.parse(DATE_ONLY.test(value.start) ? `${value.start}T00:00:00Z` : value.start);
}

function compare(op: Comparison, a: number | string, b: number | string): boolean {
  switch (op) {
    case 'equals':
      return a === b;
    case 'before':
      return a < b;
    case 'after':
      return a > b;
    case 'on_or_before':
      return a <= b;
    case 'on_or_after':
      return a >= b;
  }
}

/**
 * Compiles one date condition (`{"on_or_after": "2026-05-01"}` …). A date without time
 * compares by calendar day; a datetime compares with millisecond precision and defaults to
 * UTC when it has no offset, as Notion documents. Relative values resolve against `now`.
 */
export function compileDateCondition(condition: unknown, now: number, path: string): DatePredicate {
  const [op, arg] = singleEntry(condition, path);
  if (op === 'is_empty' || op === 'is_not_empty') {
    requireTrue(arg, `${path}.${op}`);
    return op === 'is_empty' ? (v) => v === null : (v) => v !== null;
  }
  const today = startOfUtcDay(now);
  const range = RANGES[op];
  if (range) {
    if (typeof arg !== 'object' || arg === null || Object.keys(arg).length > 0) {
      throw validationError(`body failed validation: ${path}.${op} should be an empty object.`);
    }
    const [from, to] = range(today).map(dayKey);
    return (v) => v !== null && valueDay(v) >= from && valueDay(v) <= to;
  }
  if (!(COMPARISONS as readonly string[]).includes(op)) {
    throw validationError(
      `body failed validation: ${path}.${op} is not a supported date condition.`,
    );
  }
  const comparison = op as Comparison;
  if (typeof arg !== 'string') {
    throw validationError(
      `body failed validation: ${path}.${op} should be a string, instead was ${quoted(arg)}.`,
    );
  }
  const relative = RELATIVE_DAYS[arg];
  if (relative || DATE_ONLY.test(arg)) {
    const day = relative ? dayKey(relative(today)) : arg;
    if (Number.isNaN(Date.parse(day))) throw invalidDate(path, op, arg);
    return (v) => v !== null && compare(comparison, valueDay(v), day);
  }
  const instant = Date.parse(HAS_OFFSET.test(arg) ? arg : `${arg}Z`);
  if (Number.isNaN(instant)) throw invalidDate(path, op, arg);
  return (v) => v !== null && compare(comparison, valueInstant(v), instant);
}

function invalidDate(path: string, op: string, arg: string) {
  return validationError(
    `body failed validation: ${path}.${op} should be a valid ISO 8601 date string, instead was ${quoted(arg)}.`,
  );
}

/** A condition object must hold exactly one operator. */
export function singleEntry(condition: unknown, path: string): [string, unknown] {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
    throw validationError(
      `body failed validation: ${path} should be an object, instead was ${quoted(condition)}.`,
    );
  }
  const entries = Object.entries(condition);
  if (entries.length !== 1) {
    throw validationError(
      `body failed validation: ${path} should have exactly one condition, instead had ${entries.length}.`,
    );
  }
  return entries[0];
}

export function requireTrue(arg: unknown, path: string): void {
  if (arg !== true) {
    throw validationError(
      `body failed validation: ${path} should be \`true\`, instead was ${quoted(arg)}.`,
    );
  }
}
