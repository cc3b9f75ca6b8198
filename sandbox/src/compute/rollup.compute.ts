import type { DateValue, RollupFunction } from '../model/property.types';
import type { ResolvedValue, RollupResult } from './resolved-value.types';

/** How many values a resolved value holds: list types count their items, scalars 0 or 1. */
export function valueCount(value: ResolvedValue): number {
  switch (value.type) {
    case 'title':
    case 'rich_text':
      return value.value.some((run) => run.content.length > 0) ? 1 : 0;
    case 'multi_select':
    case 'people':
    case 'files':
    case 'relation':
      return value.value.length;
    case 'checkbox':
    case 'created_time':
    case 'last_edited_time':
    case 'created_by':
    case 'last_edited_by':
      return 1;
    case 'button':
      return 0;
    case 'formula':
      return value.value.value === null || value.value.value === '' ? 0 : 1;
    case 'rollup':
      if (value.value.type === 'array') return value.value.value.length;
      return value.value.value === null ? 0 : 1;
    default:
      return value.value === null || value.value === '' ? 0 : 1;
  }
}

function isEmptyValue(value: ResolvedValue): boolean {
  return valueCount(value) === 0;
}

function numbers(items: readonly ResolvedValue[]): number[] {
  const out: number[] = [];
  for (const item of items) {
    const n = scalarNumber(item);
    if (n !== null) out.push(n);
  }
  return out;
}

function scalarNumber(item: ResolvedValue): number | null {
  switch (item.type) {
    case 'number':
    case 'unique_id':
      return item.value;
    case 'formula':
    case 'rollup':
      return item.value.type === 'number' ? item.value.value : null;
    default:
      return null;
  }
}

function dateStart(date: DateValue): number {
  return Date.parse(date.start);
}

function dates(items: readonly ResolvedValue[]): DateValue[] {
  const out: DateValue[] = [];
  for (const item of items) {
    if (item.type === 'date' && item.value) out.push(item.value);
    if (item.type === 'created_time' || item.type === 'last_edited_time') {
      out.push({ start: new Date(item.value).toISOString(), end: null, timeZone: null });
    }
    if ((item.type === 'formula' || item.type === 'rollup') && item.value.type === 'date') {
      if (item.value.value) out.push(item.value.value);
    }
  }
  return out.sort((a, b) => dateStart(a) - dateStart(b));
}

function uniqueKeys(items: readonly ResolvedValue[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    if (!isEmptyValue(item)) keys.add(JSON.stringify(item.value));
  }
  return keys;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * Aggregates the rolled-up values of the related pages. Percentages are fractions (0.25 for
 * 25 %); `count` counts related pages, the others count values.
 */
export function computeRollup(
  fn: RollupFunction,
  items: readonly ResolvedValue[],
  relatedCount: number,
): RollupResult {
  const number = (value: number | null): RollupResult => ({ type: 'number', value, function: fn });
  const nums = numbers(items);
  const emptyCount = items.filter(isEmptyValue).length;
  const checkedCount = items.filter((i) => i.type === 'checkbox' && i.value).length;
  switch (fn) {
    case 'count':
      return number(relatedCount);
    case 'count_values':
      return number(items.reduce((sum, item) => sum + valueCount(item), 0));
    case 'empty':
      return number(emptyCount);
    case 'not_empty':
      return number(items.length - emptyCount);
    case 'unique':
      return number(uniqueKeys(items).size);
    case 'percent_empty':
      return number(share(emptyCount, items.length));
    case 'percent_not_empty':
      return number(share(items.length - emptyCount, items.length));
    case 'sum':
      return number(nums.reduce((sum, n) => sum + n, 0));
    case 'average':
      return number(nums.length ? nums.reduce((sum, n) => sum + n, 0) / nums.length : null);
    case 'median':
      return number(median(nums));
    case 'min':
      return number(nums.length ? Math.min(...nums) : null);
    case 'max':
      return number(nums.length ? Math.max(...nums) : null);
    case 'range':
      return number(nums.length ? Math.max(...nums) - Math.min(...nums) : null);
    case 'checked':
      return number(checkedCount);
    case 'unchecked':
      return number(items.length - checkedCount);
    case 'percent_checked':
      return number(share(checkedCount, items.length));
    case 'percent_unchecked':
      return number(share(items.length - checkedCount, items.length));
    case 'earliest_date':
    case 'latest_date':
    case 'date_range': {
      const sorted = dates(items);
      if (sorted.length === 0) return { type: 'date', value: null, function: fn };
      const first = sorted[0];
      const last = sorted[sorted.length - 1];
      const value: DateValue =
        fn === 'earliest_date'
          ? first
          : fn === 'latest_date'
            ? last
            : { start: first.start, end: last.end ?? last.start, timeZone: null };
      return { type: 'date', value, function: fn };
    }
    case 'show_original':
      return { type: 'array', value: [...items], function: fn };
    case 'show_unique': {
      const seen = new Set<string>();
      const unique = items.filter((item) => {
        const key = JSON.stringify(item.value);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { type: 'array', value: unique, function: fn };
    }
    case 'count_per_group':
    case 'percent_per_group':
      return { type: 'unsupported', value: null, function: fn };
  }
}
