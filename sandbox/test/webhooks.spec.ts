import {
  verifyWebhookSignature,
  type DataSourceSchemaUpdatedWebhookPayload,
  type PageCreatedWebhookPayload,
  type PagePropertiesUpdatedWebhookPayload,
} from '@notionhq/client';
import { ACME_PEOPLE, SEED_DEALS, SEED_IDS, startSandbox, type Sandbox } from '../src/index';
import { WebhookReceiver } from './support/webhook-receiver';

const DEALS = SEED_IDS.acme.salesDataSourceId;

describe('webhooks', () => {
  let sandbox: Sandbox;
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    sandbox = await startSandbox();
    receiver = await new WebhookReceiver().start();
  });

  afterEach(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it('sends the handshake with the verification token and no signature', async () => {
    const subscription = await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['page.created'],
    });
    expect(subscription.handshakeStatus).toBe(200);
    expect(subscription.verificationToken).toMatch(/^secret_/);
    expect(receiver.received).toHaveLength(1);
    const [handshake] = receiver.received;
    expect(handshake.json).toEqual({ verification_token: subscription.verificationToken });
    expect(handshake.headers['x-notion-signature']).toBeUndefined();
  });

  it('signs each event with HMAC-SHA256 of the raw body, which the SDK verifies', async () => {
    const { verificationToken, id } = await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['page.created', 'data_source.content_updated'],
      aggregationMs: 60_000,
    });
    const pageId = sandbox.control.createRow(
      DEALS,
      { Name: 'Webhook deal', Amount: 10 },
      { actorId: ACME_PEOPLE.alan },
    );
    await sandbox.control.webhooks.flush();
    const events = receiver.events();
    expect(events.map((e) => e.json.type)).toEqual(['page.created', 'data_source.content_updated']);
    for (const event of events) {
      const signature = String(event.headers['x-notion-signature']);
      expect(await verifyWebhookSignature({ body: event.body, signature, verificationToken })).toBe(
        true,
      );
      expect(
        await verifyWebhookSignature({ body: `${event.body} `, signature, verificationToken }),
      ).toBe(false);
    }
    const created = events[0].json as unknown as PageCreatedWebhookPayload;
    expect(created).toMatchObject({
      type: 'page.created',
      workspace_id: SEED_IDS.acme.workspaceId,
      workspace_name: 'Acme Corp',
      subscription_id: id,
      attempt_number: 1,
      api_version: '2025-09-03',
      authors: [{ id: ACME_PEOPLE.alan, type: 'person' }],
      entity: { id: pageId, type: 'page' },
      data: {
        parent: { id: SEED_IDS.acme.salesDatabaseId, type: 'database', data_source_id: DEALS },
      },
    });
    expect(events[1].json).toMatchObject({
      data: { updated_blocks: [{ id: pageId, type: 'page' }] },
    });
  });

  it('delivers on its own once the aggregation window closes', async () => {
    await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['page.deleted'],
      aggregationMs: 0,
    });
    const delivered = sandbox.control.events.next(
      'webhook-delivery',
      (d) => d.type === 'page.deleted',
    );
    sandbox.control.trashRow(SEED_DEALS.vandelayPilot);
    expect(await delivered).toMatchObject({ status: 200, attempt: 1 });
    expect(receiver.events()[0].json).toMatchObject({
      type: 'page.deleted',
      entity: { id: SEED_DEALS.vandelayPilot },
    });
  });

  it('aggregates edits of one page within the window into one event', async () => {
    await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['page.properties_updated'],
      aggregationMs: 60_000,
    });
    const { control } = sandbox;
    control.updateRow(SEED_DEALS.hooliExpansion, { Amount: 90_000 }, { actorId: ACME_PEOPLE.alan });
    control.updateRow(
      SEED_DEALS.hooliExpansion,
      { Stage: 'Closed won', Signed: true },
      { actorId: ACME_PEOPLE.katherine },
    );
    control.updateRow(
      SEED_DEALS.hooliExpansion,
      { Amount: 90_000 },
      { actorId: ACME_PEOPLE.grace },
    );
    await sandbox.control.webhooks.flush();
    const events = receiver
      .events()
      .filter((e) => (e.json.entity as { id: string }).id === SEED_DEALS.hooliExpansion);
    expect(events).toHaveLength(1);
    const payload = events[0].json as unknown as PagePropertiesUpdatedWebhookPayload;
    expect(payload.data.updated_properties).toHaveLength(3);
    // The third edit changed nothing, so Grace is not an author.
    expect(payload.authors.map((a) => a.id).sort()).toEqual(
      [ACME_PEOPLE.alan, ACME_PEOPLE.katherine].sort(),
    );
  });

  it('retries failed deliveries with the same id and a growing attempt number', async () => {
    await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['page.undeleted'],
      aggregationMs: 60_000,
      retryDelaysMs: [60_000],
    });
    receiver.statuses.push(500, 503);
    sandbox.control.trashRow(SEED_DEALS.emptyDeal);
    sandbox.control.restoreRow(SEED_DEALS.emptyDeal);
    await sandbox.control.webhooks.flush();
    const attempts = receiver.events().map((e) => [e.json.id, e.json.attempt_number]);
    expect(attempts.map(([, n]) => n)).toEqual([1, 2, 3]);
    expect(new Set(attempts.map(([id]) => id)).size).toBe(1);
    expect(
      sandbox.control.webhooks
        .deliveries()
        .filter((d) => d.type === 'page.undeleted')
        .map((d) => d.status),
    ).toEqual([500, 503, 200]);
  });

  it('can deliver duplicates, drop events, and hold events until verified', async () => {
    const duplicated = await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['page.created'],
      aggregationMs: 60_000,
      duplicateRate: 1,
    });
    const dropped = await sandbox.control.webhooks.subscribe({
      url: `${receiver.url}?dropped`,
      eventTypes: ['page.created'],
      dropRate: 1,
    });
    const pending = await sandbox.control.webhooks.subscribe({
      url: `${receiver.url}?pending`,
      eventTypes: ['page.created'],
      autoVerify: false,
    });
    expect(pending.verified).toBe(false);
    sandbox.control.createRow(DEALS, { Name: 'Duplicated' });
    await sandbox.control.webhooks.flush();
    const deliveries = sandbox.control.webhooks
      .deliveries(duplicated.id)
      .filter((d) => d.type === 'page.created');
    // Each duplicate is a new attempt, up to Notion's eight.
    expect(deliveries.map((d) => d.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(1);
    expect(sandbox.control.webhooks.deliveries(dropped.id).filter((d) => d.dropped)).toHaveLength(
      1,
    );
    expect(
      sandbox.control.webhooks.deliveries(pending.id).filter((d) => d.type !== 'verification'),
    ).toHaveLength(0);
    sandbox.control.webhooks.verify(pending.id);
    sandbox.control.createRow(DEALS, { Name: 'After verification' });
    await sandbox.control.webhooks.flush();
    expect(
      sandbox.control.webhooks.deliveries(pending.id).filter((d) => d.type === 'page.created'),
    ).toHaveLength(1);
  });

  it('reports schema changes with the property and the action', async () => {
    await sandbox.control.webhooks.subscribe({
      url: receiver.url,
      eventTypes: ['data_source.schema_updated'],
      aggregationMs: 60_000,
    });
    const id = sandbox.control.addProperty(DEALS, {
      name: 'Forecast',
      type: 'number',
      format: 'dollar',
    });
    sandbox.control.renameProperty(DEALS, 'Region', 'Territory');
    await sandbox.control.webhooks.flush();
    const [event] = receiver.events();
    const payload = event.json as unknown as DataSourceSchemaUpdatedWebhookPayload;
    expect(payload.entity).toEqual({ id: DEALS, type: 'data_source' });
    expect(payload.data.updated_properties).toEqual([
      { id, name: 'Forecast', action: 'created' },
      { id: expect.any(String), name: 'Territory', action: 'updated' },
    ]);
  });
});
