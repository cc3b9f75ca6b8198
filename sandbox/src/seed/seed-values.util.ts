import { DAY_MS } from '../core/clock.util';
import type { Prng } from '../core/prng.util';

export function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A datetime in UTC as Notion writes it: `2025-03-14T15:30:00.000+00:00`. */
export function utcDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

/** Wall-clock time in `timeZone` with that zone's offset, e.g. `2026-02-10T15:00:00.000-05:00`. */
export function zonedDateTime(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}.000${offset}`;
}

/** The instant whose wall-clock time in `timeZone` is the given local time. */
export function zonedInstant(local: string, timeZone: string): number {
  const guess = Date.parse(`${local}Z`);
  const offset = zonedDateTime(guess, timeZone).slice(-6);
  return Date.parse(`${local}${offset}`);
}

/** A random instant between two dates, during working hours (UTC). */
export function workingTime(rng: Prng, fromMs: number, toMs: number): number {
  const day = Math.floor((fromMs + rng.next() * (toMs - fromMs)) / DAY_MS) * DAY_MS;
  return day + rng.int(8 * 60, 18 * 60) * 60_000 + rng.int(0, 59) * 1000;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
