import {
  collectPaginatedAPI,
  isFullPage,
  type PageObjectResponse,
  type QueryDataSourceParameters,
} from '@notionhq/client';
import { SEED_IDS, SEED_NOW, startSandbox, type Sandbox } from '../src/index';
import { sdkClient } from './support/sdk-client';

const IDS = SEED_IDS.acme;

describe('seed data', () => {
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;
  let deals: PageObjectResponse[];

  beforeAll(async () => {
    sandbox = await startSandbox();
    client = sdkClient(sandbox);
    deals = (
      await collectPaginatedAPI(client.dataSources.query, { data_source_id: IDS.salesDataSourceId })
    ).filter(isFullPage);
  });

  afterAll(() => sandbox.close());

  const count = async (dataSourceId: string, filter?: QueryDataSourceParameters['filter']) =>
    (
      await collectPaginatedAPI(client.dataSources.query, {
        data_source_id: dataSourceId,
        filter,
        filter_properties: ['title'],
      })
    ).length;

  it('has a sales pipeline of several hundred live deals in dollars', async () => {
    expect(deals.length).toBeGreaterThan(400);
    const schema = await client.dataSources.retrieve({ data_source_id: IDS.salesDataSourceId });
    expect(schema.properties.Amount).toMatchObject({ number: { format: 'dollar' } });
    const stages = new Set(
      deals.map((d) =>
        d.properties.Stage.type === 'status' ? d.properties.Stage.status?.name : '',
      ),
    );
    expect([...stages].sort()).toEqual([
      'Closed lost',
      'Closed won',
      'Lead',
      'Negotiation',
      'Proposal',
      'Qualified',
    ]);
  });

  it('leaves some value of every type empty', async () => {
    const empties: [string, QueryDataSourceParameters['filter']][] = [
      ['Name', { property: 'Name', title: { is_empty: true } }],
      ['Amount', { property: 'Amount', number: { is_empty: true } }],
      ['Region', { property: 'Region', select: { is_empty: true } }],
      ['Tags', { property: 'Tags', multi_select: { is_empty: true } }],
      ['Close date', { property: 'Close date', date: { is_empty: true } }],
      ['Owner', { property: 'Owner', people: { is_empty: true } }],
      ['Account', { property: 'Account', relation: { is_empty: true } }],
      ['Contact email', { property: 'Contact email', email: { is_empty: true } }],
      ['Contact phone', { property: 'Contact phone', phone_number: { is_empty: true } }],
      ['Deal room', { property: 'Deal room', url: { is_empty: true } }],
      ['Notes', { property: 'Notes', rich_text: { is_empty: true } }],
      ['Proposal', { property: 'Proposal', files: { is_empty: true } }],
      ['Signed', { property: 'Signed', checkbox: { equals: false } }],
      ['Quarter', { property: 'Quarter', formula: { string: { is_empty: true } } }],
    ];
    for (const [name, filter] of empties) {
      // The name rides along so a failure says which property has no empty value.
      expect([name, (await count(IDS.salesDataSourceId, filter)) > 0]).toEqual([name, true]);
    }
  });

  it('mixes date-only close dates, date-times, and date-times with a named time zone', () => {
    const dates = deals.flatMap((d) =>
      d.properties['Close date'].type === 'date' && d.properties['Close date'].date
        ? [d.properties['Close date'].date]
        : [],
    );
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.start))).toBe(true);
    expect(dates.some((d) => d.start.endsWith('+00:00') && d.time_zone === null)).toBe(true);
    const zoned = dates.filter((d) => d.time_zone !== null);
    expect(zoned.length).toBeGreaterThan(5);
    expect(new Set(zoned.map((d) => d.time_zone)).size).toBeGreaterThan(1);
    for (const date of zoned) expect(date.start).toMatch(/T\d{2}:\d{2}:00\.000[+-]\d{2}:\d{2}$/);
  });

  it('shows some people without a name, as Notion does, and groups', () => {
    const people = deals.flatMap((d) =>
      d.properties.Owner.type === 'people' ? d.properties.Owner.people : [],
    );
    expect(people.some((p) => p.object === 'user' && !('name' in p))).toBe(true);
    expect(people.some((p) => p.object === 'user' && 'name' in p)).toBe(true);
    expect(people.some((p) => p.object === 'group' && p.name === 'Sales team')).toBe(true);
  });

  it('relates deals and accounts both ways, some accounts to more than 25 deals', async () => {
    const accounts = (
      await collectPaginatedAPI(client.dataSources.query, {
        data_source_id: IDS.accountsDataSourceId,
      })
    ).filter(isFullPage);
    expect(accounts).toHaveLength(45);
    const busy = accounts.filter(
      (a) =>
        a.properties.Deals.type === 'relation' &&
        (a.properties.Deals as { has_more?: boolean }).has_more,
    );
    expect(busy.length).toBeGreaterThan(0);
    const [first] = busy;
    // Page objects compute rollups over the first 25 related pages, as Notion does…
    const count = first.properties['Deal count'];
    expect(count).toMatchObject({
      type: 'rollup',
      rollup: { type: 'number', number: 25, function: 'count' },
    });
    // …the property endpoint over all of them.
    const full = await client.pages.properties.retrieve({
      page_id: first.id,
      property_id: count.id,
      page_size: 100,
    });
    if (full.object !== 'list' || full.property_item.type !== 'rollup')
      throw new Error('rollups are lists');
    expect(full.results.length).toBeGreaterThan(25);
    expect(full.property_item.rollup).toEqual({
      type: 'number',
      number: full.results.length,
      function: 'count',
    });
    expect(first.properties['Pipeline value']).toMatchObject({
      type: 'rollup',
      rollup: { type: 'number', function: 'sum' },
    });
  });

  it('has a task tracker with date ranges and estimates, a two-source habit tracker, and a second workspace', async () => {
    const tasks = (
      await collectPaginatedAPI(client.dataSources.query, { data_source_id: IDS.tasksDataSourceId })
    ).filter(isFullPage);
    expect(tasks).toHaveLength(150);
    expect(
      tasks.some((t) => t.properties.Dates.type === 'date' && t.properties.Dates.date?.end),
    ).toBe(true);
    expect(
      await count(IDS.tasksDataSourceId, { property: 'Estimate', number: { greater_than: 0 } }),
    ).toBeGreaterThan(100);
    expect(await count(IDS.habitsDataSourceId)).toBe(135);
    expect(
      await count(IDS.habitsDataSourceId, { property: 'Exercise', checkbox: { equals: true } }),
    ).toBeGreaterThan(50);
    expect(await count(IDS.weeklyReviewsDataSourceId)).toBe(19);
    const globex = sdkClient(sandbox, 'ntn_sandbox_globex_internal_token');
    const campaigns = await collectPaginatedAPI(globex.dataSources.query, {
      data_source_id: SEED_IDS.globex.campaignsDataSourceId,
    });
    expect(campaigns).toHaveLength(60);
  });

  it('dates everything at or before the seed time', async () => {
    const pages = (
      await collectPaginatedAPI(client.search, { filter: { property: 'object', value: 'page' } })
    ).filter(isFullPage);
    expect(pages.length).toBeGreaterThan(700);
    for (const page of pages)
      expect(Date.parse(page.last_edited_time)).toBeLessThanOrEqual(SEED_NOW);
  }, 30_000);

  it('is the same in every run', async () => {
    const again = await startSandbox();
    const rows = (
      await collectPaginatedAPI(sdkClient(again).dataSources.query, {
        data_source_id: IDS.salesDataSourceId,
      })
    ).filter(isFullPage);
    // File URLs are signed afresh on every read; everything else must match.
    const stable = (list: PageObjectResponse[]) =>
      JSON.stringify(
        list.map(({ properties: { Proposal: _files, ...rest }, ...page }) => ({
          ...page,
          properties: rest,
        })),
      );
    expect(stable(rows)).toBe(stable(deals));
    await again.close();
  }, 30_000);
});
