/**
 * Calendar dates as day numbers (days since 1970-01-01), with no time zone attached. Bucketing
 * runs on these so each distinct date costs a few integer operations; converting instants to
 * calendar dates in a zone is the job of `zoned-calendar.ts`. `civil-date.spec.ts` checks the
 * ISO week rule against date-fns.
 */
export const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** Days in 400 Gregorian years: the calendar repeats itself after them. */
const DAYS_PER_400_YEARS = 146_097;

export function dayNumberOf(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; shift them by a whole calendar cycle instead.
  if (year >= 0 && year < 100) return dayNumberOf(year + 400, month, day) - DAYS_PER_400_YEARS;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function civilDateOf(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number; `null` for anything else, impossible dates (`2026-02-30`) included. */
export function parseDateOnly(text: string): number | null {
  const match = DATE_ONLY.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const dayNumber = dayNumberOf(year, month, day);
  const back = civilDateOf(dayNumber);
  return back.year === year && back.month === month && back.day === day ? dayNumber : null;
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
function isoWeekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The Monday that starts the ISO week holding `dayNumber`. */
export function isoWeekStart(dayNumber: number): number {
  return dayNumber - isoWeekdayIndex(dayNumber);
}

/** ISO 8601 week: its year is the year of the week's Thursday. */
export function isoWeekOf(dayNumber: number): { weekYear: number; week: number } {
  const thursday = isoWeekStart(dayNumber) + 3;
  const weekYear = civilDateOf(thursday).year;
  const week = Math.floor((thursday - dayNumberOf(weekYear, 1, 1)) / 7) + 1;
  return { weekYear, week };
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
