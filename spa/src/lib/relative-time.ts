const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
];
const MINUTE: [Intl.RelativeTimeFormatUnit, number] = ['minute', 60];

const formatter = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });

/** "3 min ago", "in 2 hr", "just now": coarse on purpose, as people glance at it. */
export function formatRelativeTime(date: Date | string, now: Date): string {
  const seconds = Math.round((new Date(date).getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return seconds > 0 ? 'in a moment' : 'just now';
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? MINUTE;
  // `short` English abbreviates with a period ("3 min. ago"); the UI reads calmer without.
  return formatter.format(Math.round(seconds / size), unit).replace('.', '');
}

const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 1, 2026, 9:30 AM", for tooltips next to relative times. */
export function formatDateTime(date: Date | string): string {
  return absolute.format(new Date(date));
}
