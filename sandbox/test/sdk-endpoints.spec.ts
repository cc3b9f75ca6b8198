import {
  collectPaginatedAPI,
  isFullDataSource,
  isFullPage,
  iteratePaginatedAPI,
  type DatabaseObjectResponse,
  type DataSourceObjectResponse,
  type GetPagePropertyResponse,
  type ListUsersResponse,
  type PageObjectResponse,
  type QueryDataSourceResponse,
  type SearchResponse,
  type UserObjectResponse,
} from '@notionhq/client';
import { ACME_PEOPLE, SEED_DEALS, SEED_IDS, startSandbox, type Sandbox } from '../src/index';
import { sdkClient } from './support/sdk-client';

const IDS = SEED_IDS.acme;

describe('every endpoint, through the real SDK', () => {
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;

  beforeAll(async () => {
    sandbox = await startSandbox();
    client = sdkClient(sandbox);
  });

  afterAll(() => sandbox.close());

  function property<T extends PageObjectResponse['properties'][string]['type']>(
    page: PageObjectResponse,
    name: string,
    type: T,
  ): Extract<PageObjectResponse['properties'][string], { type: T }> {
    const value = page.properties[name];
    expect(value?.type).toBe(type);
    return value as Extract<PageObjectResponse['properties'][string], { type: T }>;
  }

  it('users.me answers the integration bot with its workspace', async () => {
    const me: UserObjectResponse = await client.users.me({});
    expect(me).toMatchObject({
      object: 'user',
      id: IDS.internalBotId,
      type: 'bot',
      bot: {
        owner: { type: 'workspace', workspace: true },
        workspace_name: 'Acme Corp',
        workspace_id: IDS.workspaceId,
      },
    });
  });

  it('users.list pages through people and bots; users.retrieve names people pages leave anonymous', async () => {
    const users = await collectPaginatedAPI(client.users.list, { page_size: 5 });
    const first: ListUsersResponse = await client.users.list({ page_size: 5 });
    expect(first.has_more).toBe(true);
    expect(first.results).toHaveLength(5);
    expect(users.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Ada Lovelace', 'Ken Thompson', 'NotionChartKit (internal)']),
    );
    expect(users.every((u) => u.object === 'user')).toBe(true);
    const ken = await client.users.retrieve({ user_id: ACME_PEOPLE.ken });
    expect(ken).toEqual({
      object: 'user',
      id: ACME_PEOPLE.ken,
      name: 'Ken Thompson',
      avatar_url: null,
      type: 'person',
      person: { email: 'ken@acme.example' },
    });
  });

  it('search finds data sources by title, with pagination', async () => {
    const found: SearchResponse = await client.search({
      query: 'deal',
      filter: { property: 'object', value: 'data_source' },
    });
    expect(found).toMatchObject({
      object: 'list',
      type: 'page_or_data_source',
      page_or_data_source: {},
      has_more: false,
    });
    expect(found.results.map((r) => r.id)).toEqual([IDS.salesDataSourceId]);
    const all = await collectPaginatedAPI(client.search, {
      filter: { property: 'object', value: 'data_source' },
      page_size: 2,
    });
    const titles = all.filter(isFullDataSource).map((ds) => ds.title[0]?.plain_text);
    // The Salaries database is not shared with the integration, so search never shows it.
    expect(titles.sort()).toEqual([
      'Accounts',
      'Daily check-ins',
      'Deals',
      'Tasks',
      'Weekly reviews',
    ]);
  });

  it('databases.retrieve lists the data sources of a database', async () => {
    const database = (await client.databases.retrieve({
      database_id: IDS.habitsDatabaseId,
    })) as DatabaseObjectResponse;
    expect(database).toMatchObject({
      object: 'database',
      id: IDS.habitsDatabaseId,
      parent: { type: 'page_id', page_id: IDS.personalPageId },
      in_trash: false,
      data_sources: [
        { id: IDS.habitsDataSourceId, name: 'Daily check-ins' },
        { id: IDS.weeklyReviewsDataSourceId, name: 'Weekly reviews' },
      ],
    });
    expect(database.title[0].plain_text).toBe('Habit tracker');
  });

  it('dataSources.retrieve returns the schema, with relation and rollup configuration', async () => {
    const dataSource = (await client.dataSources.retrieve({
      data_source_id: IDS.salesDataSourceId.replace(/-/g, ''),
    })) as DataSourceObjectResponse;
    expect(dataSource.id).toBe(IDS.salesDataSourceId);
    expect(dataSource.parent).toEqual({ type: 'database_id', database_id: IDS.salesDatabaseId });
    expect(dataSource.database_parent).toEqual({ type: 'page_id', page_id: IDS.salesHqPageId });
    const { properties } = dataSource;
    expect(properties.Name).toMatchObject({ id: 'title', type: 'title', title: {} });
    expect(properties.Amount).toMatchObject({ type: 'number', number: { format: 'dollar' } });
    expect(properties.Account).toMatchObject({
      type: 'relation',
      relation: {
        database_id: IDS.accountsDatabaseId,
        data_source_id: IDS.accountsDataSourceId,
        type: 'dual_property',
        dual_property: { synced_property_name: 'Deals' },
      },
    });
    expect(properties['Account employees']).toMatchObject({
      type: 'rollup',
      rollup: {
        function: 'sum',
        relation_property_name: 'Account',
        rollup_property_name: 'Employees',
      },
    });
    expect(properties['Deal ID']).toMatchObject({
      type: 'unique_id',
      unique_id: { prefix: 'DEAL' },
    });
    const stage = properties.Stage;
    if (stage.type !== 'status') throw new Error('Stage is a status');
    expect(stage.status.groups.map((g) => g.name)).toEqual(['To-do', 'In progress', 'Complete']);
    // Its target database is not shared, so the "Commission plan" relation is left out.
    expect(Object.keys(properties)).not.toContain('Commission plan');
  });

  it('dataSources.query returns full pages whose values match the seed', async () => {
    const response: QueryDataSourceResponse = await client.dataSources.query({
      data_source_id: IDS.salesDataSourceId,
      filter: { property: 'Deal ID', unique_id: { equals: 1 } },
    });
    expect(response).toMatchObject({
      object: 'list',
      type: 'page_or_data_source',
      page_or_data_source: {},
      has_more: false,
      next_cursor: null,
      request_status: { type: 'complete' },
    });
    const [deal] = response.results;
    if (!isFullPage(deal)) throw new Error('expected a full page');
    expect(deal.id).toBe(SEED_DEALS.initechRenewal);
    expect(deal.parent).toEqual({
      type: 'data_source_id',
      data_source_id: IDS.salesDataSourceId,
      database_id: IDS.salesDatabaseId,
    });
    expect(deal.created_time).toBe('2024-11-04T10:17:00.000Z');
    expect(deal.last_edited_time).toBe('2025-03-14T16:42:00.000Z');
    expect(deal.url).toBe(
      `https://www.notion.so/Initech-Platform-renewal-${deal.id.replace(/-/g, '')}`,
    );
    expect(property(deal, 'Name', 'title').title[0].plain_text).toBe('Initech — Platform renewal');
    expect(property(deal, 'Amount', 'number').number).toBe(125000);
    expect(property(deal, 'Stage', 'status').status?.name).toBe('Closed won');
    expect(property(deal, 'Tags', 'multi_select').multi_select.map((t) => t.name)).toEqual([
      'Enterprise',
      'Renewal',
    ]);
    expect(property(deal, 'Close date', 'date').date).toEqual({
      start: '2025-03-14',
      end: null,
      time_zone: null,
    });
    expect(property(deal, 'Weighted amount', 'formula').formula).toEqual({
      type: 'number',
      number: 125000,
    });
    expect(property(deal, 'Quarter', 'formula').formula).toEqual({
      type: 'string',
      string: '2025-Q1',
    });
    expect(property(deal, 'Large deal', 'formula').formula).toEqual({
      type: 'boolean',
      boolean: true,
    });
    expect(property(deal, 'Deal ID', 'unique_id').unique_id).toEqual({ prefix: 'DEAL', number: 1 });
    expect(property(deal, 'Signed', 'checkbox').checkbox).toBe(true);
    expect(
      property(deal, 'Notes', 'rich_text')
        .rich_text.map((r) => r.plain_text)
        .join(''),
    ).toBe('Renewed for three years. Upsell planned for Q3, see the account plan.');
    const [owner] = property(deal, 'Owner', 'people').people;
    expect(owner).toMatchObject({ object: 'user', id: ACME_PEOPLE.grace, name: 'Grace Hopper' });
    const [proposal] = property(deal, 'Proposal', 'files').files;
    if (proposal.type !== 'file') throw new Error('expected a Notion-hosted file');
    expect(proposal.file.url).toMatch(
      /^https:\/\/prod-files-secure\.s3\.us-west-2\.amazonaws\.com\/.+X-Amz-Expires=3600/,
    );
    expect(Date.parse(proposal.file.expiry_time) - Date.now()).toBeGreaterThan(59 * 60_000);
    const tier = property(deal, 'Account tier', 'rollup').rollup;
    expect(tier).toMatchObject({
      type: 'array',
      function: 'show_original',
      array: [{ type: 'select', select: { name: 'Strategic' } }],
    });
  });

  it('iteratePaginatedAPI walks every live row exactly once', async () => {
    const seen = new Set<string>();
    let count = 0;
    for await (const row of iteratePaginatedAPI(client.dataSources.query, {
      data_source_id: IDS.salesDataSourceId,
      sorts: [{ property: 'Amount', direction: 'descending' }],
      page_size: 37,
    })) {
      seen.add(row.id);
      count++;
    }
    expect(count).toBe(seen.size);
    expect(seen.has(SEED_DEALS.trashedDeal)).toBe(false);
    const trashed = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: IDS.salesDataSourceId,
      in_trash: true,
    });
    expect(trashed.map((r) => r.id)).toContain(SEED_DEALS.trashedDeal);
    expect(count + trashed.length).toBe(420);
  }, 30_000);

  it('pages.retrieve returns rows, trashed rows too, and honours filter_properties', async () => {
    const trashed = (await client.pages.retrieve({
      page_id: SEED_DEALS.trashedDeal,
    })) as PageObjectResponse;
    expect(trashed.in_trash).toBe(true);
    const slim = (await client.pages.retrieve({
      page_id: SEED_DEALS.initechRenewal,
      filter_properties: ['title', 'Amount'],
    })) as PageObjectResponse;
    expect(Object.keys(slim.properties).sort()).toEqual(['Amount', 'Name']);
    const hq = (await client.pages.retrieve({ page_id: IDS.salesHqPageId })) as PageObjectResponse;
    expect(hq.parent).toEqual({ type: 'workspace', workspace: true });
    expect(property(hq, 'title', 'title').title[0].plain_text).toBe('Sales HQ');
  });

  it('a relation over 25 pages is cut in the page object and complete through the property endpoint', async () => {
    const deal = (await client.pages.retrieve({
      page_id: SEED_DEALS.frameworkAgreement,
    })) as PageObjectResponse;
    const account = deal.properties.Account;
    expect(account.type === 'relation' && account.relation).toHaveLength(25);
    expect(account).toHaveProperty('has_more', true);
    const items = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page: GetPagePropertyResponse = await client.pages.properties.retrieve({
        page_id: deal.id,
        property_id: account.id,
        page_size: 10,
        start_cursor: cursor,
      });
      if (page.object !== 'list') throw new Error('relations are paginated');
      expect(page.property_item).toMatchObject({ id: account.id, type: 'relation' });
      items.push(...page.results);
      cursor = page.next_cursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(items).toHaveLength(32);
    expect(new Set(items.map((i) => (i.type === 'relation' ? i.relation.id : ''))).size).toBe(32);
  });

  it('the property endpoint returns single items and computed rollups', async () => {
    const amount = await client.pages.properties.retrieve({
      page_id: SEED_DEALS.initechRenewal,
      property_id: 'AVmw',
    });
    expect(amount).toMatchObject({ object: 'property_item', type: 'number', number: 125000 });
    const deal = (await client.pages.retrieve({
      page_id: SEED_DEALS.initechRenewal,
    })) as PageObjectResponse;
    const employees = deal.properties['Account employees'];
    const rollup = await client.pages.properties.retrieve({
      page_id: deal.id,
      property_id: employees.id,
    });
    if (rollup.object !== 'list' || rollup.property_item.type !== 'rollup')
      throw new Error('rollups are lists');
    expect(rollup.property_item.rollup).toEqual(
      employees.type === 'rollup' ? employees.rollup : undefined,
    );
  });
});
