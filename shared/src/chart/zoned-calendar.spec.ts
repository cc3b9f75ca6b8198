import { tzOffset, tzScan } from '@date-fns/tz';
import fc from 'fast-check';
import { dayNumberOf, formatDayNumber } from './civil-date';
import { isKnownTimeZone, parseDateValue, parseInstant, ZonedCalendar } from './zoned-calendar';

const iso = (ms: number) => new Date(ms).toISOString();
const dayIn = (zone: string, instant: string) =>
  formatDayNumber(new ZonedCalendar(zone).dayOfInstant(Date.parse(instant)));

describe('time zones', () => {
  it('knows IANA names and refuses offsets, blanks and made-up zones', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('+01:00')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone(' Europe/Berlin')).toBe(false);
  });
});

describe('reading date cells', () => {
  it('reads dates without time as calendar dates and instants as epoch ms', () => {
    expect(parseDateValue('2026-03-01')).toEqual({
      dateOnly: true,
      dayNumber: dayNumberOf(2026, 3, 1),
    });
    expect(parseDateValue('2026-03-01T09:30:00.000Z')).toEqual({
      dateOnly: false,
      ms: Date.UTC(2026, 2, 1, 9, 30),
    });
  });

  it('reads offsets other than Z, and refuses date-times without one', () => {
    expect(parseInstant('2026-03-01T10:30:00+01:00')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(parseInstant('2026-03-01T09:30Z')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(parseInstant('2026-03-01T09:30:00')).toBeNaN();
    expect(parseDateValue('next Tuesday')).toBeNull();
    expect(parseDateValue('2026-02-30')).toBeNull();
  });

  it('reads the canonical form exactly as Date.parse does, leap days and old years included', () => {
    for (const text of [
      '2024-02-29T23:59:59.999Z',
      '0050-06-01T00:00:00.000Z',
      '2026-12-31T00:00:00.001Z',
    ]) {
      expect(parseInstant(text)).toBe(Date.parse(text));
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(parseInstant(iso(ms))).toBe(ms);
      }),
    );
  });
});

describe('ZonedCalendar', () => {
  it.each([
    // Europe/Berlin: CET (+1) until 2026-03-29 01:00 UTC, then CEST (+2) until 2026-10-25 01:00 UTC.
    ['Europe/Berlin', '2026-03-28T22:59:59.000Z', '2026-03-28'],
    ['Europe/Berlin', '2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T21:59:59.000Z', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['Europe/Berlin', '2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T22:59:59.000Z', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T23:00:00.000Z', '2026-10-26'],
    ['Europe/Berlin', '2026-12-31T22:59:59.000Z', '2026-12-31'],
    ['Europe/Berlin', '2026-12-31T23:00:00.000Z', '2027-01-01'],
    // America/New_York: EST (−5) until 2026-03-08 07:00 UTC, EDT (−4) until 2026-11-01 06:00 UTC.
    ['America/New_York', '2026-03-08T04:59:59.000Z', '2026-03-07'],
    ['America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-08'],
    ['America/New_York', '2026-03-09T03:59:59.000Z', '2026-03-08'],
    ['America/New_York', '2026-03-09T04:00:00.000Z', '2026-03-09'],
    ['America/New_York', '2026-11-02T04:59:59.000Z', '2026-11-01'],
    ['America/New_York', '2026-11-02T05:00:00.000Z', '2026-11-02'],
    ['America/New_York', '2027-01-01T04:59:59.000Z', '2026-12-31'],
    ['America/New_York', '2027-01-01T05:00:00.000Z', '2027-01-01'],
    ['Asia/Kolkata', '2026-03-01T18:29:59.000Z', '2026-03-01'],
    ['Asia/Kolkata', '2026-03-01T18:30:00.000Z', '2026-03-02'],
    ['UTC', '2026-03-01T23:59:59.999Z', '2026-03-01'],
  ])('in %s, %s falls on %s', (zone, instant, day) => {
    expect(dayIn(zone, instant)).toBe(day);
  });

  it('finds midnight on days that change offset, and the first wall time after a midnight gap', () => {
    const berlin = new ZonedCalendar('Europe/Berlin');
    expect(iso(berlin.midnightOf(dayNumberOf(2026, 3, 29)))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(berlin.midnightOf(dayNumberOf(2026, 3, 30)))).toBe('2026-03-29T22:00:00.000Z');
    const newYork = new ZonedCalendar('America/New_York');
    expect(iso(newYork.midnightOf(dayNumberOf(2026, 11, 1)))).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(newYork.midnightOf(dayNumberOf(2026, 11, 2)))).toBe('2026-11-02T05:00:00.000Z');
    // São Paulo skipped 00:00–01:00 on 2018-11-04: the day began at 01:00 (−02:00).
    const saoPaulo = new ZonedCalendar('America/Sao_Paulo');
    expect(iso(saoPaulo.midnightOf(dayNumberOf(2018, 11, 4)))).toBe('2018-11-04T03:00:00.000Z');
  });

  it('gives a date value its own date, or the date of its instant in the zone', () => {
    const berlin = new ZonedCalendar('Europe/Berlin');
    const dateOnly = parseDateValue('2026-03-01');
    const instant = parseDateValue('2026-02-28T23:30:00.000Z');
    expect(dateOnly && formatDayNumber(berlin.dayOf(dateOnly))).toBe('2026-03-01');
    expect(instant && formatDayNumber(berlin.dayOf(instant))).toBe('2026-03-01');
    expect(dateOnly && iso(berlin.instantOf(dateOnly))).toBe('2026-02-28T23:00:00.000Z');
    expect(formatDayNumber(berlin.dayOfText('2026-02-28T23:30:00.000Z'))).toBe('2026-03-01');
    expect(berlin.dayOfText('soon')).toBeNaN();
  });

  it('caches offsets without ever disagreeing with @date-fns/tz, half-hour shifts included', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
    ];
    const calendars = new Map(zones.map((zone) => [zone, new ZonedCalendar(zone)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (zone, ms) => {
          expect(calendars.get(zone)?.offsetAt(ms)).toBe(tzOffset(zone, new Date(ms)));
        },
      ),
      { numRuns: 2000 },
    );
    for (const zone of zones) {
      const calendar = new ZonedCalendar(zone);
      const changes = tzScan(zone, {
        start: new Date(Date.UTC(2020, 0, 1)),
        end: new Date(Date.UTC(2030, 0, 1)),
      });
      for (const { date } of changes) {
        for (const delta of [-60_000, -1, 0, 1, 60_000]) {
          const ms = date.getTime() + delta;
          expect(calendar.offsetAt(ms)).toBe(tzOffset(zone, new Date(ms)));
        }
      }
    }
    // Lord Howe moves by 30 minutes at 02:00 local (15:00 UTC), inside a UTC hour's second half.
    const lordHowe = new ZonedCalendar('Australia/Lord_Howe');
    const switchAt = Date.UTC(2026, 3, 4, 15, 0);
    for (const ms of [switchAt - 60_000, switchAt, switchAt + 60_000]) {
      expect(lordHowe.offsetAt(ms)).toBe(tzOffset('Australia/Lord_Howe', new Date(ms)));
    }
  });
});
