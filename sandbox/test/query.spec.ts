import {
  APIResponseError,
  collectAllDataSourceRows,
  collectPaginatedAPI,
  isFullPage,
  type PageObjectResponse,
  type QueryDataSourceParameters,
  type QueryDataSourceResponse,
} from '@notionhq/client';
import {
  ACME_PEOPLE,
  createManualClock,
  SEED_DEALS,
  SEED_IDS,
  startSandbox,
  type Sandbox,
} from '../src/index';
import { API_HEADERS, rawRequest, sdkClient } from './support/sdk-client';

/** Five rows whose every value is written below, so expected results can be checked by eye. */
const ROWS = {
  Alpha: {
    Amount: 100,
    Stage: 'Won',
    Tags: ['a', 'b'],
    Due: '2026-05-01',
    Done: true,
    Owner: [ACME_PEOPLE.ada],
    Notes: 'First row',
    Email: 'alpha@example.com',
  },
  Bravo: {
    Amount: 250.5,
    Stage: 'Lost',
    Tags: ['b'],
    Due: '2026-05-01T09:00:00.000+02:00',
    Done: false,
    Owner: [ACME_PEOPLE.grace],
    Notes: 'Second',
    Email: null,
  },
  Charlie: {
    Amount: null,
    Stage: null,
    Tags: [],
    Due: null,
    Done: false,
    Owner: [],
    Notes: null,
    Email: null,
  },
  Delta: {
    Amount: -5,
    Stage: 'Won',
    Tags: ['c'],
    Due: { start: '2026-04-28', end: '2026-05-03' },
    Done: true,
    Owner: [ACME_PEOPLE.ada, ACME_PEOPLE.grace],
    Notes: 'Range',
    Email: 'delta@example.com',
  },
  echo: {
    Amount: 0,
    Stage: 'Open',
    Tags: ['a'],
    Due: '2026-06-15',
    Done: false,
    Owner: [],
    Notes: 'lower case',
    Email: null,
  },
} as const;

describe('data source queries', () => {
  const clock = createManualClock('2026-05-01T10:00:30.000Z');
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;
  let fixtures: string;
  const idOf: Record<string, string> = {};

  beforeAll(async () => {
    sandbox = await startSandbox({ now: clock.now });
    client = sdkClient(sandbox);
    fixtures = sandbox.control.createDataSource({
      title: 'Fixtures',
      properties: [
        { name: 'Name', type: 'title' },
        { name: 'Amount', type: 'number', format: 'dollar' },
        { name: 'Stage', type: 'select', options: ['Open', 'Won', 'Lost'] },
        { name: 'Tags', type: 'multi_select', options: ['a', 'b', 'c'] },
        { name: 'Due', type: 'date' },
        { name: 'Done', type: 'checkbox' },
        { name: 'Owner', type: 'people' },
        { name: 'Notes', type: 'rich_text' },
        { name: 'Email', type: 'email' },
        {
          name: 'Double',
          type: 'formula',
          formula: {
            expression: 'prop("Amount") * 2',
            resultType: 'number',
            evaluate: (row) => (row.number('Amount') ?? 0) * 2,
          },
        },
      ],
    }).dataSourceId;
    for (const [name, values] of Object.entries(ROWS)) {
      idOf[name] = sandbox.control.createRow(fixtures, { Name: name, ...values });
      clock.advance(60_000);
    }
  });

  afterAll(() => sandbox.close());

  async function names(args: Omit<QueryDataSourceParameters, 'data_source_id'>): Promise<string[]> {
    const rows = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: fixtures,
      ...args,
    });
    return rows.filter(isFullPage).map((row) => {
      const title = row.properties.Name;
      return title.type === 'title' ? title.title.map((t) => t.plain_text).join('') : '';
    });
  }

  const filtered = (filter: QueryDataSourceParameters['filter']) => names({ filter });

  it('filters numbers, with empty values matching only does_not_equal and is_empty', async () => {
    expect(await filtered({ property: 'Amount', number: { greater_than: 0 } })).toEqual([
      'Alpha',
      'Bravo',
    ]);
    expect(await filtered({ property: 'Amount', number: { less_than_or_equal_to: 0 } })).toEqual([
      'Delta',
      'echo',
    ]);
    expect(await filtered({ property: 'Amount', number: { is_empty: true } })).toEqual(['Charlie']);
    expect(await filtered({ property: 'Amount', number: { does_not_equal: 100 } })).toEqual([
      'Bravo',
      'Charlie',
      'Delta',
      'echo',
    ]);
  });

  it('filters selects and multi-selects by option name, one or several', async () => {
    expect(await filtered({ property: 'Stage', select: { equals: 'Won' } })).toEqual([
      'Alpha',
      'Delta',
    ]);
    expect(await filtered({ property: 'Stage', select: { equals: ['Won', 'Lost'] } })).toEqual([
      'Alpha',
      'Bravo',
      'Delta',
    ]);
    expect(await filtered({ property: 'Stage', select: { does_not_equal: 'Won' } })).toEqual([
      'Bravo',
      'Charlie',
      'echo',
    ]);
    expect(await filtered({ property: 'Stage', select: { is_empty: true } })).toEqual(['Charlie']);
    expect(await filtered({ property: 'Tags', multi_select: { contains: 'b' } })).toEqual([
      'Alpha',
      'Bravo',
    ]);
    expect(await filtered({ property: 'Tags', multi_select: { does_not_contain: 'a' } })).toEqual([
      'Bravo',
      'Charlie',
      'Delta',
    ]);
  });

  it('filters dates by day when the value has no time, by the millisecond otherwise', async () => {
    expect(await filtered({ property: 'Due', date: { equals: '2026-05-01' } })).toEqual([
      'Alpha',
      'Bravo',
    ]);
    expect(await filtered({ property: 'Due', date: { before: '2026-05-01' } })).toEqual(['Delta']);
    expect(await filtered({ property: 'Due', date: { on_or_after: '2026-05-01' } })).toEqual([
      'Alpha',
      'Bravo',
      'echo',
    ]);
    // Bravo is 07:00 UTC; Alpha (no time) counts as midnight UTC.
    expect(await filtered({ property: 'Due', date: { after: '2026-05-01T06:00:00Z' } })).toEqual([
      'Bravo',
      'echo',
    ]);
    expect(await filtered({ property: 'Due', date: { after: '2026-05-01T06:00:00' } })).toEqual([
      'Bravo',
      'echo',
    ]);
    expect(await filtered({ property: 'Due', date: { is_empty: true } })).toEqual(['Charlie']);
    // The manual clock says 2026-05-01 (plus a few minutes): "next week" reaches 2026-05-08.
    expect(await filtered({ property: 'Due', date: { next_week: {} } })).toEqual([
      'Alpha',
      'Bravo',
    ]);
    expect(await filtered({ property: 'Due', date: { on_or_after: 'today' } })).toEqual([
      'Alpha',
      'Bravo',
      'echo',
    ]);
  });

  it('filters checkboxes, people (with "me"), text and formulas', async () => {
    expect(await filtered({ property: 'Done', checkbox: { equals: true } })).toEqual([
      'Alpha',
      'Delta',
    ]);
    expect(await filtered({ property: 'Owner', people: { contains: ACME_PEOPLE.grace } })).toEqual([
      'Bravo',
      'Delta',
    ]);
    expect(await filtered({ property: 'Owner', people: { is_empty: true } })).toEqual([
      'Charlie',
      'echo',
    ]);
    // An internal integration has no person behind it.
    expect(await filtered({ property: 'Owner', people: { contains: 'me' } })).toEqual([]);
    expect(await filtered({ property: 'Name', title: { contains: 'ALP' } })).toEqual(['Alpha']);
    expect(await filtered({ property: 'Name', rich_text: { starts_with: 'e' } })).toEqual(['echo']);
    expect(await filtered({ property: 'Name', title: { equals: 'alpha' } })).toEqual([]);
    expect(await filtered({ property: 'Notes', rich_text: { is_empty: true } })).toEqual([
      'Charlie',
    ]);
    expect(await filtered({ property: 'Email', email: { ends_with: '@example.com' } })).toEqual([
      'Alpha',
      'Delta',
    ]);
    expect(
      await filtered({ property: 'Double', formula: { number: { greater_than: 150 } } }),
    ).toEqual(['Alpha', 'Bravo']);
  });

  it('combines filters with and/or, two levels deep at most', async () => {
    expect(
      await filtered({
        and: [
          { property: 'Done', checkbox: { equals: true } },
          {
            or: [
              { property: 'Tags', multi_select: { contains: 'a' } },
              { property: 'Amount', number: { less_than: 0 } },
            ],
          },
        ],
      }),
    ).toEqual(['Alpha', 'Delta']);
    const tooDeep = {
      and: [{ or: [{ and: [{ property: 'Done', checkbox: { equals: true } }] }] }],
    } as unknown as QueryDataSourceParameters['filter'];
    await expect(filtered(tooDeep)).rejects.toMatchObject({
      code: 'validation_error',
      status: 400,
    });
  });

  it('filters timestamps by the stored minute, comparing with millisecond precision', async () => {
    // Alpha was created at 10:00:30 and is stored as 10:00:00.
    const alpha = (await client.pages.retrieve({ page_id: idOf.Alpha })) as PageObjectResponse;
    expect(alpha.created_time).toBe('2026-05-01T10:00:00.000Z');
    expect(
      await filtered({
        timestamp: 'created_time',
        created_time: { on_or_after: '2026-05-01T10:00:15.000Z' },
      }),
    ).toEqual(['Bravo', 'Charlie', 'Delta', 'echo']);
    expect(
      await filtered({
        timestamp: 'created_time',
        created_time: { equals: '2026-05-01T10:00:00.000Z' },
      }),
    ).toEqual(['Alpha']);
  });

  it('sorts by any property, options by schema order, empty values last, ties by creation', async () => {
    expect(await names({ sorts: [{ property: 'Amount', direction: 'ascending' }] })).toEqual([
      'Delta',
      'echo',
      'Alpha',
      'Bravo',
      'Charlie',
    ]);
    expect(await names({ sorts: [{ property: 'Amount', direction: 'descending' }] })).toEqual([
      'Bravo',
      'Alpha',
      'echo',
      'Delta',
      'Charlie',
    ]);
    expect(await names({ sorts: [{ property: 'Name', direction: 'descending' }] })).toEqual([
      'echo',
      'Delta',
      'Charlie',
      'Bravo',
      'Alpha',
    ]);
    expect(await names({ sorts: [{ property: 'Stage', direction: 'ascending' }] })).toEqual([
      'echo',
      'Alpha',
      'Delta',
      'Bravo',
      'Charlie',
    ]);
    expect(
      await names({
        sorts: [
          { property: 'Done', direction: 'descending' },
          { timestamp: 'created_time', direction: 'descending' },
        ],
      }),
    ).toEqual(['Delta', 'Alpha', 'echo', 'Charlie', 'Bravo']);
  });

  it('returns only the properties named in filter_properties, by id or by name, in both spellings', async () => {
    const schema = await client.dataSources.retrieve({ data_source_id: fixtures });
    const amountId = schema.properties.Amount.id;
    const response = await client.dataSources.query({
      data_source_id: fixtures,
      filter_properties: ['title', amountId],
      page_size: 1,
    });
    const [row] = response.results;
    expect(isFullPage(row) && Object.keys(row.properties).sort()).toEqual(['Amount', 'Name']);
    const raw = await rawRequest(
      sandbox,
      `/v1/data_sources/${fixtures}/query?filter_properties[]=Stage&filter_properties[]=Done`,
      {
        method: 'POST',
        headers: API_HEADERS,
        body: '{"page_size":1}',
      },
    );
    const [first] = (raw.json() as unknown as QueryDataSourceResponse).results;
    expect(isFullPage(first) && Object.keys(first.properties).sort()).toEqual(['Done', 'Stage']);
  });

  it('rejects what Notion rejects', async () => {
    const query = (body: Record<string, unknown>) =>
      rawRequest(sandbox, `/v1/data_sources/${fixtures}/query`, {
        method: 'POST',
        headers: API_HEADERS,
        body: JSON.stringify(body),
      });
    const tooBig = await query({ page_size: 101 });
    expect(tooBig.status).toBe(400);
    expect(tooBig.json()).toMatchObject({ object: 'error', code: 'validation_error' });
    expect((await query({ unknown_key: 1 })).json()).toMatchObject({
      code: 'validation_error',
      message: expect.stringContaining('body.unknown_key'),
    });
    expect(
      (await query({ filter: { property: 'Nope', number: { equals: 1 } } })).json(),
    ).toMatchObject({
      code: 'validation_error',
      message: 'Could not find property with name or id: Nope',
    });
    expect((await query({ filter: { property: 'Amount', select: { equals: 'x' } } })).status).toBe(
      400,
    );
    expect((await query({ start_cursor: 'not-a-cursor' })).status).toBe(400);
  });

  it('leaves trashed rows out unless asked for them, and restores them', async () => {
    sandbox.control.trashRow(idOf.Charlie);
    expect(await names({})).toEqual(['Alpha', 'Bravo', 'Delta', 'echo']);
    expect(await names({ in_trash: true })).toEqual(['Charlie']);
    sandbox.control.restoreRow(idOf.Charlie);
    expect(await names({})).toContain('Charlie');
  });

  it('keeps paginating from where it was when rows change between pages', async () => {
    const first = await client.dataSources.query({ data_source_id: fixtures, page_size: 2 });
    expect(first.next_cursor).toBe(idOf.Charlie);
    // The row the cursor points at goes to the trash: the next page starts after it.
    sandbox.control.trashRow(idOf.Charlie);
    const second = await client.dataSources.query({
      data_source_id: fixtures,
      page_size: 2,
      start_cursor: first.next_cursor ?? undefined,
    });
    expect(second.results.map((r) => r.id)).toEqual([idOf.Delta, idOf.echo]);
    expect(second.has_more).toBe(false);
    sandbox.control.restoreRow(idOf.Charlie);
  });

  it('filters seed rows through relations and rollups', async () => {
    const initechAccount = (await client.pages.retrieve({
      page_id: SEED_DEALS.initechRenewal,
    })) as PageObjectResponse;
    const account = initechAccount.properties.Account;
    const accountId = account.type === 'relation' ? account.relation[0].id : '';
    const deals = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: SEED_IDS.acme.salesDataSourceId,
      filter: { property: 'Account', relation: { contains: accountId } },
    });
    expect(deals.map((d) => d.id)).toContain(SEED_DEALS.initechRenewal);
    const busy = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: SEED_IDS.acme.accountsDataSourceId,
      filter: { property: 'Deal count', rollup: { number: { greater_than: 25 } } },
    });
    expect(busy.length).toBeGreaterThan(0);
    const strategic = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: SEED_IDS.acme.salesDataSourceId,
      filter: { property: 'Account tier', rollup: { any: { select: { equals: 'Strategic' } } } },
    });
    expect(strategic.map((d) => d.id)).toContain(SEED_DEALS.initechRenewal);
    const notStrategic = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: SEED_IDS.acme.salesDataSourceId,
      filter: { property: 'Account tier', rollup: { none: { select: { equals: 'Strategic' } } } },
    });
    const live = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: SEED_IDS.acme.salesDataSourceId,
      filter_properties: ['title'],
    });
    expect(notStrategic.length + strategic.length).toBe(live.length);
  });
});

describe('the 10,000-result cap', () => {
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;
  let orders: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: [] });
    client = sdkClient(sandbox);
    orders = sandbox.control.generateLargeDataSource({ rows: 10_250 }).dataSourceId;
  }, 30_000);

  afterAll(() => sandbox.close());

  it('stops pagination at 10,000 rows and says so on every page', async () => {
    let rows = 0;
    let last: QueryDataSourceResponse | undefined;
    let cursor: string | undefined;
    do {
      last = await client.dataSources.query({ data_source_id: orders, start_cursor: cursor });
      expect(last.request_status).toEqual({
        type: 'incomplete',
        incomplete_reason: 'query_result_limit_reached',
      });
      rows += last.results.length;
      cursor = last.next_cursor ?? undefined;
    } while (cursor);
    expect(rows).toBe(10_000);
    expect(last.has_more).toBe(false);
  }, 30_000);

  it("lets the SDK's created_time windows read every row", async () => {
    const all = await collectAllDataSourceRows(client, { data_source_id: orders });
    expect(new Set(all.map((r) => r.id)).size).toBe(10_250);
  }, 30_000);

  it('can be lowered to reach the cut with few rows', async () => {
    sandbox.control.setQueryResultLimit(30);
    const rows = await collectPaginatedAPI(client.dataSources.query, {
      data_source_id: orders,
      page_size: 20,
    });
    expect(rows).toHaveLength(30);
    sandbox.control.setQueryResultLimit(10_000);
  });

  it('answers a bad request with an SDK APIResponseError', async () => {
    const error: unknown = await client.dataSources
      .query({ data_source_id: orders, page_size: 500 })
      .catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && error.code).toBe('validation_error');
  });
});
