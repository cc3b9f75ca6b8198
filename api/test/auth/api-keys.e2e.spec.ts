import type { Sandbox } from '@notionchartkit/notion-sandbox';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Browser } from '../support/browser';
import { startTestSandbox } from '../support/notion-sandbox';
import { signedInBrowser } from '../support/sign-in-helpers';
import { startTestApp, type TestApp } from '../support/test-app';

interface Created {
  id: string;
  name: string;
  key: string;
  createdAt: string;
}

describe('API keys', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({ vars: { NOTION_API_BASE_URL: sandbox.url } });
    browser = await signedInBrowser(t);
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  async function createKey(name: string): Promise<Created> {
    const res = await browser.request({ method: 'POST', url: '/api/api-keys', payload: { name } });
    expect(res.statusCode).toBe(201);
    return res.json<Created>();
  }

  const withKey = (key: string) => ({ authorization: `Bearer ${key}` });

  it('shows a new key once, with the nck_ prefix, and keeps only its hash', async () => {
    const created = await createKey('  Reporting script  ');
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Reporting script',
      key: expect.stringMatching(/^nck_[\w-]{43}$/),
      createdAt: expect.any(String),
    });
    const rows = await t.app
      .get(DataSource)
      .query<{ key_hash: string }[]>('SELECT key_hash FROM api_keys WHERE id = $1', [created.id]);
    expect(rows).toEqual([{ key_hash: createHash('sha256').update(created.key).digest('hex') }]);

    const list = await browser.request({ url: '/api/api-keys' });
    expect(list.body).not.toContain(created.key);
    expect(list.json<{ items: unknown[] }>().items).toContainEqual({
      id: created.id,
      name: 'Reporting script',
      createdAt: created.createdAt,
      lastUsedAt: null,
    });
  });

  it('authenticates every route with Authorization: Bearer, and records the last use', async () => {
    const { id, key } = await createKey('Integration');
    const me = await t.request({ url: '/api/auth/me', headers: withKey(key) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ name: 'Ada Lovelace' });
    expect((await t.request({ url: '/api/connections', headers: withKey(key) })).statusCode).toBe(
      200,
    );
    // No cookie, no Origin: API keys are not subject to the browser origin check.
    const created = await t.request({
      method: 'POST',
      url: '/api/api-keys',
      headers: withKey(key),
      payload: { name: 'Made by a key' },
    });
    expect(created.statusCode).toBe(201);

    const listed = (await browser.request({ url: '/api/api-keys' }))
      .json<{ items: { id: string; lastUsedAt: string | null }[] }>()
      .items.find((item) => item.id === id);
    expect(listed?.lastUsedAt).toEqual(expect.any(String));
  });

  it('answers 401 for a revoked key, and 404 for revoking it twice', async () => {
    const { id, key } = await createKey('Short-lived');
    expect((await t.request({ url: '/api/auth/me', headers: withKey(key) })).statusCode).toBe(200);
    const revoked = await browser.request({ method: 'DELETE', url: `/api/api-keys/${id}` });
    expect(revoked.statusCode).toBe(204);
    const after = await t.request({ url: '/api/auth/me', headers: withKey(key) });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    expect(
      (await browser.request({ method: 'DELETE', url: `/api/api-keys/${id}` })).statusCode,
    ).toBe(404);
  });

  it('answers 401 for unknown keys and other schemes, even alongside a session', async () => {
    for (const authorization of ['Bearer nck_unknown', 'Bearer ', 'Basic dXNlcjpwYXNz', 'nck_x']) {
      const res = await browser.request({ url: '/api/auth/me', headers: { authorization } });
      expect(res.statusCode).toBe(401);
    }
  });

  it('validates names and ids', async () => {
    for (const payload of [
      {},
      { name: '   ' },
      { name: 'x'.repeat(101) },
      { name: 'a', extra: 1 },
    ]) {
      const res = await browser.request({ method: 'POST', url: '/api/api-keys', payload });
      expect(res.statusCode).toBe(400);
    }
    const badId = await browser.request({ method: 'DELETE', url: '/api/api-keys/not-a-uuid' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ details: [{ field: 'id', problem: 'must be a UUID' }] });
  });

  it('lists newest first, a page at a time', async () => {
    const names = ['one', 'two', 'three'];
    for (const name of names) await createKey(name);
    const first = (await browser.request({ url: '/api/api-keys?limit=2' })).json<{
      items: { name: string }[];
      nextCursor: string;
    }>();
    expect(first.items.map((item) => item.name)).toEqual(['three', 'two']);
    const second = (
      await browser.request({ url: `/api/api-keys?limit=2&cursor=${first.nextCursor}` })
    ).json<{ items: { name: string }[] }>();
    expect(second.items[0]?.name).toBe('one');
    for (const query of ['limit=0', 'limit=201', 'limit=abc', 'cursor=bogus', 'sort=name']) {
      expect((await browser.request({ url: `/api/api-keys?${query}` })).statusCode).toBe(400);
    }
  });

  it('logout with an API key changes nothing', async () => {
    const { key } = await createKey('Logout attempt');
    const res = await t.request({ method: 'POST', url: '/api/auth/logout', headers: withKey(key) });
    expect(res.statusCode).toBe(204);
    expect((await t.request({ url: '/api/auth/me', headers: withKey(key) })).statusCode).toBe(200);
  });
});
