import { normalizeId, propertyIdFor, stableUuid } from './ids.util';
import { Prng } from './prng.util';

describe('ids', () => {
  it('accepts ids with or without hyphens, in any case, and answers the hyphenated form', () => {
    expect(normalizeId('7463F88A3EBD4CC4933449BCDD5C537F')).toBe(
      '7463f88a-3ebd-4cc4-9334-49bcdd5c537f',
    );
    expect(normalizeId('7463f88a-3ebd-4cc4-9334-49bcdd5c537f')).toBe(
      '7463f88a-3ebd-4cc4-9334-49bcdd5c537f',
    );
    expect(normalizeId('not-an-id')).toBeNull();
  });

  it('derives the same ids from the same keys', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(stableUuid('a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const id = propertyIdFor('ds:Amount:0');
    expect(id).toBe(propertyIdFor('ds:Amount:0'));
    expect(decodeURIComponent(id)).toHaveLength(4);
    expect(encodeURIComponent(decodeURIComponent(id))).toBe(id);
  });

  it('repeats random sequences for a seed', () => {
    const a = new Prng('seed');
    const b = new Prng('seed');
    const draws = (p: Prng) => [
      p.next(),
      p.int(1, 6),
      p.pick(['x', 'y', 'z']),
      p.uuid(),
      p.sample([1, 2, 3, 4], 2),
    ];
    expect(draws(a)).toEqual(draws(b));
    expect(new Prng('other').next()).not.toBe(new Prng('seed').next());
  });
});
