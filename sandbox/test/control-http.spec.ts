import { collectPaginatedAPI, isFullPage, type PageObjectResponse } from '@notionhq/client';
import { DEMO_INTERNAL_TOKEN, SEED_IDS, startSandbox, type Sandbox } from '../src/index';
import { rawRequest, sdkClient } from './support/sdk-client';
import { WebhookReceiver } from './support/webhook-receiver';

describe('the control API over HTTP', () => {
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;

  beforeAll(async () => {
    sandbox = await startSandbox();
    client = sdkClient(sandbox);
  });

  afterAll(() => sandbox.close());

  async function control(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Record<string, unknown>> {
    const response = await rawRequest(sandbox, `/_sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = response.json();
    if (response.status !== 200) throw Object.assign(new Error(String(parsed.message)), parsed);
    return parsed;
  }

  it('describes the sandbox: seed ids, tokens, settings', async () => {
    const info = await control('GET', '');
    expect(info).toMatchObject({
      url: sandbox.url,
      ids: { acme: { salesDataSourceId: SEED_IDS.acme.salesDataSourceId } },
      tokens: { demo: DEMO_INTERNAL_TOKEN },
      rateLimit: null,
      queryResultLimit: 10_000,
    });
  });

  it('creates a data source and edits, trashes, restores and purges rows', async () => {
    const { dataSourceId } = await control('POST', '/data-sources', {
      title: 'Over HTTP',
      properties: [
        { name: 'Name', type: 'title' },
        { name: 'Score', type: 'number' },
        { name: 'Kind', type: 'select', options: ['x', 'y'] },
      ],
    });
    const id = String(dataSourceId);
    const { id: rowId } = await control('POST', `/data-sources/${id}/rows`, {
      values: { Name: 'One', Score: 1, Kind: 'x' },
    });
    await control('PATCH', `/pages/${String(rowId)}`, { values: { Score: 2 } });
    const page = (await client.pages.retrieve({ page_id: String(rowId) })) as PageObjectResponse;
    expect(page.properties.Score).toMatchObject({ type: 'number', number: 2 });
    await control('POST', `/pages/${String(rowId)}/trash`, {});
    expect((await client.dataSources.query({ data_source_id: id })).results).toHaveLength(0);
    await control('POST', `/pages/${String(rowId)}/restore`, {});
    expect((await client.dataSources.query({ data_source_id: id })).results).toHaveLength(1);
    await control('DELETE', `/pages/${String(rowId)}`);
    await expect(client.pages.retrieve({ page_id: String(rowId) })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('adds, renames and removes properties', async () => {
    const deals = SEED_IDS.acme.salesDataSourceId;
    const { id } = await control('POST', `/data-sources/${deals}/properties`, {
      name: 'Forecast category',
      type: 'select',
      options: ['Commit', 'Best case'],
    });
    await control('PATCH', `/data-sources/${deals}/properties/${encodeURIComponent(String(id))}`, {
      name: 'Forecast',
    });
    let schema = await client.dataSources.retrieve({ data_source_id: deals });
    expect(schema.properties.Forecast).toMatchObject({ id, type: 'select' });
    await control('DELETE', `/data-sources/${deals}/properties/Forecast`);
    schema = await client.dataSources.retrieve({ data_source_id: deals });
    expect(schema.properties.Forecast).toBeUndefined();
    await expect(
      control('POST', `/data-sources/${deals}/properties`, { name: 'F', type: 'formula' }),
    ).rejects.toMatchObject({
      code: 'validation_error',
    });
  });

  it('reports bad input with Notion-style errors', async () => {
    await expect(
      control('POST', `/data-sources/${SEED_IDS.acme.salesDataSourceId}/rows`, {
        values: { Nope: 1 },
      }),
    ).rejects.toMatchObject({
      object: 'error',
      status: 400,
      code: 'validation_error',
    });
    await expect(
      control('PATCH', '/pages/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f', { values: {} }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('switches rate limits and faults, and reads and resets counters, without counting itself', async () => {
    await control('DELETE', '/counters');
    await control('PUT', '/rate-limit', { requestsPerSecond: 1, burst: 1 });
    await client.users.me({});
    await expect(client.users.me({})).rejects.toMatchObject({ code: 'rate_limited' });
    expect(await control('PUT', '/rate-limit', { enabled: false })).toEqual({ rateLimit: null });
    await control('PUT', '/faults', {
      rules: [{ endpoint: 'GET /v1/users/me', errorRate: 1, statuses: [504] }],
    });
    await expect(client.users.me({})).rejects.toMatchObject({
      status: 504,
      code: 'gateway_timeout',
    });
    await control('DELETE', '/faults');
    const counts = await control('GET', '/counters');
    expect(counts).toMatchObject({
      total: 3,
      rateLimited: 1,
      faults: 1,
      byEndpoint: { 'GET /v1/users/me': 3 },
    });
    await expect(control('PUT', '/faults', { rules: [{ errorRate: 2 }] })).rejects.toMatchObject({
      code: 'validation_error',
    });
  });

  it('issues and revokes tokens, authorizes OAuth, caps queries and generates big data sources', async () => {
    const issued = await control('POST', '/tokens', { workspaceId: SEED_IDS.globex.workspaceId });
    const globex = sdkClient(sandbox, String(issued.token));
    expect((await globex.users.me({})).id).toBe(issued.botId);
    await control('DELETE', `/tokens/${String(issued.token)}`);
    await expect(globex.users.me({})).rejects.toMatchObject({ status: 401 });

    const authorized = await control('POST', '/oauth/authorize', {
      redirectUri: 'http://localhost/cb',
      state: 'st',
    });
    expect(String(authorized.redirectUrl)).toBe(
      `http://localhost/cb?code=${String(authorized.code)}&state=st`,
    );

    const { dataSourceId } = await control('POST', '/data-sources/large', {
      rows: 500,
      title: 'Bench',
    });
    await control('PUT', '/query-result-limit', { limit: 120 });
    const rows = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: String(dataSourceId),
    });
    expect(rows).toHaveLength(120);
    await control('PUT', '/query-result-limit', { limit: 10_000 });
    expect(
      await collectPaginatedAPI(client.dataSources.query, { data_source_id: String(dataSourceId) }),
    ).toHaveLength(500);
  });

  it('subscribes webhooks and flushes them', async () => {
    const receiver = await new WebhookReceiver().start();
    const subscription = await control('POST', '/webhooks', {
      url: receiver.url,
      eventTypes: ['page.created'],
      aggregationMs: 60_000,
    });
    expect(subscription).toMatchObject({ verified: true, handshakeStatus: 200 });
    await control('POST', `/data-sources/${SEED_IDS.acme.tasksDataSourceId}/rows`, {
      values: { Task: 'Hooked' },
    });
    await control('POST', '/webhooks/flush', {});
    const { deliveries } = await control(
      'GET',
      `/webhooks/deliveries?subscriptionId=${String(subscription.id)}`,
    );
    expect(
      (deliveries as { type: string; status: number }[]).map((d) => [d.type, d.status]),
    ).toEqual([
      ['verification', 200],
      ['page.created', 200],
    ]);
    const rows = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: SEED_IDS.acme.tasksDataSourceId,
      filter: { property: 'Task', title: { equals: 'Hooked' } },
    });
    expect(rows.filter(isFullPage)).toHaveLength(1);
    await control('DELETE', `/webhooks/${String(subscription.id)}`);
    await receiver.close();
  });
});
