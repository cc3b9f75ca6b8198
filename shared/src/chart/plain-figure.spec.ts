import fc from 'fast-check';
import { plainFigure } from './plain-figure';

/** The options `formatNumber` gives `Intl` for plain figures, and for compact dollars. */
const PLAIN_OPTIONS: Intl.NumberFormatOptions[] = [
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 2, useGrouping: false },
  { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 },
  { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1, useGrouping: true },
  {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    style: 'currency',
    currency: 'USD',
  },
];

/** Values as charts hold them: counts, sums, averages, tick steps, at every magnitude. */
const values = fc.oneof(
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.maxSafeInteger(),
  fc.integer({ min: -100_000, max: 100_000 }).map((tenths) => tenths / 10),
  fc.integer({ min: -100_000, max: 100_000 }).map((hundredths) => hundredths / 100),
  fc
    .integer({ min: 1, max: 20 })
    .chain((digits) =>
      fc.integer({ min: 0, max: 999_999 }).map((n) => (n + 0.5) * 10 ** (digits - 4)),
    ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('plain figures', () => {
  it.each([
    [1234, PLAIN_OPTIONS[0], '1,234'],
    [-1234567, PLAIN_OPTIONS[0], '-1,234,567'],
    [1234.5, PLAIN_OPTIONS[1], '1234.5'],
    [999, PLAIN_OPTIONS[2], '999'],
    [0.5, PLAIN_OPTIONS[2], '0.5'],
    [1250, PLAIN_OPTIONS[2], '1.3K'],
    [-1250, PLAIN_OPTIONS[2], '-1.3K'],
    [999_950, PLAIN_OPTIONS[2], '1M'],
    [12_345_678, PLAIN_OPTIONS[2], '12.3M'],
    [-1250, PLAIN_OPTIONS[4], '-$1.3K'],
    [0.5, PLAIN_OPTIONS[4], '$0.5'],
  ])('writes %p as Intl does', (value, options, text) => {
    expect(plainFigure(value, options)).toBe(text);
  });

  it('leaves to Intl what needs locale data or its own rounding', () => {
    expect(plainFigure(1.005, PLAIN_OPTIONS[0])).toBeUndefined();
    expect(plainFigure(1049.5, PLAIN_OPTIONS[2])).toBeUndefined();
    expect(plainFigure(-0, PLAIN_OPTIONS[0])).toBeUndefined();
    expect(plainFigure(1e21, PLAIN_OPTIONS[0])).toBeUndefined();
    expect(plainFigure(2 ** 60, PLAIN_OPTIONS[0])).toBeUndefined();
    expect(plainFigure(999_950_000_000_000, PLAIN_OPTIONS[2])).toBeUndefined();
    expect(plainFigure(5, { style: 'currency', currency: 'USD' })).toBeUndefined();
    expect(plainFigure(5, { ...PLAIN_OPTIONS[4], currency: 'EUR' })).toBeUndefined();
    expect(plainFigure(0.5, { style: 'percent' })).toBeUndefined();
  });

  it('writes what Intl writes in en-US, whenever it writes anything', () => {
    const intl = PLAIN_OPTIONS.map((options) => new Intl.NumberFormat('en-US', options));
    fc.assert(
      fc.property(values, fc.nat(PLAIN_OPTIONS.length - 1), (value, index) => {
        const plain = plainFigure(value, PLAIN_OPTIONS[index]);
        if (plain !== undefined) expect(plain).toBe(intl[index].format(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
