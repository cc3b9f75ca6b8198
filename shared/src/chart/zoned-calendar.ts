import { TZDate, tzOffset } from '@date-fns/tz';
import { civilDateOf, MS_PER_DAY, parseDateOnly } from './civil-date';

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
/** Zones are few in practice; past this many, the shared calendars start over. */
const MAX_SHARED_ZONES = 64;

const knownZones = new Map<string, boolean>();

/** IANA names only: `Intl` also takes offsets such as `+01:00` on newer runtimes. */
export function isKnownTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = !/^[+-]/.test(name) && name.trim() === name && name !== '';
    if (known) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
      } catch {
        known = false;
      }
    }
    knownZones.set(name, known);
  }
  return known;
}

/** A date cell read as what it holds: a calendar date, or an instant. */
export type DateValue = { dateOnly: true; dayNumber: number } | { dateOnly: false; ms: number };

const OFFSET_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** `count` decimal digits of `text` from `start`; `NaN` if any is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && isLeap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * The canonical `Date#toISOString()` form the sync writes (`2026-03-01T09:30:00.000Z`), read
 * field by field: most instants are distinct, so this runs once per row on large charts.
 */
function parseCanonicalInstant(text: string): number {
  if (text.length !== 24 || text[10] !== 'T' || text[23] !== 'Z') return Number.NaN;
  if (
    text[4] !== '-' ||
    text[7] !== '-' ||
    text[13] !== ':' ||
    text[16] !== ':' ||
    text[19] !== '.'
  ) {
    return Number.NaN;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  // Date.UTC reads years below 100 as 19xx and rolls over out-of-range fields: leave those to Date.parse.
  const fieldsFit =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!fieldsFit) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, digitsAt(text, 20, 3));
}

/** An ISO instant with an offset (`Z` or `±hh:mm`) as epoch ms; `NaN` for anything else. */
export function parseInstant(text: string): number {
  const canonical = parseCanonicalInstant(text);
  if (!Number.isNaN(canonical)) return canonical;
  // A bare date-time without an offset would be read in the host's zone: refuse it.
  return OFFSET_INSTANT.test(text) ? Date.parse(text) : Number.NaN;
}

/** `YYYY-MM-DD` or an ISO instant; `null` for anything else. */
export function parseDateValue(text: string): DateValue | null {
  if (text.length === 10) {
    const dayNumber = parseDateOnly(text);
    return dayNumber === null ? null : { dateOnly: true, dayNumber };
  }
  const ms = parseInstant(text);
  return Number.isNaN(ms) ? null : { dateOnly: false, ms };
}

/**
 * Calendar dates and midnights in one IANA zone. Offsets come from @date-fns/tz, which asks
 * `Intl` (about 2 µs a call), so they are cached per UTC day: a day whose first and last
 * millisecond share an offset is taken to keep it throughout (zones change offset at most once
 * a day), and only a day holding a transition is looked at hour by hour, then per instant.
 */
export class ZonedCalendar {
  private static readonly shared = new Map<string, ZonedCalendar>();

  /**
   * One calendar per zone for the life of the process, so charts recomputed after each sync
   * reuse offsets already looked up. Its caches only grow with distinct days seen in the zone.
   */
  static of(timeZone: string): ZonedCalendar {
    let calendar = ZonedCalendar.shared.get(timeZone);
    if (!calendar) {
      if (ZonedCalendar.shared.size >= MAX_SHARED_ZONES) ZonedCalendar.shared.clear();
      calendar = new ZonedCalendar(timeZone);
      ZonedCalendar.shared.set(timeZone, calendar);
    }
    return calendar;
  }

  private readonly offsetByDay = new Map<number, number>();
  private readonly offsetByHour = new Map<number, number>();
  private readonly midnightByDay = new Map<number, number>();
  private readonly isUtc: boolean;

  constructor(readonly timeZone: string) {
    this.isUtc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  }

  /** Offset from UTC in minutes at `ms` (east positive). */
  offsetAt(ms: number): number {
    if (this.isUtc) return 0;
    const offset = this.steadyOffset(this.offsetByDay, Math.floor(ms / MS_PER_DAY), MS_PER_DAY);
    if (!Number.isNaN(offset)) return offset;
    const hourly = this.steadyOffset(this.offsetByHour, Math.floor(ms / MS_PER_HOUR), MS_PER_HOUR);
    return Number.isNaN(hourly) ? tzOffset(this.timeZone, new Date(ms)) : hourly;
  }

  /** The offset over the `span`-long period number `period`, or `NaN` if it changes in it. */
  private steadyOffset(cache: Map<number, number>, period: number, span: number): number {
    let offset = cache.get(period);
    if (offset === undefined) {
      const start = tzOffset(this.timeZone, new Date(period * span));
      const end = tzOffset(this.timeZone, new Date((period + 1) * span - 1));
      offset = start === end ? start : Number.NaN;
      cache.set(period, offset);
    }
    return offset;
  }

  /** The calendar date (day number) holding the instant `ms` in this zone. */
  dayOfInstant(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms) * MS_PER_MINUTE) / MS_PER_DAY);
  }

  /** The instant that starts the calendar date in this zone (the first wall time after a gap). */
  midnightOf(dayNumber: number): number {
    let ms = this.midnightByDay.get(dayNumber);
    if (ms === undefined) {
      const { year, month, day } = civilDateOf(dayNumber);
      ms = new TZDate(year, month - 1, day, this.timeZone).getTime();
      this.midnightByDay.set(dayNumber, ms);
    }
    return ms;
  }

  /** The calendar date of a date cell's text, without allocating; `NaN` if it is not a date. */
  dayOfText(text: string): number {
    if (text.length === 10) return parseDateOnly(text) ?? Number.NaN;
    const ms = parseInstant(text);
    return Number.isNaN(ms) ? ms : this.dayOfInstant(ms);
  }

  /** A date value's calendar date: its own for a date without time, else the one in this zone. */
  dayOf(value: DateValue): number {
    return value.dateOnly ? value.dayNumber : this.dayOfInstant(value.ms);
  }

  /** A date value's instant: a date without time counts as its midnight in this zone. */
  instantOf(value: DateValue): number {
    return value.dateOnly ? this.midnightOf(value.dayNumber) : value.ms;
  }
}
