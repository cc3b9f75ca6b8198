import type { DateBucket } from '../contracts';
import {
  civilDateOf,
  dayNumberOf,
  formatDayNumber,
  isoWeekOf,
  isoWeekStart,
  pad,
} from './civil-date';

/** The day number that starts the bucket holding `dayNumber`. */
export function bucketStart(dayNumber: number, bucket: DateBucket): number {
  switch (bucket) {
    case 'day':
      return dayNumber;
    case 'week':
      return isoWeekStart(dayNumber);
    case 'month': {
      const { year, month } = civilDateOf(dayNumber);
      return dayNumberOf(year, month, 1);
    }
    case 'quarter': {
      const { year, month } = civilDateOf(dayNumber);
      return dayNumberOf(year, month - ((month - 1) % 3), 1);
    }
    case 'year':
      return dayNumberOf(civilDateOf(dayNumber).year, 1, 1);
  }
}

/** The start of the bucket after the one starting at `start`. */
export function nextBucketStart(start: number, bucket: DateBucket): number {
  switch (bucket) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
    case 'quarter': {
      const { year, month } = civilDateOf(start);
      return dayNumberOf(year, month + (bucket === 'month' ? 1 : 3), 1);
    }
    case 'year':
      return dayNumberOf(civilDateOf(start).year + 1, 1, 1);
  }
}

/** The contract's label of a bucket: `2026-03-01`, `2026-W05`, `2026-03`, `2026-Q1`, `2026`. */
export function bucketKey(start: number, bucket: DateBucket): string {
  switch (bucket) {
    case 'day':
      return formatDayNumber(start);
    case 'week': {
      const { weekYear, week } = isoWeekOf(start);
      return `${pad(weekYear, 4)}-W${pad(week, 2)}`;
    }
    case 'month': {
      const { year, month } = civilDateOf(start);
      return `${pad(year, 4)}-${pad(month, 2)}`;
    }
    case 'quarter': {
      const { year, month } = civilDateOf(start);
      return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
    }
    case 'year':
      return pad(civilDateOf(start).year, 4);
  }
}
