const COMPACT_UNITS = ['K', 'M', 'B', 'T'];

/**
 * What `new Intl.NumberFormat('en-US', options).format(value)` writes, where that is only the
 * value's own digits: no percent sign, no currency but compact dollars, no rounding but a
 * compact unit's tenths. `undefined` for anything else. A page's first `Intl` number or date
 * formatter costs tens of milliseconds while ICU builds its locale tables, and chart axes mostly
 * show such figures, so a chart draws without one.
 */
export function plainFigure(value: number, options: Intl.NumberFormatOptions): string | undefined {
  // String() writes the shortest digits that read back as the value, as ICU starts from too.
  const parts = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  const compact = options.notation === 'compact';
  // Dollars on chart axes: `$1.2K`, `-$5`.
  const symbol = compact && options.currency === 'USD' ? '$' : '';
  // Intl writes -0 as "-0"; past 2^53 its digits and String()'s part ways.
  if (!parts || (options.style && !symbol) || Object.is(value, -0) || !(Math.abs(value) < 2 ** 53))
    return;
  const [, minus, whole, fraction = ''] = parts;
  const sign = minus + symbol;
  if (fraction.length > (options.maximumFractionDigits ?? 3)) return;
  if (compact && whole.length > 3) {
    return fraction || options.maximumFractionDigits !== 1
      ? undefined
      : compactInteger(sign, +whole);
  }
  const grouped =
    options.useGrouping === false || compact ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + grouped + (fraction && `.${fraction}`);
}

/** `1234` → `1.2K`; `999950` rounds up onto the next unit, `1M`; past 999.9T, `undefined`. */
function compactInteger(sign: string, whole: number): string | undefined {
  let tenth = 100;
  for (const unit of COMPACT_UNITS) {
    // Exact at a half (k + 0.5 is a double), and rounded half up as Intl does.
    const tenths = Math.round(whole / tenth);
    if (tenths < 1e4) return `${sign}${tenths / 10}${unit}`;
    tenth *= 1e3;
  }
  return undefined;
}
