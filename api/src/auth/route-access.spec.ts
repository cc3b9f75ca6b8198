import { requiresAuthentication } from './route-access';

describe('requiresAuthentication', () => {
  it('protects every /api route by default, routes added later included', () => {
    for (const path of [
      '/api/connections',
      '/api/connections/:id/sources',
      '/api/auth/me',
      '/api/charts/:id',
      '/api/something-new/:id',
      '/api/publications',
    ]) {
      expect(requiresAuthentication(path, false)).toBe(true);
    }
  });

  it("leaves the contract's open areas and routes marked @Public() open", () => {
    for (const path of [
      '/api/public/charts/:publicKey',
      '/api/public/charts/:publicKey/events',
      '/api/oembed',
      '/api/webhooks/notion',
    ]) {
      expect(requiresAuthentication(path, false)).toBe(false);
    }
    expect(requiresAuthentication('/api/auth/notion', true)).toBe(false);
  });

  it('does not apply outside /api', () => {
    for (const path of ['/health', '/ready', '/e/:publicKey', '/embed.js', '/apiary']) {
      expect(requiresAuthentication(path, false)).toBe(false);
    }
  });
});
