import { signWebhookPayload } from '@notionhq/client';
import { SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Dataset } from '@notionchartkit/shared';
import Redis from 'ioredis';
import type { AddressInfo } from 'node:net';
import { type DatasetWorld, startDatasetWorld } from '../datasets/dataset-world';
import { eventually } from '../support/eventually';

const SECRET = 'secret_webhooks_under_test';

describe('Notion webhooks', () => {
  let world: DatasetWorld;
  let dataSourceId: string;
  let pageIds: string[];
  let dataset: Dataset;

  beforeAll(async () => {
    world = await startDatasetWorld({ NOTION_WEBHOOK_SECRET: SECRET });
    await world.t.app.listen(0, '127.0.0.1');
    const { port } = world.t.app.getHttpServer().address() as AddressInfo;
    const { control } = world.sandbox;
    ({ dataSourceId } = control.createDataSource({
      title: 'Orders',
      properties: [
        { name: 'Name', type: 'title' },
        { name: 'Total', type: 'number' },
      ],
    }));
    pageIds = Array.from({ length: 5 }, (_, i) =>
      control.createRow(dataSourceId, { Name: `Order ${i}`, Total: i }),
    );
    dataset = await world.createDataset(dataSourceId, { refreshIntervalMinutes: 0 });
    await world.sync(dataset.id);
    await control.webhooks.subscribe({
      url: `http://127.0.0.1:${port}/api/webhooks/notion`,
      eventTypes: [
        'page.created',
        'page.properties_updated',
        'page.deleted',
        'data_source.content_updated',
      ],
      verificationToken: SECRET,
      aggregationMs: 0,
    });
  });
  afterAll(() => world.close());

  const current = async () => (await world.api<Dataset>('GET', `/api/datasets/${dataset.id}`)).body;

  it('keeps the handshake token for the operator to activate webhooks with', async () => {
    const redis = new Redis(world.t.env.config.redis.url, {
      keyPrefix: `${world.t.env.redisPrefix}:`,
    });
    try {
      expect(await redis.get('webhooks:notion:verification-token')).toBe(SECRET);
    } finally {
      redis.disconnect();
    }
  });

  it('S6: a row deleted in Notion leaves the dataset as soon as the webhook arrives', async () => {
    world.sandbox.control.trashRow(pageIds[0] ?? '');
    await world.sandbox.control.webhooks.flush();
    const after = await eventually(current, (d) => d.rowCount === 4);
    expect(after.status).toBe('ready');
  });

  it('picks up an edit announced by a webhook', async () => {
    world.sandbox.control.createRow(dataSourceId, { Name: 'Order new', Total: 99 });
    await world.sandbox.control.webhooks.flush();
    expect((await eventually(current, (d) => d.rowCount === 5)).rowCount).toBe(5);
  });

  it('refuses a wrong signature and ignores a replayed event', async () => {
    const body = JSON.stringify({
      id: '5f0c7f4e-6c0e-4d3b-9b3e-000000000001',
      type: 'page.properties_updated',
      workspace_id: SEED_IDS.acme.workspaceId,
      entity: { id: pageIds[1], type: 'page' },
      data: { parent: { id: 'x', type: 'database', data_source_id: dataSourceId } },
    });
    const post = (signature: string) =>
      world.t.request({
        method: 'POST',
        url: '/api/webhooks/notion',
        headers: { 'content-type': 'application/json', 'x-notion-signature': signature },
        payload: body,
      });
    const forged = await post(`sha256=${'0'.repeat(64)}`);
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({
      statusCode: 401,
      message: 'The webhook signature does not match',
    });

    const signature = await signWebhookPayload({ body, verificationToken: SECRET });
    expect((await post(signature)).json()).toEqual({ kind: 'queued', datasets: 1 });
    expect((await post(signature)).json()).toEqual({ kind: 'duplicate' });
  });
});
