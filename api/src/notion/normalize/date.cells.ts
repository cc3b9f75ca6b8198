import { tz } from '@date-fns/tz';
import { parseISO } from 'date-fns';
import type { DateValue } from './notion-values.types';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date-time string as a UTC instant. An offset in the string fixes the instant; without one
 * it is a wall time in `timeZone`, or in UTC when Notion names none (as its filters assume).
 * A zone name we do not know falls back to UTC rather than losing the value.
 */
function toInstant(start: string, timeZone: string | null): string | null {
  const parsed = parseISO(start, { in: tz(timeZone ?? 'UTC') }).getTime();
  if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  return timeZone === null ? null : toInstant(start, null);
}

/** `created_time`, `last_edited_time`: the instant in UTC. */
export function instantCell(value: string): string | null {
  return toInstant(value, null);
}

/**
 * Date, date formula and date rollup: the start only. A date without time keeps its calendar
 * date (`YYYY-MM-DD`) so charts bucket it the same in every time zone.
 */
export function dateCell(date: DateValue): string | null {
  if (date === null || !date.start) return null;
  return DATE_ONLY.test(date.start) ? date.start : toInstant(date.start, date.time_zone);
}
