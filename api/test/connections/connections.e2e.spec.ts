import { type Sandbox, SEED_IDS } from '@notionchartkit/notion-sandbox';
import { startTestSandbox } from '../support/notion-sandbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';

interface ConnectionBody {
  id: string;
  kind: string;
  workspaceId: string;
  workspaceName: string;
  workspaceIcon: string | null;
  status: string;
  createdAt: string;
}

interface SourcesBody {
  items: { databaseId: string; dataSourceId: string; title: string; icon: string | null }[];
  nextCursor: string | null;
}

describe('connections', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({ vars: { NOTION_API_BASE_URL: sandbox.url } });
    user = await createTestUser(t);
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  const as = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.request({ method, url, payload, headers: user.headers });

  async function connect(token: string, name?: string): Promise<ConnectionBody> {
    const res = await as('POST', '/api/connections', { token, ...(name ? { name } : {}) });
    expect(res.statusCode).toBe(201);
    return res.json<ConnectionBody>();
  }

  describe('POST /api/connections (internal integration)', () => {
    it('checks the token with Notion, keeps it, and never returns it', async () => {
      const { token } = sandbox.control.issueToken();
      const res = await as('POST', '/api/connections', { token });
      expect(res.statusCode).toBe(201);
      expect(res.body).not.toContain(token);
      expect(res.json()).toEqual({
        id: expect.any(String),
        kind: 'internal',
        workspaceId: SEED_IDS.acme.workspaceId,
        workspaceName: 'Acme Corp',
        workspaceIcon: null,
        status: 'active',
        createdAt: expect.any(String),
      });
      const list = await as('GET', '/api/connections');
      expect(list.body).not.toContain(token);
      expect(list.json<{ items: ConnectionBody[] }>().items).toContainEqual(res.json());
    });

    it('takes a display name, and adding the same integration again updates it', async () => {
      const { token } = sandbox.control.issueToken({ workspaceId: SEED_IDS.globex.workspaceId });
      const first = await connect(token);
      expect(first.workspaceName).toBe('Globex Labs');
      const renamed = await connect(token, 'Globex (reporting)');
      expect(renamed).toMatchObject({ id: first.id, workspaceName: 'Globex (reporting)' });
      const ids = (await as('GET', '/api/connections'))
        .json<{ items: ConnectionBody[] }>()
        .items.map((connection) => connection.id);
      expect(ids.filter((id) => id === first.id)).toHaveLength(1);
    });

    it('answers 422 naming the token when Notion refuses it', async () => {
      const res = await as('POST', '/api/connections', { token: 'ntn_not_a_real_token' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toEqual({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: expect.stringMatching(/^Notion rejected this token/),
        details: [{ field: 'token', problem: 'was rejected by Notion' }],
      });
      expect(res.body).not.toContain('ntn_not_a_real_token');
    });

    it('answers 503 naming Notion while Notion is down', async () => {
      sandbox.control.setFaults([{ endpoint: 'GET /v1/users/me', errorRate: 1, statuses: [503] }]);
      try {
        const res = await as('POST', '/api/connections', {
          token: sandbox.control.issueToken().token,
        });
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ statusCode: 503, message: 'Notion is unavailable' });
      } finally {
        sandbox.control.clearFaults();
      }
    });

    it('rejects malformed bodies with 400 before asking Notion', async () => {
      const before = sandbox.control.counters().total;
      for (const payload of [{}, { token: '' }, { token: 42 }, { token: 'x', extra: true }]) {
        const res = await as('POST', '/api/connections', payload);
        expect(res.statusCode).toBe(400);
      }
      expect(sandbox.control.counters().total).toBe(before);
    });
  });

  describe('GET /api/connections/:id/sources', () => {
    let connection: ConnectionBody;

    beforeAll(async () => {
      connection = await connect(sandbox.control.issueToken().token);
    });

    it('lists the data sources the connection can read, and only those', async () => {
      const res = await as('GET', `/api/connections/${connection.id}/sources`);
      expect(res.statusCode).toBe(200);
      const body = res.json<SourcesBody>();
      expect(body.items).toContainEqual({
        databaseId: SEED_IDS.acme.salesDatabaseId,
        dataSourceId: SEED_IDS.acme.salesDataSourceId,
        title: 'Deals',
        icon: null,
        url: expect.stringMatching(/^https:\/\//),
        lastEditedTime: expect.any(String),
      });
      const ids = body.items.map((item) => item.dataSourceId);
      expect(ids).not.toContain(SEED_IDS.acme.salariesDataSourceId);
      expect(ids).not.toContain(SEED_IDS.globex.campaignsDataSourceId);
    });

    it('searches titles and pages through the results', async () => {
      const found = (
        await as('GET', `/api/connections/${connection.id}/sources?query=deal`)
      ).json<SourcesBody>();
      expect(found.items.map((item) => item.title)).toEqual(['Deals']);

      const all = (
        await as('GET', `/api/connections/${connection.id}/sources`)
      ).json<SourcesBody>();
      const first = (
        await as('GET', `/api/connections/${connection.id}/sources?limit=2`)
      ).json<SourcesBody>();
      expect(first.items).toHaveLength(2);
      const rest = (
        await as(
          'GET',
          `/api/connections/${connection.id}/sources?limit=200&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
        )
      ).json<SourcesBody>();
      expect([...first.items, ...rest.items].map((item) => item.dataSourceId)).toEqual(
        all.items.map((item) => item.dataSourceId),
      );
    });

    it('answers 400 for a cursor Notion does not know, and unknown query fields', async () => {
      for (const query of ['cursor=nope', 'limit=0', 'sort=title']) {
        const res = await as('GET', `/api/connections/${connection.id}/sources?${query}`);
        expect(res.statusCode).toBe(400);
      }
    });

    it('marks the connection revoked and answers 422 once Notion stops accepting its token', async () => {
      const ownToken = sandbox.control.issueToken().token;
      const own = await connect(ownToken);
      sandbox.control.revokeToken(ownToken);
      const res = await as('GET', `/api/connections/${own.id}/sources`);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ message: expect.stringMatching(/reconnect/) });
      const listed = (await as('GET', '/api/connections'))
        .json<{ items: ConnectionBody[] }>()
        .items.find((item) => item.id === own.id);
      expect(listed?.status).toBe('revoked');
    });
  });

  describe('DELETE /api/connections/:id', () => {
    it('removes it: 204, then 404, and gone from the list', async () => {
      const { id } = await connect(sandbox.control.issueToken().token);
      expect((await as('DELETE', `/api/connections/${id}`)).statusCode).toBe(204);
      expect((await as('DELETE', `/api/connections/${id}`)).statusCode).toBe(404);
      expect((await as('GET', `/api/connections/${id}/sources`)).statusCode).toBe(404);
      const ids = (await as('GET', '/api/connections'))
        .json<{ items: ConnectionBody[] }>()
        .items.map((item) => item.id);
      expect(ids).not.toContain(id);
    });

    it('answers 400 for a malformed id', async () => {
      const res = await as('DELETE', '/api/connections/123');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ details: [{ field: 'id', problem: 'must be a UUID' }] });
    });
  });
});
