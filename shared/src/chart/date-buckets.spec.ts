import type { DateBucket } from '../contracts';
import { formatDayNumber, parseDateOnly } from './civil-date';
import { bucketKey, bucketStart, nextBucketStart } from './date-buckets';

const day = (text: string) => parseDateOnly(text) ?? Number.NaN;
const keyOf = (text: string, bucket: DateBucket) =>
  bucketKey(bucketStart(day(text), bucket), bucket);

describe('date buckets', () => {
  it.each<[string, DateBucket, string]>([
    ['2026-03-01', 'day', '2026-03-01'],
    ['2026-03-01', 'week', '2026-W09'],
    ['2026-02-01', 'week', '2026-W05'],
    ['2027-01-01', 'week', '2026-W53'],
    ['2027-01-03', 'week', '2026-W53'],
    ['2027-01-04', 'week', '2027-W01'],
    ['2021-01-01', 'week', '2020-W53'],
    ['2025-12-29', 'week', '2026-W01'],
    ['2026-03-31', 'month', '2026-03'],
    ['2026-01-01', 'quarter', '2026-Q1'],
    ['2026-03-31', 'quarter', '2026-Q1'],
    ['2026-04-01', 'quarter', '2026-Q2'],
    ['2026-12-31', 'quarter', '2026-Q4'],
    ['2026-12-31', 'year', '2026'],
    ['0999-05-01', 'year', '0999'],
  ])('puts %s in the %s bucket %s', (date, bucket, key) => {
    expect(keyOf(date, bucket)).toBe(key);
  });

  it.each<[string, DateBucket, string, string]>([
    ['2026-03-04', 'day', '2026-03-04', '2026-03-05'],
    ['2026-03-04', 'week', '2026-03-02', '2026-03-09'],
    ['2026-12-31', 'week', '2026-12-28', '2027-01-04'],
    ['2026-12-15', 'month', '2026-12-01', '2027-01-01'],
    ['2026-11-15', 'quarter', '2026-10-01', '2027-01-01'],
    ['2026-05-15', 'year', '2026-01-01', '2027-01-01'],
  ])('starts the %s %s bucket on %s and the next one on %s', (date, bucket, start, next) => {
    const first = bucketStart(day(date), bucket);
    expect(formatDayNumber(first)).toBe(start);
    expect(formatDayNumber(nextBucketStart(first, bucket))).toBe(next);
  });
});
