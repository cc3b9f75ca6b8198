import { ACME_PEOPLE, GLOBEX_PEOPLE, type Sandbox, SEED_IDS } from '@notionchartkit/notion-sandbox';
import { SIGN_IN_ERROR_MESSAGES, type SignInErrorCode } from '@notionchartkit/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/core/clock/clock';
import { DEMO_OAUTH_CLIENT } from '../../src/core/config/load-config';
import { Browser } from '../support/browser';
import { startTestSandbox } from '../support/notion-sandbox';
import {
  passConsent,
  returnFromNotion,
  signInWithNotion,
  startSignIn,
} from '../support/notion-sign-in';
import { setCookieLine, signedInBrowser } from '../support/sign-in-helpers';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Sign in with Notion', () => {
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

  const callbackUrl = () => `${t.env.config.http.appUrl}/api/auth/notion/callback`;

  /** The browser is back on the SPA with this error, and not signed in. */
  async function expectRejected(
    browser: Browser,
    landing: { headers: Record<string, unknown> },
    code: SignInErrorCode,
  ): Promise<void> {
    expect(landing.headers.location).toBe(`/?signInError=${code}`);
    expect(SIGN_IN_ERROR_MESSAGES[code]).toEqual(expect.any(String));
    expect((await browser.request({ url: '/api/auth/me' })).statusCode).toBe(401);
  }

  it('goes to the consent page, back to the callback, sets the session and lands on /', async () => {
    const browser = new Browser(t);
    const start = await browser.request({ url: '/api/auth/notion' });
    expect(start.statusCode).toBe(302);
    const authorize = new URL(start.headers.location as string);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${sandbox.url}/v1/oauth/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toEqual({
      client_id: DEMO_OAUTH_CLIENT.id,
      response_type: 'code',
      owner: 'user',
      redirect_uri: callbackUrl(),
      state: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(setCookieLine(start, 'nck_sign_in')).toMatch(
      /; Max-Age=600; Path=\/api\/auth\/notion; HttpOnly; SameSite=Lax$/,
    );

    const callback = await passConsent(authorize);
    expect(`${callback.origin}${callback.pathname}`).toBe(callbackUrl());
    const landing = await returnFromNotion(browser, callback);
    expect(landing.statusCode).toBe(302);
    expect(landing.headers.location).toBe('/');
    expect(setCookieLine(landing, 'nck_session')).toMatch(
      /^nck_session=[^;]+; Max-Age=1209600; Path=\/; HttpOnly; SameSite=Lax$/,
    );

    const me = await browser.request({ url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      id: expect.any(String),
      name: 'Ada Lovelace',
      avatarUrl: null,
      email: 'ada@acme.example',
    });
    const connections = await browser.request({ url: '/api/connections' });
    expect(connections.json()).toEqual({
      items: [
        {
          id: expect.any(String),
          kind: 'oauth',
          workspaceId: SEED_IDS.acme.workspaceId,
          workspaceName: 'Acme Corp',
          workspaceIcon: '🏢',
          status: 'active',
          createdAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });
  });

  it('adds a second workspace to the same user, signed in or not', async () => {
    const browser = await signedInBrowser(t);
    const ada = (await browser.request({ url: '/api/auth/me' })).json<{ id: string }>();
    await signInWithNotion(browser, {
      workspaceId: SEED_IDS.globex.workspaceId,
      userId: GLOBEX_PEOPLE.hedy,
    });
    const me = await browser.request({ url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ id: ada.id, name: 'Ada Lovelace' });
    const names = (await browser.request({ url: '/api/connections' }))
      .json<{ items: { workspaceName: string }[] }>()
      .items.map((connection) => connection.workspaceName)
      .sort();
    expect(names).toEqual(['Acme Corp', 'Globex Labs']);

    // Someone signing in fresh as the same Notion person is the same user.
    const elsewhere = await signedInBrowser(t, {
      workspaceId: SEED_IDS.globex.workspaceId,
      userId: ACME_PEOPLE.ada,
    });
    expect((await elsewhere.request({ url: '/api/auth/me' })).json()).toMatchObject({
      id: ada.id,
    });
  });

  it('refreshes the connection of a workspace signed in to again, without a second one', async () => {
    const browser = await signedInBrowser(t, {
      workspaceId: SEED_IDS.globex.workspaceId,
      userId: GLOBEX_PEOPLE.john,
    });
    const database = t.app.get(DataSource);
    const tokenOfJohn = async () => {
      const rows = await database.query<{ access_token: string }[]>(
        `SELECT c.access_token FROM connections c JOIN users u ON u.id = c.owner_id
         WHERE u.notion_user_id = $1`,
        [GLOBEX_PEOPLE.john],
      );
      return rows.map((row) => row.access_token);
    };
    const [before] = await tokenOfJohn();
    await signInWithNotion(browser, {
      workspaceId: SEED_IDS.globex.workspaceId,
      userId: GLOBEX_PEOPLE.john,
    });
    const after = await tokenOfJohn();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
  });

  it('lands on the SPA with a message when the person cancels on Notion', async () => {
    const browser = new Browser(t);
    const landing = await returnFromNotion(
      browser,
      await passConsent(await startSignIn(browser), { decision: 'cancel' }),
    );
    await expectRejected(browser, landing, 'access_denied');
  });

  it('lands on the SPA with a message when Notion refuses the code', async () => {
    const browser = new Browser(t);
    const state = (await startSignIn(browser)).searchParams.get('state') as string;
    const landing = await browser.request({
      url: `/api/auth/notion/callback?code=not-a-code&state=${state}`,
    });
    await expectRejected(browser, landing, 'invalid_code');
  });

  it('lands on the SPA with a message when Notion fails during the exchange', async () => {
    const browser = new Browser(t);
    const callback = await passConsent(await startSignIn(browser));
    sandbox.control.setFaults([
      { endpoint: 'POST /v1/oauth/token', errorRate: 1, statuses: [500] },
    ]);
    try {
      await expectRejected(browser, await returnFromNotion(browser, callback), 'notion_error');
    } finally {
      sandbox.control.clearFaults();
    }
  });

  it('rejects a callback without a code', async () => {
    const browser = new Browser(t);
    await startSignIn(browser);
    await expectRejected(
      browser,
      await browser.request({ url: '/api/auth/notion/callback' }),
      'missing_code',
    );
  });

  it('starts afresh when the start URL carries a code, a state or an error', async () => {
    for (const query of ['code=forged&state=forged', 'error=access_denied']) {
      const start = await new Browser(t).request({ url: `/api/auth/notion?${query}` });
      expect(start.statusCode).toBe(302);
      expect(start.headers.location).toMatch(/\/v1\/oauth\/authorize\?/);
      expect(start.headers.location).not.toContain('forged');
    }
  });

  describe('X2: state', () => {
    it('rejects a callback without a state', async () => {
      const browser = new Browser(t);
      const callback = await passConsent(await startSignIn(browser));
      callback.searchParams.delete('state');
      await expectRejected(browser, await returnFromNotion(browser, callback), 'state_missing');
    });

    it('rejects a state used before', async () => {
      const browser = new Browser(t);
      const callback = await passConsent(await startSignIn(browser));
      expect((await returnFromNotion(browser, callback)).headers.location).toBe('/');
      await browser.request({ method: 'POST', url: '/api/auth/logout' });

      // Replayed from a browser with a sign-in of its own under way.
      const again = new Browser(t);
      await startSignIn(again);
      const replay = await returnFromNotion(again, callback);
      expect(setCookieLine(replay, 'nck_session')).toBeUndefined();
      await expectRejected(again, replay, 'state_unknown');
    });

    it('rejects a state older than ten minutes', async () => {
      const browser = new Browser(t);
      const clock = t.app.get(Clock);
      const authorize = await startSignIn(browser);
      jest.spyOn(clock, 'now').mockReturnValue(Date.now() + 10 * 60 * 1000 + 1000);
      const landing = await returnFromNotion(browser, await passConsent(authorize));
      await expectRejected(browser, landing, 'state_expired');
    });

    it('rejects a state that another browser started, and it stays spent', async () => {
      const victim = new Browser(t);
      const callback = await passConsent(await startSignIn(victim));
      const attacker = new Browser(t);
      await startSignIn(attacker);
      await expectRejected(attacker, await returnFromNotion(attacker, callback), 'state_foreign');
      await expectRejected(victim, await returnFromNotion(victim, callback), 'state_unknown');
    });

    it('rejects a state whose browser cookie was tampered with', async () => {
      const browser = new Browser(t);
      const callback = await passConsent(await startSignIn(browser));
      const [nonce, signature] = (browser.cookie('nck_sign_in') as string).split('.');
      browser.setCookie('nck_sign_in', `${nonce}x.${signature}`, '/api/auth/notion');
      await expectRejected(browser, await returnFromNotion(browser, callback), 'state_foreign');
    });
  });
});
