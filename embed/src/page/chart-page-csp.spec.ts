import { chartPageCsp } from './chart-page-csp';

describe('chartPageCsp', () => {
  it('allows the nonce’s script and style, its own origin’s data, and any frame by default', () => {
    expect(chartPageCsp({ nonce: 'abc+/=', frameAncestors: [] })).toBe(
      "default-src 'none'; script-src 'nonce-abc+/='; style-src 'nonce-abc+/='; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *",
    );
  });

  it('lets only the chart’s allowed origins frame it', () => {
    expect(
      chartPageCsp({ nonce: 'n', frameAncestors: ['https://a.example', 'https://b.example'] }),
    ).toMatch(/; frame-ancestors https:\/\/a\.example https:\/\/b\.example$/);
  });

  it('refuses sources that would change the policy', () => {
    expect(() =>
      chartPageCsp({ nonce: 'n', frameAncestors: ['https://a.example; script-src *'] }),
    ).toThrow(/Not a CSP source/);
    expect(() => chartPageCsp({ nonce: "n' 'unsafe-inline", frameAncestors: [] })).toThrow();
  });
});
