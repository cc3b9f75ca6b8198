import { utcDateTime, zonedDateTime, zonedInstant } from './seed-values.util';

describe('seed date helpers', () => {
  it('writes wall-clock time with the zone offset, daylight saving included', () => {
    const winter = zonedInstant('2026-02-10T15:00:00', 'America/New_York');
    expect(zonedDateTime(winter, 'America/New_York')).toBe('2026-02-10T15:00:00.000-05:00');
    const summer = zonedInstant('2026-07-10T15:00:00', 'America/New_York');
    expect(zonedDateTime(summer, 'America/New_York')).toBe('2026-07-10T15:00:00.000-04:00');
    expect(zonedDateTime(Date.parse('2026-07-10T00:00:00Z'), 'Asia/Tokyo')).toBe(
      '2026-07-10T09:00:00.000+09:00',
    );
  });

  it('writes UTC the way Notion does', () => {
    expect(utcDateTime(Date.parse('2026-01-30T17:30:00Z'))).toBe('2026-01-30T17:30:00.000+00:00');
  });
});
