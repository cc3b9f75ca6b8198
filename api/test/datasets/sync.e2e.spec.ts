import { DEMO_INTERNAL_TOKEN, type TokenCounts } from '@notionchartkit/notion-sandbox';
import { recordFigure } from '../support/bench-figures';
import { allRows, type DatasetWorld, startDatasetWorld } from './dataset-world';

const MINUTE = 60_000;
const ROWS = 250;

/** What the sync cost in Notion requests, for the demo token. */
function cost(world: DatasetWorld): TokenCounts {
  return (
    world.sandbox.control.counters().byToken[DEMO_INTERNAL_TOKEN] ?? {
      total: 0,
      rateLimited: 0,
      byEndpoint: {},
    }
  );
}

const QUERY = 'POST /v1/data_sources/:data_source_id/query';
const COMMAND = 'npx jest -c api/jest.config.cjs api/test/datasets/sync.e2e.spec.ts';
const SCHEMA = 'GET /v1/data_sources/:data_source_id';

describe('the sync engine against the Notion sandbox', () => {
  let world: DatasetWorld;
  let dataSourceId: string;
  let pageIds: string[];
  let datasetId: string;

  beforeAll(async () => {
    world = await startDatasetWorld();
    const { control } = world.sandbox;
    ({ dataSourceId } = control.createDataSource({
      title: 'Widgets',
      properties: [
        { name: 'Name', type: 'title' },
        { name: 'Units', type: 'number', format: 'number' },
        { name: 'Stage', type: 'select', options: [{ name: 'New' }, { name: 'Done' }] },
      ],
    }));
    // Edited over the past hours, so only the newest row sits in the two-minute overlap.
    const now = Date.now();
    pageIds = Array.from({ length: ROWS }, (_, i) =>
      control.createRow(
        dataSourceId,
        { Name: `Widget ${i}`, Units: i, Stage: i % 2 ? 'Done' : 'New' },
        { at: now - (ROWS - i + 10) * MINUTE },
      ),
    );
    datasetId = (await world.createDataset(dataSourceId)).id;
    await world.sync(datasetId, 'full');
  });
  afterAll(() => world.close());

  it('copies every row with its cells keyed by property id', async () => {
    const dataset = (
      await world.api<{ status: string; rowCount: number; schema: { id: string; name: string }[] }>(
        'GET',
        `/api/datasets/${datasetId}`,
      )
    ).body;
    expect(dataset.status).toBe('ready');
    expect(dataset.rowCount).toBe(ROWS);
    const units = dataset.schema.find((p) => p.name === 'Units');
    const rows = await allRows(world, datasetId);
    expect(rows).toHaveLength(ROWS);
    const widget7 = rows.find((row) => row.pageId === pageIds[7]);
    expect(widget7?.values[units?.id ?? '']).toBe(7);
    expect(widget7?.values.title).toBe('Widget 7');
  });

  it('S1: an unchanged data source costs 2 Notion requests', async () => {
    world.sandbox.control.resetCounters();
    const before = (await world.api<{ rowCount: number }>('GET', `/api/datasets/${datasetId}`))
      .body;
    const after = await world.sync(datasetId, 'incremental');
    const requests = cost(world).total;
    recordFigure({
      target: 'S1',
      what: `incremental sync of an unchanged data source of ${ROWS} rows`,
      figure: requests,
      unit: 'Notion requests',
      ratio: requests / 2,
      pass: requests === 2,
      command: `${COMMAND} -t S1`,
      note: 'ratio is to the 2 requests of the target',
    });
    expect(cost(world).byEndpoint).toEqual({ [SCHEMA]: 1, [QUERY]: 1 });
    expect(cost(world).total).toBe(2);
    expect(after.rowCount).toBe(before.rowCount);
    expect(after.status).toBe('ready');
  });

  it('S2: k changed rows of N cost ⌈k/100⌉ query pages plus the schema read', async () => {
    const changed = pageIds.slice(0, 130);
    for (const pageId of changed) world.sandbox.control.updateRow(pageId, { Units: 1000 });
    world.sandbox.control.resetCounters();
    await world.sync(datasetId, 'incremental');
    const pages = cost(world).byEndpoint[QUERY] ?? 0;
    recordFigure({
      target: 'S2',
      what: `incremental sync with 130 of ${ROWS} rows changed`,
      figure: pages,
      unit: 'query pages',
      baseline: Math.ceil(ROWS / 100),
      ratio: pages / Math.ceil(ROWS / 100),
      pass: pages === Math.ceil(130 / 100) && cost(world).byEndpoint[SCHEMA] === 1,
      command: `${COMMAND} -t S2`,
      note: 'baseline: the pages of a full read, ⌈N/100⌉; target ⌈k/100⌉ = 2, plus 1 schema read',
    });
    expect(cost(world).byEndpoint[QUERY]).toBe(Math.ceil(130 / 100));
    expect(cost(world).byEndpoint[SCHEMA]).toBe(1);
    const rows = await allRows(world, datasetId);
    const units = Object.keys(rows[0]?.values ?? {}).find(
      (id) => id !== 'title' && typeof rows[0]?.values[id] === 'number',
    );
    expect(rows.filter((row) => units && row.values[units] === 1000)).toHaveLength(130);
  });

  it('S6: a row trashed in Notion disappears at the next full reconcile, not before', async () => {
    const gone = pageIds[200] ?? '';
    world.sandbox.control.trashRow(gone);
    const incremental = await world.sync(datasetId, 'incremental');
    expect(incremental.rowCount).toBe(ROWS);
    const full = await world.sync(datasetId, 'full');
    const removed = !(await allRows(world, datasetId)).some((row) => row.pageId === gone);
    recordFigure({
      target: 'S6',
      what: 'full reconciles until a row trashed in Notion leaves the dataset',
      figure: removed ? 1 : null,
      unit: 'full reconcile',
      pass: removed && incremental.rowCount === ROWS,
      command: `${COMMAND} -t S6`,
      note: 'the webhook half: api/test/webhooks/notion-webhooks.e2e.spec.ts -t S6',
    });
    expect(full.rowCount).toBe(ROWS - 1);
    expect((await allRows(world, datasetId)).some((row) => row.pageId === gone)).toBe(false);
  });

  it('keeps property ids through a rename, and drops removed properties', async () => {
    const before = (
      await world.api<{ schema: { id: string; name: string }[] }>(
        'GET',
        `/api/datasets/${datasetId}`,
      )
    ).body.schema;
    const stage = before.find((p) => p.name === 'Stage');
    world.sandbox.control.renameProperty(dataSourceId, 'Stage', 'Phase');
    world.sandbox.control.removeProperty(dataSourceId, 'Units');
    const after = (await world.sync(datasetId, 'incremental')).schema;
    expect(after.find((p) => p.id === stage?.id)?.name).toBe('Phase');
    expect(after.map((p) => p.name)).not.toContain('Units');
  });

  it('R1: with Notion failing, keeps the last good rows and shows the error; recovers on the next sync', async () => {
    const rowsBefore = await allRows(world, datasetId);
    world.sandbox.control.setFaults([{ errorRate: 1, statuses: [503] }]);
    const failed = await world.sync(datasetId, 'full');
    expect(failed.status).toBe('error');
    expect(failed.lastError).toMatch(/Notion/);
    expect(await allRows(world, datasetId)).toEqual(rowsBefore);

    world.sandbox.control.clearFaults();
    const recovered = await world.sync(datasetId, 'full');
    expect(recovered.status).toBe('ready');
    expect(recovered.lastError).toBeNull();
    expect(recovered.rowCount).toBe(rowsBefore.length);
  });
});
