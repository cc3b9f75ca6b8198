import { stableStringify } from './stable-json';

describe('stableStringify', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } })).toBe(
      stableStringify({ a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    expect(stableStringify({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('reads like JSON.stringify for what JSON can hold, dropping undefined properties', () => {
    const value = { text: 'a "b"\n', n: 1.5, none: null, no: undefined, list: [true, null] };
    expect(JSON.parse(stableStringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(stableStringify(undefined)).toBe('null');
  });
});
