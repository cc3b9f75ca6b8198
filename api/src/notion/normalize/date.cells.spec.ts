import { dateCell, instantCell } from './date.cells';

const date = (start: string, timeZone: string | null = null) =>
  dateCell({ start, end: null, time_zone: timeZone });

describe('dateCell', () => {
  it('keeps a date without time as YYYY-MM-DD, even with a time zone', () => {
    expect(date('2026-03-01')).toBe('2026-03-01');
    expect(date('2026-03-01', 'Pacific/Kiritimati')).toBe('2026-03-01');
  });

  it('gives an instant with an offset as its UTC toISOString', () => {
    expect(date('2026-03-01T09:30:00.000Z')).toBe('2026-03-01T09:30:00.000Z');
    expect(date('2026-03-01T09:30:00.000+05:30')).toBe('2026-03-01T04:00:00.000Z');
    expect(date('2026-03-01T00:30:00-08:00')).toBe('2026-03-01T08:30:00.000Z');
  });

  it('lets an offset in the string win over the named zone', () => {
    expect(date('2026-07-15T09:30:00.000+02:00', 'America/New_York')).toBe(
      '2026-07-15T07:30:00.000Z',
    );
  });

  it('converts a wall time with a named time_zone in that zone, across DST', () => {
    // New York is UTC-5 in January and UTC-4 in July.
    expect(date('2026-01-15T09:30:00.000', 'America/New_York')).toBe('2026-01-15T14:30:00.000Z');
    expect(date('2026-07-15T09:30:00.000', 'America/New_York')).toBe('2026-07-15T13:30:00.000Z');
    // The evening before and the morning after Berlin's spring change (2026-03-29).
    expect(date('2026-03-28T23:00:00.000', 'Europe/Berlin')).toBe('2026-03-28T22:00:00.000Z');
    expect(date('2026-03-29T04:00:00.000', 'Europe/Berlin')).toBe('2026-03-29T02:00:00.000Z');
  });

  it('moves a wall time in the spring-forward gap to the same clock reading after it', () => {
    // 02:30 does not exist in Berlin that night; it reads as 03:30 CEST.
    expect(date('2026-03-29T02:30:00.000', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads a wall time without a zone as UTC, as Notion does', () => {
    expect(date('2026-03-01T09:30:00.000')).toBe('2026-03-01T09:30:00.000Z');
  });

  it('falls back to UTC for a zone name it does not know', () => {
    expect(date('2026-03-01T09:30:00.000', 'Mars/Olympus_Mons')).toBe('2026-03-01T09:30:00.000Z');
  });

  it('is null when empty or unreadable', () => {
    expect(dateCell(null)).toBeNull();
    expect(date('')).toBeNull();
    expect(date('next tuesday')).toBeNull();
  });
});

describe('instantCell', () => {
  it('normalizes any offset to UTC', () => {
    expect(instantCell('2026-05-01T11:12:00.000+02:00')).toBe('2026-05-01T09:12:00.000Z');
  });
});
