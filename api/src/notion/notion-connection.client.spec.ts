import { Logger } from '@nestjs/common';
import {
  ACME_PEOPLE,
  DEMO_INTERNAL_TOKEN,
  NOTION_RATE_LIMIT,
  SEED_DEALS,
  SEED_IDS,
  startSandbox,
  type Sandbox,
} from '@notionchartkit/notion-sandbox';
import { randomBytes, randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { AppConfig } from '../core/config/app-config';
import { TokenCipher } from '../core/crypto/token-cipher';
import { DEFAULT_NOTION_CLIENT_OPTIONS, type NotionClientOptions } from './notion-client.options';
import { Metrics } from '../core/metrics/metrics';
import { NotionClientFactory } from './notion-client.factory';
import type { NotionConnectionClient } from './notion-connection.client';
import { NotionAuthError, NotionNotSharedError } from './notion.errors';
import type { NotionRow, QueryRowsOptions } from './notion.types';
import { connectTestRedis, newTestRedisPrefix } from './testing/test-redis';

const ACME = SEED_IDS.acme;
const OWNER = '0d3c5a8e-2b1f-4c47-9e59-6f0f3f1a7b21';

// Property ids of the seeded "Deals" data source.
const DEALS = {
  title: 'title',
  amount: 'AVmw',
  stage: 'qiOc',
  closeDate: '~B%7BY',
  owner: 'B%3AXQ',
  account: 'o%5EsO',
  createdBy: '%5B%3CY1',
} as const;

// Generous budget so these tests are quick; the rate limit has its own test below.
const FAST: NotionClientOptions = {
  ...DEFAULT_NOTION_CLIENT_OPTIONS,
  rateLimit: { intervalMs: 1, windowMs: 10 },
  retry: { ...DEFAULT_NOTION_CLIENT_OPTIONS.retry, initialDelayMs: 10, maxDelayMs: 50 },
};

describe('NotionConnectionClient against the Notion sandbox', () => {
  let sandbox: Sandbox;
  let cipher: TokenCipher;
  const redisClients: Redis[] = [];

  function factory(options = FAST, prefix = newTestRedisPrefix()): NotionClientFactory {
    const redis = connectTestRedis(prefix);
    redisClients.push(redis);
    return new NotionClientFactory(
      { notion: { apiBaseUrl: sandbox.url } } as AppConfig,
      cipher,
      redis,
      options,
      new Metrics(),
    );
  }

  function connect(
    token = DEMO_INTERNAL_TOKEN,
    connectionId: string = randomUUID(),
    from = factory(),
  ): NotionConnectionClient {
    return from.forConnection({
      connectionId,
      ownerId: OWNER,
      sealedToken: cipher.seal(token, `${OWNER}:${connectionId}`),
      workspaceId: ACME.workspaceId,
    });
  }

  async function rows(client: NotionConnectionClient, options: Partial<QueryRowsOptions> = {}) {
    const all: NotionRow[] = [];
    for await (const row of client.queryRows({
      dataSourceId: ACME.salesDataSourceId,
      ...options,
    })) {
      all.push(row);
    }
    return all;
  }

  const byId = (all: NotionRow[], id: string) => all.find((row) => row.pageId === id);

  beforeAll(async () => {
    Logger.overrideLogger(false);
    sandbox = await startSandbox({ seed: ['acme'] });
    cipher = new TokenCipher({
      secrets: { encryptionKey: randomBytes(32), previousEncryptionKeys: [] },
    } as unknown as AppConfig);
  });

  beforeEach(() => {
    sandbox.control.resetCounters();
    sandbox.control.clearFaults();
  });

  afterAll(async () => {
    for (const client of redisClients) client.disconnect();
    await sandbox.close();
  });

  it("tells the token's bot and workspace", async () => {
    expect(await connect().me()).toEqual({
      botId: ACME.internalBotId,
      botName: expect.any(String),
      workspaceId: ACME.workspaceId,
      workspaceName: 'Acme Corp',
    });
  });

  it('lists the data sources shared with the connection, not the others', async () => {
    const client = connect();
    const all = await client.searchDataSources();
    const ids = all.items.map((item) => item.dataSourceId);
    expect(ids).toEqual(expect.arrayContaining([ACME.salesDataSourceId, ACME.tasksDataSourceId]));
    expect(ids).not.toContain(ACME.salariesDataSourceId);
    expect(all.nextCursor).toBeNull();
    const deals = await client.searchDataSources('Deal');
    expect(deals.items).toEqual([
      {
        databaseId: ACME.salesDatabaseId,
        dataSourceId: ACME.salesDataSourceId,
        title: 'Deals',
        icon: null,
        url: expect.stringMatching(/^https:\/\/www\.notion\.so\//),
        lastEditedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/),
      },
    ]);
  });

  it('reads a data source with its normalized schema', async () => {
    const dataSource = await connect().retrieveDataSource(ACME.salesDataSourceId);
    expect(dataSource).toMatchObject({
      id: ACME.salesDataSourceId,
      databaseId: ACME.salesDatabaseId,
      title: 'Deals',
    });
    const schema = new Map(dataSource.schema.map((property) => [property.name, property]));
    expect(schema.get('Amount')).toEqual({
      id: DEALS.amount,
      name: 'Amount',
      type: 'number',
      format: 'dollar',
    });
    expect(schema.get('Stage')?.options?.map((option) => option.name)).toEqual([
      'Lead',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Closed won',
      'Closed lost',
    ]);
    expect(schema.get('Weighted amount')).toMatchObject({ type: 'formula', resultType: null });
    expect(schema.get('Account tier')).toMatchObject({ type: 'rollup', resultType: 'array' });
  });

  it('leaves the types we do not chart out of the schema', async () => {
    const accounts = await connect().retrieveDataSource(ACME.accountsDataSourceId);
    const names = accounts.schema.map((property) => property.name);
    expect(names).toEqual(expect.arrayContaining(['Name', 'Employees', 'Account manager']));
    // A place and a verification property.
    expect(names).not.toContain('HQ');
    expect(names).not.toContain('Verified');
  });

  it('reads every row once, normalized, with complete relations and names', async () => {
    const all = await rows(connect());
    expect(new Set(all.map((row) => row.pageId)).size).toBe(all.length);
    expect(byId(all, SEED_DEALS.trashedDeal)).toBeUndefined();
    // Oldest first: the stable order of full reads.
    const created = all.map((row) => row.createdTime);
    expect([...created].sort()).toEqual(created);

    expect(byId(all, SEED_DEALS.initechRenewal)?.values).toMatchObject({
      [DEALS.title]: 'Initech — Platform renewal',
      [DEALS.amount]: 125000,
      [DEALS.stage]: 'Closed won',
      [DEALS.closeDate]: '2025-03-14',
      [DEALS.owner]: ['Grace Hopper'],
    });
    // 15:00 in New York in February is 20:00 UTC.
    expect(byId(all, SEED_DEALS.hooliExpansion)?.values[DEALS.closeDate]).toBe(
      '2026-02-10T20:00:00.000Z',
    );
    // Notion sends Ken without a name; the users endpoint supplies it.
    expect(byId(all, SEED_DEALS.vandelayPilot)?.values).toMatchObject({
      [DEALS.owner]: ['Ken Thompson'],
      [DEALS.createdBy]: 'Ken Thompson',
    });
    expect(byId(all, SEED_DEALS.emptyDeal)?.values).toMatchObject({
      [DEALS.title]: null,
      [DEALS.amount]: null,
      [DEALS.closeDate]: null,
      [DEALS.owner]: [],
      [DEALS.account]: [],
    });
    const framework = byId(all, SEED_DEALS.frameworkAgreement)!;
    expect(framework.values[DEALS.account]).toHaveLength(32);
    expect(framework.values[DEALS.owner]).toEqual(['Sales team']);
    expect(framework.resultTypes).toMatchObject({ pH1e: 'number' });

    const counts = sandbox.control.counters().byEndpoint;
    expect(counts['GET /v1/pages/:page_id/properties/:property_id']).toBe(1);
    expect(counts['GET /v1/users']).toBe(1);
  });

  it('lets the user id stand in when the token may not read users', async () => {
    const { token } = sandbox.control.issueToken({ readUsers: false });
    const all = await rows(connect(token));
    expect(byId(all, SEED_DEALS.vandelayPilot)?.values[DEALS.owner]).toEqual([ACME_PEOPLE.ken]);
    expect(byId(all, SEED_DEALS.initechRenewal)?.values[DEALS.owner]).toEqual(['Grace Hopper']);
  });

  it('reads rows edited since an instant, least recently edited first', async () => {
    const since = '2026-01-08T10:00:00.000Z';
    const edited = await rows(connect(), { editedSince: since });
    const times = edited.map((row) => row.lastEditedTime);
    expect(edited.length).toBeGreaterThan(1);
    expect(times.every((time) => time >= since)).toBe(true);
    expect([...times].sort()).toEqual(times);
    expect(edited.map((row) => row.pageId)).toEqual(
      expect.arrayContaining([SEED_DEALS.hooliExpansion, SEED_DEALS.frameworkAgreement]),
    );
  });

  it('reads past the per-query result cap in created_time windows', async () => {
    const everything = await rows(connect());
    const limit = sandbox.control.resultLimit;
    sandbox.control.setQueryResultLimit(100);
    try {
      const windowed = await rows(connect(), { pageSize: 30 });
      expect(windowed.map((row) => row.pageId)).toEqual(everything.map((row) => row.pageId));
      const queries =
        sandbox.control.counters().byEndpoint['POST /v1/data_sources/:data_source_id/query'];
      expect(queries).toBeGreaterThan(Math.ceil(everything.length / 30));
    } finally {
      sandbox.control.setQueryResultLimit(limit);
    }
  });

  it('retries a query Notion answers with 500 and gets the rows', async () => {
    sandbox.control.setFaults([
      {
        endpoint: 'POST /v1/data_sources/:data_source_id/query',
        errorRate: 1,
        statuses: [500],
        times: 1,
      },
    ]);
    const all = await rows(connect(), { filterProperties: [DEALS.title] });
    expect(byId(all, SEED_DEALS.initechRenewal)?.values).toEqual({
      [DEALS.title]: 'Initech — Platform renewal',
    });
    expect(sandbox.control.counters().faults).toBe(1);
  });

  it('reads a relation past 25 references through the property endpoint', async () => {
    const ids = await connect().completeRelation(SEED_DEALS.frameworkAgreement, DEALS.account);
    expect(ids).toHaveLength(32);
    expect(new Set(ids).size).toBe(32);
  });

  it('reads the titles of related pages', async () => {
    const client = connect();
    const all = await rows(client, { filterProperties: [DEALS.account] });
    const [initech] = byId(all, SEED_DEALS.initechRenewal)!.values[DEALS.account] as string[];
    const titles = await client.pageTitles([initech, ACME.salariesDatabaseId]);
    expect([...titles]).toEqual([[initech, 'Initech']]);
    const everyAccount = await client.titlesInDataSource(ACME.accountsDataSourceId);
    expect(everyAccount.get(initech)).toBe('Initech');
    expect(everyAccount.size).toBeGreaterThanOrEqual(32);
  });

  it('reports an unshared data source as not shared', async () => {
    const failure = await connect()
      .retrieveDataSource(ACME.salariesDataSourceId)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotionNotSharedError);
    expect(failure).toMatchObject({ resource: 'data_source', reason: 'not_found' });
  });

  it('reports a revoked token as NotionAuthError', async () => {
    const { token } = sandbox.control.issueToken();
    const client = connect(token);
    await client.me();
    sandbox.control.revokeToken(token);
    await expect(rows(client)).rejects.toBeInstanceOf(NotionAuthError);
  });

  it("stays under Notion's rate limit from two processes sharing one connection", async () => {
    sandbox.control.setRateLimit(NOTION_RATE_LIMIT);
    try {
      const { token } = sandbox.control.issueToken();
      const prefix = newTestRedisPrefix();
      const options = DEFAULT_NOTION_CLIENT_OPTIONS;
      const connectionId = randomUUID();
      const processes = [factory(options, prefix), factory(options, prefix)].map((from) =>
        connect(token, connectionId, from),
      );
      const start = performance.now();
      // 14 requests at once would overrun Notion's burst of 10 without the shared limit.
      await Promise.all(Array.from({ length: 14 }, (_, i) => processes[i % 2].me()));
      expect(performance.now() - start).toBeGreaterThanOrEqual(3500);
      const counts = sandbox.control.counters().byToken[token];
      expect(counts).toMatchObject({ total: 14, rateLimited: 0 });
    } finally {
      sandbox.control.setRateLimit(false);
    }
  });
});
