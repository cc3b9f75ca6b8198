import { formatBucketLabel, formatLabel, formatTimeValue, truncateLabel } from './label-format';

describe('label formats', () => {
  it.each([
    ['2026-03-01', 'day', 'Mar 1, 2026'],
    ['2026-12-31', 'day', 'Dec 31, 2026'],
    ['2026-W05', 'week', 'W5 2026'],
    ['2026-W53', 'week', 'W53 2026'],
    ['2026-03', 'month', 'Mar 2026'],
    ['2026-Q1', 'quarter', 'Q1 2026'],
    ['2026', 'year', '2026'],
    ['(empty)', 'month', '(empty)'],
  ] as const)('shows %s (%s) as %s', (key, bucket, expected) => {
    expect(formatBucketLabel(key, bucket)).toBe(expected);
    expect(formatLabel(key, { kind: 'date', bucket })).toBe(expected);
  });

  it('shows bins with thousands separators and leaves categories alone', () => {
    expect(formatLabel('1000–2000', { kind: 'bin' })).toBe('1,000–2,000');
    expect(formatLabel('-100–0', { kind: 'bin' })).toBe('-100–0');
    expect(formatLabel('(empty)', { kind: 'bin' })).toBe('(empty)');
    expect(formatLabel('2026-03', { kind: 'category' })).toBe('2026-03');
    expect(formatLabel('2026-03', undefined)).toBe('2026-03');
  });

  it('shows scatter times as dates in the chart time zone', () => {
    const lateMarch1Utc = Date.UTC(2026, 2, 1, 23, 30);
    expect(formatTimeValue(lateMarch1Utc, 'UTC')).toBe('Mar 1, 2026');
    expect(formatTimeValue(lateMarch1Utc, 'Europe/Berlin')).toBe('Mar 2, 2026');
  });

  it('cuts long labels with an ellipsis, counting characters not code units', () => {
    expect(truncateLabel('Short')).toBe('Short');
    expect(truncateLabel('A very long customer name indeed', 10)).toBe('A very lo…');
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
