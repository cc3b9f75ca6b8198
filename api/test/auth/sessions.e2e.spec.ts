import type { Sandbox } from '@notionchartkit/notion-sandbox';
import Redis from 'ioredis';
import { Clock } from '../../src/core/clock/clock';
import { Browser } from '../support/browser';
import { startTestSandbox } from '../support/notion-sandbox';
import { setCookieLine, signedInBrowser } from '../support/sign-in-helpers';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-run';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('sessions', () => {
  let sandbox: Sandbox;
  let t: TestApp;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({ vars: { NOTION_API_BASE_URL: sandbox.url } });
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });
  afterEach(() => jest.restoreAllMocks());

  async function sessionKeys(): Promise<string[]> {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      return await redis.keys(`${t.env.redisPrefix}:session:*`);
    } finally {
      redis.disconnect();
    }
  }

  it('keeps the session in Redis under a hash of its id, never the id itself', async () => {
    const before = await sessionKeys();
    const browser = await signedInBrowser(t);
    const [sessionId] = (browser.cookie('nck_session') as string).split('.');
    const added = (await sessionKeys()).filter((key) => !before.includes(key));
    expect(added).toEqual([expect.stringMatching(/:session:[0-9a-f]{64}$/)]);
    expect(added[0]).not.toContain(sessionId);
  });

  it('ends the session on logout: 204, cookie cleared, the old cookie no longer works', async () => {
    const browser = await signedInBrowser(t);
    const cookie = browser.cookie('nck_session') as string;
    const logout = await browser.request({ method: 'POST', url: '/api/auth/logout' });
    expect(logout.statusCode).toBe(204);
    expect(setCookieLine(logout, 'nck_session')).toMatch(/^nck_session=; Max-Age=0; Path=\//);
    expect((await browser.request({ url: '/api/auth/me' })).statusCode).toBe(401);

    const replay = await t.request({
      url: '/api/auth/me',
      headers: { cookie: `nck_session=${cookie}` },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('answers 401 in the contract shape without a session, and for a forged cookie', async () => {
    for (const headers of [{}, { cookie: 'nck_session=forged.value' }]) {
      const res = await t.request({ url: '/api/connections', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.any(String),
      });
    }
  });

  it('rolls: each use extends a 14-day idle expiry; 14 idle days end it', async () => {
    const browser = await signedInBrowser(t);
    const now = jest.spyOn(t.app.get(Clock), 'now');
    const start = Date.now();

    now.mockReturnValue(start + 13 * DAY_MS);
    const renewed = await browser.request({ url: '/api/auth/me' });
    expect(renewed.statusCode).toBe(200);
    expect(setCookieLine(renewed, 'nck_session')).toMatch(/Max-Age=1209600/);

    now.mockReturnValue(start + 26 * DAY_MS);
    expect((await browser.request({ url: '/api/auth/me' })).statusCode).toBe(200);

    now.mockReturnValue(start + 40 * DAY_MS + 1000);
    const expired = await browser.request({ url: '/api/auth/me' });
    expect(expired.statusCode).toBe(401);
    expect(setCookieLine(expired, 'nck_session')).toMatch(/^nck_session=; Max-Age=0/);
  });

  it('does not rewrite the session on every request', async () => {
    const browser = await signedInBrowser(t);
    const again = await browser.request({ url: '/api/auth/me' });
    expect(again.statusCode).toBe(200);
    expect(setCookieLine(again, 'nck_session')).toBeUndefined();
  });

  describe('state-changing requests carried by the cookie', () => {
    const appOrigin = () => new URL(t.env.config.http.appUrl).origin;

    it('are refused with 403 from another origin, or with no origin at all', async () => {
      const browser = await signedInBrowser(t);
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { origin: '', referer: 'https://evil.example/page' },
        { origin: '' },
      ]) {
        const res = await browser.request({ method: 'POST', url: '/api/auth/logout', headers });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toEqual({
          statusCode: 403,
          error: 'Forbidden',
          message: expect.any(String),
        });
      }
      expect((await browser.request({ url: '/api/auth/me' })).statusCode).toBe(200);
    });

    it("pass from the app's origin, named by Origin or by Referer", async () => {
      const first = await signedInBrowser(t);
      const byOrigin = await first.request({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { origin: appOrigin() },
      });
      expect(byOrigin.statusCode).toBe(204);
      const second = await signedInBrowser(t);
      const byReferer = await second.request({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { origin: '', referer: `${appOrigin()}/settings` },
      });
      expect(byReferer.statusCode).toBe(204);
    });

    it('are not checked on reads', async () => {
      const browser = await signedInBrowser(t);
      const res = await browser.request({
        url: '/api/auth/me',
        headers: { origin: 'https://evil.example' },
      });
      expect(res.statusCode).toBe(200);
    });
  });
});

describe('session cookies behind https', () => {
  async function signInCookie(vars: Record<string, string>, headers = {}): Promise<string> {
    const t = await startTestApp({ vars });
    try {
      const start = await new Browser(t).request({ url: '/api/auth/notion', headers });
      return setCookieLine(start, 'nck_sign_in') ?? '';
    } finally {
      await t.close();
    }
  }

  it('are Secure when APP_URL is https', async () => {
    expect(await signInCookie({ APP_URL: 'https://charts.example.com' })).toMatch(/; Secure/);
  });

  it('are Secure behind a trusted proxy that terminates https, and only if trusted', async () => {
    const forwarded = { 'x-forwarded-proto': 'https' };
    expect(await signInCookie({ TRUST_PROXY: '1' }, forwarded)).toMatch(/; Secure/);
    expect(await signInCookie({}, forwarded)).not.toMatch(/Secure/);
  });
});
