import { corsHeaders, matchesEtag } from './public-responses';

describe('matchesEtag', () => {
  const etag = '"abc"';

  it('matches the tag itself, its weak form, a list holding it, and *', () => {
    for (const header of ['"abc"', 'W/"abc"', '"x", "abc"', ' "x" ,W/"abc" ', '*']) {
      expect(matchesEtag(header, etag)).toBe(true);
    }
  });

  it('matches nothing else', () => {
    for (const header of [undefined, '', '"abcd"', 'abc', '"x", "y"']) {
      expect(matchesEtag(header, etag)).toBe(false);
    }
  });
});

describe('corsHeaders', () => {
  it('lets any origin read a chart that lists none, without Vary', () => {
    expect(corsHeaders('https://a.example', [])).toEqual({
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag',
    });
  });

  it('reflects a listed origin only, and varies by it', () => {
    const allowed = corsHeaders('https://b.example', ['https://a.example', 'https://b.example']);
    expect(allowed['access-control-allow-origin']).toBe('https://b.example');
    expect(allowed.vary).toBe('Origin');

    for (const origin of ['https://c.example', undefined]) {
      const refused = corsHeaders(origin, ['https://a.example']);
      expect(refused['access-control-allow-origin']).toBeUndefined();
      expect(refused.vary).toBe('Origin');
    }
  });

  it('never allows credentials', () => {
    const headers = corsHeaders('https://a.example', ['https://a.example']);
    expect(Object.keys(headers)).not.toContain('access-control-allow-credentials');
  });
});
