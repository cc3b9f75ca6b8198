import { BinAxis, binIndexOf, binLabel } from './bin-axis';
import { MAX_GAPLESS_LABELS } from './axis';

describe('number bins', () => {
  it('includes the lower bound and excludes the upper one', () => {
    expect(binIndexOf(0, 100)).toBe(0);
    expect(binIndexOf(99.99, 100)).toBe(0);
    expect(binIndexOf(100, 100)).toBe(1);
    expect(binIndexOf(-0.5, 100)).toBe(-1);
    expect(binIndexOf(-100, 100)).toBe(-1);
    expect(binIndexOf(-100.01, 100)).toBe(-2);
  });

  it('settles floating-point division on the bounds as shown', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in floating point, yet 0.3 is the lower bound of 0.3–0.4.
    expect(binIndexOf(0.3, 0.1)).toBe(3);
    expect(binLabel(binIndexOf(0.3, 0.1), 0.1)).toBe('0.3–0.4');
    expect(binLabel(binIndexOf(0.7, 0.1), 0.1)).toBe('0.7–0.8');
    expect(binLabel(binIndexOf(1.1, 0.1), 0.1)).toBe('1.1–1.2');
  });

  it('labels bins with an en dash at multiples of the size', () => {
    expect(binLabel(0, 100)).toBe('0–100');
    expect(binLabel(12, 100)).toBe('1200–1300');
    expect(binLabel(-1, 100)).toBe('-100–0');
    expect(binLabel(2, 2.5)).toBe('5–7.5');
  });

  it('fills the gaps between the first and last bin holding a row', () => {
    const axis = new BinAxis(10);
    for (const value of [5, 42, null, 'n/a']) axis.keysOf(value);
    expect(axis.naturalOrder().map((index) => axis.labels[index])).toEqual([
      '0–10',
      '10–20',
      '20–30',
      '30–40',
      '40–50',
    ]);
    expect(axis.labels).toContain('(empty)');
  });

  it('shows only occupied bins when filling the gaps would need too many labels', () => {
    const axis = new BinAxis(1);
    axis.keysOf(0);
    axis.keysOf(MAX_GAPLESS_LABELS * 10);
    expect(axis.naturalOrder().map((index) => axis.labels[index])).toEqual([
      '0–1',
      '100000–100001',
    ]);
  });
});
