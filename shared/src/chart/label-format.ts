import type { ChartAxisMeta, DateBucket } from '../contracts';
import { formatNumber } from './number-format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const BUCKET_PATTERNS: Record<DateBucket, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/** `2026-03-01` → `Mar 1, 2026`, `2026-W05` → `W5 2026`, `2026-03` → `Mar 2026`, `2026-Q1` → `Q1 2026`. */
export function formatBucketLabel(key: string, bucket: DateBucket): string {
  const match = BUCKET_PATTERNS[bucket].exec(key);
  if (!match) return key;
  const year = String(Number(match[1]));
  switch (bucket) {
    case 'day':
      return `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}, ${year}`;
    case 'week':
      return `W${Number(match[2])} ${year}`;
    case 'month':
      return `${MONTHS[Number(match[2]) - 1]} ${year}`;
    case 'quarter':
      return `Q${match[2]} ${year}`;
    case 'year':
      return year;
  }
}

/** `1000–2000` → `1,000–2,000`. */
function formatBinLabel(label: string): string {
  const bounds = label.split('–');
  if (bounds.length !== 2 || bounds.some((bound) => bound === '' || Number.isNaN(Number(bound)))) {
    return label;
  }
  return bounds.map((bound) => formatNumber(Number(bound))).join('–');
}

/** A label as people read it; the data keeps the contract's keys. */
export function formatLabel(label: string, axis: ChartAxisMeta | undefined): string {
  if (axis?.kind === 'date' && axis.bucket) return formatBucketLabel(label, axis.bucket);
  if (axis?.kind === 'bin') return formatBinLabel(label);
  return label;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A scatter `time` value (epoch ms) as its date in the chart's zone: `Mar 1, 2026`. */
export function formatTimeValue(ms: number, timeZone = 'UTC', locale = 'en-US'): string {
  const cacheKey = `${locale}|${timeZone}`;
  let formatter = dateFormatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    dateFormatters.set(cacheKey, formatter);
  }
  return formatter.format(ms);
}

/** Long category names would crowd an axis: cut them with an ellipsis. */
export function truncateLabel(label: string, maxLength = 24): string {
  const characters = Array.from(label);
  return characters.length <= maxLength ? label : `${characters.slice(0, maxLength - 1).join('')}…`;
}
