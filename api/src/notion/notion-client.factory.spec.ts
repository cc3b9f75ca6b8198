import { Logger } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { AppConfig } from '../core/config/app-config';
import { TokenCipher } from '../core/crypto/token-cipher';
import { DEFAULT_NOTION_CLIENT_OPTIONS, type NotionClientOptions } from './notion-client.options';
import { Metrics } from '../core/metrics/metrics';
import { NotionClientFactory } from './notion-client.factory';
import type { NotionConnectionClient } from './notion-connection.client';
import {
  NotionAuthError,
  NotionNotSharedError,
  NotionRateLimitedError,
  NotionUnavailableError,
  NotionValidationError,
} from './notion.errors';
import type { NotionRow } from './notion.types';
import type { TransportOptions } from './transport/notion.transport';
import {
  notionError,
  startStubNotion,
  type StubHandler,
  type StubNotion,
} from './testing/stub-notion.server';
import { connectTestRedis } from './testing/test-redis';

const TOKEN = 'ntn_secret_token_for_tests_only';
const OWNER = '5b0b0d4e-9a0e-4a47-9f70-7d1f53b7e0a1';

// Fast retries so the tests take milliseconds; the policy is the production one.
const FAST: TransportOptions = {
  retry: { maxRetries: 3, initialDelayMs: 10, maxDelayMs: 50, maxElapsedMs: 5000 },
  attemptTimeoutMs: 300,
  maxRateWaitMs: 5000,
  minPageSize: 10,
};
const OPTIONS: NotionClientOptions = {
  ...DEFAULT_NOTION_CLIENT_OPTIONS,
  ...FAST,
  rateLimit: { intervalMs: 1, windowMs: 10 },
  interactive: FAST,
};

const page = (id: string, title: string) => ({
  object: 'page',
  id,
  created_time: '2026-05-01T09:12:00.000Z',
  last_edited_time: '2026-05-03T14:37:00.000Z',
  created_by: { object: 'user', id: 'u-1' },
  last_edited_by: { object: 'user', id: 'u-1' },
  in_trash: false,
  parent: { type: 'data_source_id', data_source_id: 'ds-1', database_id: 'db-1' },
  url: `https://www.notion.so/${id}`,
  properties: {
    Name: {
      id: 'title',
      type: 'title',
      title: [{ type: 'text', text: { content: title, link: null }, plain_text: title }],
    },
  },
});

const rows = (ids: string[]) => ({
  status: 200,
  json: {
    object: 'list',
    results: ids.map((id) => page(id, `Row ${id}`)),
    next_cursor: null,
    has_more: false,
    type: 'page_or_data_source',
    page_or_data_source: {},
  },
});

async function collect(iterator: AsyncIterable<NotionRow>): Promise<NotionRow[]> {
  const all: NotionRow[] = [];
  for await (const row of iterator) all.push(row);
  return all;
}

describe('NotionClientFactory', () => {
  let redis: Redis;
  let cipher: TokenCipher;
  let stub: StubNotion | undefined;

  beforeAll(() => {
    // Retries are logged as warnings; the assertions below say what happened.
    Logger.overrideLogger(false);
    redis = connectTestRedis();
    const encryptionKey = randomBytes(32);
    cipher = new TokenCipher({
      secrets: { encryptionKey, previousEncryptionKeys: [] },
    } as unknown as AppConfig);
  });

  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  afterAll(() => redis.disconnect());

  // A connection of its own per test: a 429 pauses its connection in Redis for everyone.
  async function clientFor(handler: StubHandler): Promise<NotionConnectionClient> {
    stub = await startStubNotion(handler);
    const config = { notion: { apiBaseUrl: stub.url } } as AppConfig;
    const factory = new NotionClientFactory(config, cipher, redis, OPTIONS, new Metrics());
    const connectionId = randomUUID();
    return factory.forConnection({
      connectionId,
      ownerId: OWNER,
      sealedToken: cipher.seal(TOKEN, `${OWNER}:${connectionId}`),
    });
  }

  const queryRows = (client: NotionConnectionClient) =>
    collect(client.queryRows({ dataSourceId: 'ds-1' }));

  it('decrypts the token only to send it to Notion, with the pinned version', async () => {
    const client = await clientFor(() => ({
      json: {
        object: 'user',
        id: 'bot-1',
        name: 'Charts',
        avatar_url: null,
        type: 'bot',
        bot: {
          owner: { type: 'workspace', workspace: true },
          workspace_name: 'Acme',
          workspace_id: 'ws-1',
          workspace_limits: { max_file_upload_size_in_bytes: 5 },
        },
      },
    }));
    expect(await client.me()).toEqual({
      botId: 'bot-1',
      botName: 'Charts',
      workspaceId: 'ws-1',
      workspaceName: 'Acme',
    });
    expect(stub!.requests[0].path).toBe('/v1/users/me');
    expect(stub!.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(stub!.requests[0].headers['notion-version']).toBe('2025-09-03');
  });

  it('refuses a sealed token bound to another connection', () => {
    const factory = new NotionClientFactory(
      { notion: { apiBaseUrl: 'http://127.0.0.1:9' } } as AppConfig,
      cipher,
      redis,
      OPTIONS,
      new Metrics(),
    );
    expect(() =>
      factory.forConnection({
        connectionId: 'another-connection',
        ownerId: OWNER,
        sealedToken: cipher.seal(TOKEN, `${OWNER}:a-connection`),
      }),
    ).toThrow('Stored token cannot be decrypted');
  });

  it('retries a POST query answered 500 and returns its rows', async () => {
    const client = await clientFor((_, index) =>
      index === 0
        ? notionError(500, 'internal_server_error', 'Unexpected error occurred.')
        : rows(['p-1', 'p-2']),
    );
    const result = await queryRows(client);
    expect(result.map((row) => row.values.title)).toEqual(['Row p-1', 'Row p-2']);
    expect(stub!.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/data_sources/ds-1/query',
      'POST /v1/data_sources/ds-1/query',
    ]);
    expect(stub!.requests[1].body).toEqual(stub!.requests[0].body);
    expect(stub!.requests[0].body).toEqual({
      sorts: [{ timestamp: 'created_time', direction: 'ascending' }],
      page_size: 100,
    });
  });

  it.each([
    [502, 'bad_gateway'],
    [503, 'service_unavailable'],
    [504, 'gateway_timeout'],
  ])('retries a POST query answered %i', async (status, code) => {
    const client = await clientFor((_, index) =>
      index < 2 ? notionError(status, code, 'Try again.') : rows(['p-1']),
    );
    expect((await queryRows(client)).map((row) => row.pageId)).toEqual(['p-1']);
    expect(stub!.requests).toHaveLength(3);
  });

  it('honours Retry-After on 429 before retrying', async () => {
    const client = await clientFor((_, index) =>
      index === 0
        ? {
            ...notionError(429, 'rate_limited', 'You have been rate limited.'),
            headers: { 'retry-after': '1' },
          }
        : rows(['p-1']),
    );
    expect((await queryRows(client)).map((row) => row.pageId)).toEqual(['p-1']);
    const [first, second] = stub!.requests;
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
    // Jitter only adds a little on top of Notion's word.
    expect(second.at - first.at).toBeLessThan(1300);
  });

  it('honours Retry-After on 529 too', async () => {
    const client = await clientFor((_, index) =>
      index === 0
        ? {
            ...notionError(529, 'service_overload', 'Overloaded.'),
            headers: { 'retry-after': '1' },
          }
        : rows(['p-1']),
    );
    await queryRows(client);
    expect(stub!.requests[1].at - stub!.requests[0].at).toBeGreaterThanOrEqual(1000);
  });

  it('gives up on a Retry-After longer than its budget, saying when to come back', async () => {
    const client = await clientFor(() => ({
      ...notionError(429, 'rate_limited', 'You have been rate limited.'),
      headers: { 'retry-after': '30' },
    }));
    const failure = await queryRows(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotionRateLimitedError);
    expect((failure as NotionRateLimitedError).retryAfterMs).toBe(30_000);
    expect((failure as Error).message).toBe(
      'Notion is limiting requests for this workspace: try again in about 30 s.',
    );
    expect(stub!.requests).toHaveLength(1);
  });

  it('halves page_size when a query 503 advises smaller pages', async () => {
    const client = await clientFor((_, index) =>
      index === 0
        ? notionError(503, 'service_unavailable', 'Reduce page_size.', {
            additional_data: { retry_guidance: ['Reduce page_size'] },
          })
        : rows(['p-1']),
    );
    await queryRows(client);
    expect(stub!.requests.map((r) => (r.body as { page_size: number }).page_size)).toEqual([
      100, 50,
    ]);
  });

  it('retries dropped connections and timed-out attempts', async () => {
    const client = await clientFor((_, index) =>
      index === 0 ? { destroy: true } : index === 1 ? { hang: true } : rows(['p-1']),
    );
    expect((await queryRows(client)).map((row) => row.pageId)).toEqual(['p-1']);
    expect(stub!.requests).toHaveLength(3);
  });

  it('stops after its retries with NotionUnavailableError', async () => {
    const client = await clientFor(() =>
      notionError(500, 'internal_server_error', 'Unexpected error occurred.'),
    );
    const failure = await queryRows(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotionUnavailableError);
    expect((failure as NotionUnavailableError).status).toBe(500);
    expect((failure as Error).message).toBe(
      'Notion is not answering right now: try again in a few minutes.',
    );
    expect(stub!.requests).toHaveLength(FAST.retry.maxRetries + 1);
  });

  it('treats an HTML page from a proxy as Notion being unavailable', async () => {
    const client = await clientFor(() => ({ status: 403, text: '<html>Access denied</html>' }));
    await expect(client.me()).rejects.toBeInstanceOf(NotionUnavailableError);
  });

  it('turns 401 into NotionAuthError at once, without retrying', async () => {
    const client = await clientFor(() => notionError(401, 'unauthorized', 'API token is invalid.'));
    const failure = await queryRows(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotionAuthError);
    expect((failure as Error).message).toBe(
      "Notion rejected the connection's token: reconnect the workspace.",
    );
    expect(stub!.requests).toHaveLength(1);
    expect(JSON.stringify(failure)).not.toContain(TOKEN);
    expect(String((failure as Error).stack)).not.toContain(TOKEN);
  });

  it('turns 404 into NotionNotSharedError for the data source', async () => {
    const client = await clientFor(() =>
      notionError(
        404,
        'object_not_found',
        'Could not find data_source with ID: ds-1. Make sure the relevant pages and databases are shared with your integration.',
      ),
    );
    const failure = await client.retrieveDataSource('ds-1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotionNotSharedError);
    expect(failure).toMatchObject({ resource: 'data_source', reason: 'not_found', status: 404 });
    expect((failure as Error).message).toBe(
      'The data source is no longer shared with the integration, or it was deleted: share it again in Notion (••• → Connections).',
    );
    expect(stub!.requests).toHaveLength(1);
  });

  it('turns 403 restricted_resource into a missing-capability NotShared error', async () => {
    const client = await clientFor(() =>
      notionError(403, 'restricted_resource', 'API token does not have access to this resource.'),
    );
    const failure = await client.retrieveDataSource('ds-1').catch((error: unknown) => error);
    expect(failure).toMatchObject({ resource: 'data_source', reason: 'no_capability' });
    expect((failure as Error).message).toMatch(/"Read content" capability/);
  });

  it('turns 400 validation_error into NotionValidationError with Notion’s reason', async () => {
    const client = await clientFor(() =>
      notionError(400, 'validation_error', 'Could not find property with name or id: xyz.'),
    );
    const failure = await queryRows(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotionValidationError);
    expect((failure as Error).message).toBe(
      "Notion rejected the request (Could not find property with name or id: xyz): check the data source's properties in Notion, then try again.",
    );
  });

  it('checks a raw token with forToken, keyed without the token', async () => {
    stub = await startStubNotion(() => notionError(401, 'unauthorized', 'API token is invalid.'));
    const factory = new NotionClientFactory(
      { notion: { apiBaseUrl: stub.url } } as AppConfig,
      cipher,
      redis,
      OPTIONS,
      new Metrics(),
    );
    await expect(factory.forToken('ntn_brand_new').me()).rejects.toBeInstanceOf(NotionAuthError);
    expect(stub.requests[0].headers.authorization).toBe('Bearer ntn_brand_new');
    const keys = await redis.keys('*');
    expect(keys.join(' ')).not.toContain('ntn_brand_new');
  });

  it('gives up sooner when a person is waiting', async () => {
    stub = await startStubNotion(() =>
      notionError(503, 'service_unavailable', 'Notion is unavailable, please try again later.'),
    );
    const factory = new NotionClientFactory(
      { notion: { apiBaseUrl: stub.url } } as AppConfig,
      cipher,
      redis,
      { ...OPTIONS, interactive: DEFAULT_NOTION_CLIENT_OPTIONS.interactive },
      new Metrics(),
    );
    const connectionId = randomUUID();
    const client = factory.forConnection(
      {
        connectionId,
        ownerId: OWNER,
        sealedToken: cipher.seal(TOKEN, `${OWNER}:${connectionId}`),
      },
      'interactive',
    );
    await expect(client.searchDataSources('Sales')).rejects.toBeInstanceOf(NotionUnavailableError);
    expect(stub.requests).toHaveLength(
      DEFAULT_NOTION_CLIENT_OPTIONS.interactive.retry.maxRetries + 1,
    );
  });
});
