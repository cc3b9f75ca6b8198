import type { DateValue } from '../model/property.types';
import { compileDateCondition } from './date-condition.engine';

const NOW = Date.parse('2026-05-06T15:30:00Z'); // a Wednesday
const at = (start: string, timeZone: string | null = null): DateValue => ({
  start,
  end: null,
  timeZone,
});

describe('compileDateCondition', () => {
  const test = (condition: unknown) => compileDateCondition(condition, NOW, 'body.filter.date');

  it('compares dates without time by calendar day, as written', () => {
    const onDay = test({ equals: '2026-05-01' });
    expect(onDay(at('2026-05-01'))).toBe(true);
    expect(onDay(at('2026-05-01T23:30:00.000-04:00'))).toBe(true);
    expect(onDay(at('2026-05-02'))).toBe(false);
    expect(onDay(null)).toBe(false);
  });

  it('compares datetimes to the millisecond, UTC when no offset is given', () => {
    expect(test({ after: '2026-05-01T10:00:00' })(at('2026-05-01T12:00:01.000+02:00'))).toBe(true);
    expect(test({ after: '2026-05-01T10:00:00' })(at('2026-05-01T12:00:00.000+02:00'))).toBe(false);
    expect(test({ on_or_after: '2026-05-01T10:00:00Z' })(at('2026-05-01T12:00:00.000+02:00'))).toBe(
      true,
    );
    expect(test({ before: '2026-05-01T00:00:01Z' })(at('2026-05-01'))).toBe(true);
  });

  it('resolves relative values and ranges against now', () => {
    expect(test({ equals: 'today' })(at('2026-05-06'))).toBe(true);
    expect(test({ equals: 'yesterday' })(at('2026-05-05'))).toBe(true);
    expect(test({ on_or_after: 'one_week_ago' })(at('2026-04-29'))).toBe(true);
    expect(test({ on_or_after: 'one_week_ago' })(at('2026-04-28'))).toBe(false);
    expect(test({ before: 'one_month_from_now' })(at('2026-06-05'))).toBe(true);
    expect(test({ past_week: {} })(at('2026-04-29'))).toBe(true);
    expect(test({ past_week: {} })(at('2026-05-07'))).toBe(false);
    expect(test({ next_month: {} })(at('2026-06-06'))).toBe(true);
    expect(test({ this_week: {} })(at('2026-05-04'))).toBe(true); // Monday
    expect(test({ this_week: {} })(at('2026-05-10'))).toBe(true); // Sunday
    expect(test({ this_week: {} })(at('2026-05-11'))).toBe(false);
  });

  it('checks emptiness', () => {
    expect(test({ is_empty: true })(null)).toBe(true);
    expect(test({ is_not_empty: true })(at('2026-01-01'))).toBe(true);
  });

  it('rejects malformed conditions', () => {
    expect(() => test({ equals: 'soon' })).toThrow('valid ISO 8601 date');
    expect(() => test({ equals: 5 })).toThrow('should be a string');
    expect(() => test({ past_week: true })).toThrow('empty object');
    expect(() => test({ is_empty: false })).toThrow('should be `true`');
    expect(() => test({ equals: '2026-01-01', before: '2026-01-01' })).toThrow(
      'exactly one condition',
    );
    expect(() => test({ within: '2026-01-01' })).toThrow('not a supported date condition');
  });
});
