import {
  isHTTPResponseError,
  type OauthTokenResponse,
  type UserObjectResponse,
} from '@notionhq/client';
import {
  ACME_PEOPLE,
  createManualClock,
  SANDBOX_OAUTH_CLIENT,
  SEED_IDS,
  startSandbox,
  type Sandbox,
} from '../src/index';
import { rawRequest, sdkClient } from './support/sdk-client';

const CLIENT = {
  client_id: SANDBOX_OAUTH_CLIENT.clientId,
  client_secret: SANDBOX_OAUTH_CLIENT.clientSecret,
};
const REDIRECT = 'http://localhost:3000/api/auth/notion/callback';

/** The OAuth error code of a failed SDK call (these codes are outside the SDK's enum). */
async function oauthFailure(call: Promise<unknown>): Promise<{ status: number; code: unknown }> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isHTTPResponseError(error)) throw new Error('expected an HTTP error');
  return { status: error.status, code: (JSON.parse(error.body) as { code: unknown }).code };
}

function form(fields: Record<string, string>): {
  method: string;
  headers: Record<string, string>;
  body: string;
} {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

describe('OAuth', () => {
  const clock = createManualClock('2026-04-01T12:00:00.000Z');
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;

  beforeAll(async () => {
    sandbox = await startSandbox({ now: clock.now });
    client = sdkClient(sandbox, '');
  });

  afterAll(() => sandbox.close());

  const authorizeQuery = new URLSearchParams({
    client_id: SANDBOX_OAUTH_CLIENT.clientId,
    response_type: 'code',
    owner: 'user',
    redirect_uri: REDIRECT,
    state: 'xyz-123',
  });

  it('shows a consent page listing the workspaces to share', async () => {
    const page = await rawRequest(sandbox, `/v1/oauth/authorize?${authorizeQuery.toString()}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('Allow access');
    expect(page.text).toContain('Cancel');
    expect(page.text).toContain('Acme Corp — as Ada Lovelace (ada@acme.example)');
    expect(page.text).toContain('Globex Labs');
    expect(page.text).toContain('name="state" value="xyz-123"');
  });

  it('redirects with code and state on "Allow access", with error=access_denied on "Cancel"', async () => {
    const fields = Object.fromEntries(authorizeQuery);
    const allowed = await rawRequest(
      sandbox,
      '/v1/oauth/authorize',
      form({ ...fields, decision: 'allow', workspace_id: SEED_IDS.acme.workspaceId }),
    );
    expect(allowed.status).toBe(302);
    const location = new URL(allowed.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('xyz-123');
    expect(location.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
    const cancelled = await rawRequest(
      sandbox,
      '/v1/oauth/authorize',
      form({ ...fields, decision: 'cancel' }),
    );
    expect(cancelled.headers.get('location')).toBe(`${REDIRECT}?error=access_denied&state=xyz-123`);
  });

  it('shows an error page instead of redirecting for an unknown client', async () => {
    const query = new URLSearchParams(authorizeQuery);
    query.set('client_id', 'someone-else');
    const page = await rawRequest(sandbox, `/v1/oauth/authorize?${query.toString()}`);
    expect(page.status).toBe(400);
    expect(page.text).toContain('Unknown client_id');
  });

  it('exchanges a code for tokens shaped as Notion documents them, once', async () => {
    const { code } = sandbox.control.authorize({ redirectUri: REDIRECT, state: 's' });
    const tokens: OauthTokenResponse = await client.oauth.token({
      ...CLIENT,
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    expect(tokens).toEqual({
      access_token: expect.stringMatching(/^ntn_/),
      token_type: 'bearer',
      refresh_token: expect.stringMatching(/^nrt_/),
      bot_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      workspace_id: SEED_IDS.acme.workspaceId,
      workspace_name: 'Acme Corp',
      workspace_icon: '🏢',
      owner: {
        type: 'user',
        user: {
          object: 'user',
          id: ACME_PEOPLE.ada,
          name: 'Ada Lovelace',
          avatar_url: null,
          type: 'person',
          person: { email: 'ada@acme.example' },
        },
      },
      duplicated_template_id: null,
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const reused = await oauthFailure(
      client.oauth.token({
        ...CLIENT,
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
      }),
    );
    expect(reused).toEqual({ status: 400, code: 'invalid_grant' });

    const me: UserObjectResponse = await sdkClient(sandbox, tokens.access_token).users.me({});
    expect(me).toMatchObject({
      id: tokens.bot_id,
      type: 'bot',
      bot: {
        owner: { type: 'user', user: { id: ACME_PEOPLE.ada } },
        workspace_id: SEED_IDS.acme.workspaceId,
      },
    });
    const deals = await sdkClient(sandbox, tokens.access_token).dataSources.query({
      data_source_id: SEED_IDS.acme.salesDataSourceId,
      page_size: 1,
    });
    expect(deals.results).toHaveLength(1);
  });

  it('rotates refresh tokens', async () => {
    const { code } = sandbox.control.authorize({ redirectUri: REDIRECT });
    const first = await client.oauth.token({
      ...CLIENT,
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    const second = await client.oauth.token({
      ...CLIENT,
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token ?? '',
    });
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.bot_id).toBe(first.bot_id);
    expect(
      await oauthFailure(
        client.oauth.token({
          ...CLIENT,
          grant_type: 'refresh_token',
          refresh_token: first.refresh_token ?? '',
        }),
      ),
    ).toEqual({
      status: 400,
      code: 'invalid_grant',
    });
    expect((await sdkClient(sandbox, second.access_token).users.me({})).id).toBe(first.bot_id);
  });

  it('answers the documented error codes', async () => {
    const { code } = sandbox.control.authorize({ redirectUri: REDIRECT });
    expect(
      await oauthFailure(
        client.oauth.token({
          ...CLIENT,
          client_secret: 'wrong',
          grant_type: 'authorization_code',
          code,
        }),
      ),
    ).toEqual({
      status: 401,
      code: 'invalid_client',
    });
    expect(
      await oauthFailure(client.oauth.token({ ...CLIENT, grant_type: 'authorization_code', code })),
    ).toEqual({
      status: 400,
      code: 'invalid_request',
    });
    expect(
      await oauthFailure(
        client.oauth.token({
          ...CLIENT,
          grant_type: 'authorization_code',
          code,
          redirect_uri: 'http://evil.example/cb',
        }),
      ),
    ).toEqual({ status: 400, code: 'invalid_grant' });
    const unsupported = await rawRequest(sandbox, '/v1/oauth/token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${CLIENT.client_id}:${CLIENT.client_secret}`).toString('base64')}`,
        'notion-version': '2025-09-03',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(unsupported.json()).toMatchObject({
      object: 'error',
      status: 400,
      code: 'unsupported_grant_type',
    });
    clock.advance(11 * 60_000);
    expect(
      await oauthFailure(
        client.oauth.token({
          ...CLIENT,
          grant_type: 'authorization_code',
          code,
          redirect_uri: REDIRECT,
        }),
      ),
    ).toEqual({
      status: 400,
      code: 'invalid_grant',
    });
  });

  it('introspects and revokes tokens; a revoked token gets 401', async () => {
    const { code } = sandbox.control.authorize({ redirectUri: REDIRECT });
    const tokens = await client.oauth.token({
      ...CLIENT,
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    const active = await client.oauth.introspect({ ...CLIENT, token: tokens.access_token });
    expect(active).toMatchObject({ active: true, iat: Math.floor(clock.now().getTime() / 1000) });
    const revoked = await client.oauth.revoke({ ...CLIENT, token: tokens.access_token });
    expect(revoked.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await client.oauth.introspect({ ...CLIENT, token: tokens.access_token })).toMatchObject({
      active: false,
    });
    await expect(sdkClient(sandbox, tokens.access_token).users.me({})).rejects.toMatchObject({
      code: 'unauthorized',
      status: 401,
    });
  });

  it('signs in to the second workspace, which sees only its own data', async () => {
    const { code } = sandbox.control.authorize({
      redirectUri: REDIRECT,
      workspaceId: SEED_IDS.globex.workspaceId,
    });
    const tokens = await client.oauth.token({
      ...CLIENT,
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    expect(tokens).toMatchObject({
      workspace_id: SEED_IDS.globex.workspaceId,
      workspace_name: 'Globex Labs',
    });
    const globex = sdkClient(sandbox, tokens.access_token);
    const found = await globex.search({ filter: { property: 'object', value: 'data_source' } });
    expect(found.results.map((r) => r.id)).toEqual([SEED_IDS.globex.campaignsDataSourceId]);
    await expect(
      globex.dataSources.retrieve({ data_source_id: SEED_IDS.acme.salesDataSourceId }),
    ).rejects.toMatchObject({
      code: 'object_not_found',
      status: 404,
    });
  });

  it('follows the redirect_uri rules of registered URIs, and can skip the consent page', async () => {
    const strict = await startSandbox({
      seed: [],
      oauth: { clientId: 'cid', clientSecret: 'csec', redirectUris: [REDIRECT], autoConsent: true },
    });
    const page = await rawRequest(
      strict,
      '/v1/oauth/authorize?client_id=cid&response_type=code&owner=user&state=abc',
    );
    expect(page.status).toBe(302);
    const location = new URL(page.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('abc');
    const code = location.searchParams.get('code') ?? '';
    const strictClient = sdkClient(strict, '');
    const credentials = { client_id: 'cid', client_secret: 'csec' };
    // The authorize URL had no redirect_uri, so the exchange must not send one either.
    expect(
      await oauthFailure(
        strictClient.oauth.token({
          ...credentials,
          grant_type: 'authorization_code',
          code,
          redirect_uri: REDIRECT,
        }),
      ),
    ).toEqual({ status: 400, code: 'invalid_request' });
    const tokens = await strictClient.oauth.token({
      ...credentials,
      grant_type: 'authorization_code',
      code,
    });
    expect(tokens.workspace_id).toBe(SEED_IDS.acme.workspaceId);
    const unregistered = await rawRequest(
      strict,
      '/v1/oauth/authorize?client_id=cid&response_type=code&owner=user&redirect_uri=http://evil.example',
    );
    expect(unregistered.status).toBe(400);
    await strict.close();
  });
});
