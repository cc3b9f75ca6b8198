import { ResultCache } from './result-cache.cache';

describe('ResultCache', () => {
  it('computes a result once per signature and store version', () => {
    const cache = new ResultCache();
    const compute = jest.fn(() => ['a', 'b', 'c']);
    cache.get('q', 1, compute);
    cache.get('q', 1, compute);
    expect(compute).toHaveBeenCalledTimes(1);
    cache.get('q', 2, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('continues an old cursor at the next row still present', () => {
    const cache = new ResultCache();
    cache.get('q', 1, () => ['a', 'b', 'c', 'd', 'e']);
    const current = cache.get('q', 2, () => ['a', 'd', 'e']);
    expect(cache.resolveCursor('q', current, 'd')).toBe(1);
    expect(cache.resolveCursor('q', current, 'b')).toBe(1);
    expect(cache.resolveCursor('q', current, 'zzz')).toBeUndefined();
  });

  it('forgets the least recently used signatures', () => {
    const cache = new ResultCache(2);
    const compute = jest.fn(() => ['x']);
    cache.get('one', 1, compute);
    cache.get('two', 1, compute);
    cache.get('one', 1, compute);
    cache.get('three', 1, compute);
    cache.get('one', 1, compute);
    expect(compute).toHaveBeenCalledTimes(3);
    cache.get('two', 1, compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
