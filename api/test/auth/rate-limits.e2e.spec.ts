import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';

describe('rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      vars: { RATE_LIMIT_IP_PER_MINUTE: '3', RATE_LIMIT_USER_PER_MINUTE: '4' },
    });
  });
  afterAll(() => t.close());

  it('X4: limits sign-in routes per client IP: 429 with Retry-After, other IPs unaffected', async () => {
    const from = (remoteAddress: string) => t.request({ url: '/api/auth/notion', remoteAddress });
    for (let i = 0; i < 3; i += 1) expect((await from('203.0.113.7')).statusCode).toBe(302);
    const limited = await from('203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringMatching(/^Too many requests/),
    });
    expect((await from('203.0.113.8')).statusCode).toBe(302);
  });

  it('limits authenticated routes per user, whatever the IP', async () => {
    const [heavy, light] = [await createTestUser(t), await createTestUser(t)];
    const me = (user: TestUser, remoteAddress: string) =>
      t.request({ url: '/api/auth/me', headers: user.headers, remoteAddress });
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) {
      expect((await me(heavy, ip)).statusCode).toBe(200);
    }
    const limited = await me(heavy, '198.51.100.5');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect((await me(light, '198.51.100.1')).statusCode).toBe(200);
  });

  it('leaves routes outside /api alone', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await t.request({ url: '/health', remoteAddress: '192.0.2.1' })).statusCode).toBe(
        200,
      );
    }
  });
});
