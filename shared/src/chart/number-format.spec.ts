import { formatNumber, formatNumberFigure, formatShare, NO_VALUE } from './number-format';

describe('number formats', () => {
  it.each([
    [undefined, 1234.5678, '1,234.57'],
    ['number', 1234.5678, '1234.57'],
    ['number_with_commas', 1234.5678, '1,234.57'],
    ['percent', 0.256, '25.6%'],
    ['percent', 1, '100%'],
    ['dollar', 1234.5, '$1,234.50'],
    ['dollar', -20, '-$20.00'],
    ['euro', 1234.5, '€1,234.50'],
    ['pound', 1234.5, '£1,234.50'],
    ['yen', 1234.5, '¥1,235'],
    ['won', 1000, '₩1,000'],
    ['rupee', 99.9, '₹99.90'],
    ['australian_dollar', 5, 'A$5.00'],
    ['canadian_dollar', 5, 'CA$5.00'],
    ['real', 5, 'R$5.00'],
    ['bitcoin', 1234.5, '1,234.5'],
  ])('formats %s: %p as %p', (format, value, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it('shortens for ticks and labels', () => {
    expect(formatNumber(1234, 'dollar', { compact: true })).toBe('$1.2K');
    expect(formatNumber(1_500_000, 'euro', { compact: true })).toBe('€1.5M');
    expect(formatNumber(0.42, 'percent', { compact: true })).toBe('42%');
    expect(formatNumber(999, undefined, { compact: true })).toBe('999');
  });

  it('shows a missing value as a dash', () => {
    expect(formatNumber(null, 'dollar')).toBe(NO_VALUE);
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('follows the locale when asked', () => {
    expect(formatNumber(1234.5, 'euro', { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
  });

  it('shows shares of a 100% stack to one decimal', () => {
    expect(formatShare(42.456)).toBe('42.5%');
    expect(formatShare(100)).toBe('100%');
    expect(formatShare(null)).toBe('—');
  });

  it('shows the big figure of a number chart in full, compact past a million', () => {
    expect(formatNumberFigure(12345.6, 'dollar')).toBe('$12,345.60');
    expect(formatNumberFigure(1_234_567, 'dollar')).toBe('$1.2M');
    expect(formatNumberFigure(1_234_567, 'dollar', { compact: false })).toBe('$1,234,567.00');
    expect(formatNumberFigure(42)).toBe('42');
    expect(formatNumberFigure(null, 'dollar')).toBe('—');
  });
});
