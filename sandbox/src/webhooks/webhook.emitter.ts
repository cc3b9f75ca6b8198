import type {
  DataSourceContentUpdatedWebhookPayload,
  DataSourceSchemaUpdatedWebhookPayload,
  PageCreatedWebhookPayload,
  PageDeletedWebhookPayload,
  PagePropertiesUpdatedWebhookPayload,
  PageUndeletedWebhookPayload,
} from '@notionhq/client';
import type { Clock } from '../core/clock.util';
import type { Delays } from '../core/delays.util';
import { randomSecret, randomUuid, stableUuid } from '../core/ids.util';
import { NotionError, validationError } from '../core/notion-error.error';
import { Prng } from '../core/prng.util';
import type { SandboxEvents } from '../control/sandbox-events.events';
import type { WorkspaceStore } from '../store/workspace.store';
import { signBody } from './webhook-signature.util';
import {
  WEBHOOK_EVENT_TYPES,
  type ChangeEvent,
  type DeliveryRecord,
  type SchemaChangeAction,
  type WebhookEventType,
  type WebhookSubscription,
  type WebhookSubscriptionOptions,
} from './webhook.types';

type WebhookPayload =
  | PageCreatedWebhookPayload
  | PagePropertiesUpdatedWebhookPayload
  | PageDeletedWebhookPayload
  | PageUndeletedWebhookPayload
  | DataSourceContentUpdatedWebhookPayload
  | DataSourceSchemaUpdatedWebhookPayload;

/** Notion retries a failed delivery up to eight attempts in all. */
const MAX_ATTEMPTS = 8;
const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000];
const DEFAULT_AGGREGATION_MS = 1_000;
const DELIVERY_TIMEOUT_MS = 10_000;

/** Changes Notion batches into one event when they come close together. */
const AGGREGATED: ReadonlySet<WebhookEventType> = new Set([
  'page.properties_updated',
  'data_source.content_updated',
  'data_source.schema_updated',
]);

interface Settings {
  aggregationMs: number;
  duplicateRate: number;
  dropRate: number;
  shuffle: boolean;
  retryDelaysMs: readonly number[];
}

interface PendingEvent {
  id: string;
  timestamp: string;
  change: ChangeEvent;
  authors: Set<string>;
  updatedProperties: Set<string>;
  schemaChanges: Map<string, { id: string; name: string | null; action: SchemaChangeAction }>;
  updatedBlocks: Set<string>;
}

interface SubscriptionState {
  subscription: WebhookSubscription;
  settings: Settings;
  /** Events waiting for their aggregation window, by aggregation key. */
  pending: Map<string, PendingEvent>;
  /** Window timer of the batch being collected. */
  cancelWindow: (() => void) | undefined;
}

const share = (value: unknown) =>
  value === undefined || (typeof value === 'number' && value >= 0 && value <= 1);
const optional = (value: unknown, type: 'boolean' | 'number') =>
  value === undefined || typeof value === type;

/** Options also arrive as JSON from the control API, so they are checked at run time. */
function checkOptions(options: WebhookSubscriptionOptions): void {
  const eventTypes: unknown = options.eventTypes;
  const problems = [
    typeof options.url === 'string' && /^https?:\/\//.test(options.url)
      ? ''
      : 'url should be an http(s) URL',
    Array.isArray(eventTypes) &&
    eventTypes.every((t: unknown) => (WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(t))
      ? ''
      : `eventTypes should list some of ${WEBHOOK_EVENT_TYPES.join(', ')}`,
    share(options.duplicateRate) && share(options.dropRate)
      ? ''
      : 'duplicateRate and dropRate are shares between 0 and 1',
    optional(options.aggregationMs, 'number') && (options.aggregationMs ?? 0) >= 0
      ? ''
      : 'aggregationMs should be a number ≥ 0',
    optional(options.autoVerify, 'boolean') && optional(options.shuffle, 'boolean')
      ? ''
      : 'autoVerify and shuffle are booleans',
    options.retryDelaysMs === undefined ||
    (Array.isArray(options.retryDelaysMs) &&
      options.retryDelaysMs.every((d) => typeof d === 'number' && d >= 0))
      ? ''
      : 'retryDelaysMs should list non-negative numbers',
    [undefined, '2025-09-03', '2026-03-11'].includes(options.apiVersion)
      ? ''
      : 'apiVersion should be 2025-09-03 or 2026-03-11',
  ].filter(Boolean);
  if (problems.length > 0) throw validationError(`${problems.join('; ')}.`);
}

/**
 * Sends Notion-style webhooks: a handshake carrying the verification token, then signed,
 * compact-JSON envelopes as the workspace changes, with aggregation, retries, duplicates,
 * drops and shuffling as configured per subscription.
 */
export class WebhookEmitter {
  private readonly subscriptions = new Map<string, SubscriptionState>();
  private readonly records: DeliveryRecord[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly retries = new Map<symbol, { run: () => void; cancel: () => void }>();
  private readonly abort = new AbortController();
  private readonly dice = new Prng('notion-sandbox-webhooks');

  constructor(
    private readonly store: WorkspaceStore,
    private readonly clock: Clock,
    private readonly delays: Delays,
    private readonly events: SandboxEvents,
    private readonly defaultWorkspaceId: string | undefined,
  ) {}

  async subscribe(options: WebhookSubscriptionOptions): Promise<WebhookSubscription> {
    const workspaceId = options.workspaceId ?? this.defaultWorkspaceId;
    const workspace = workspaceId ? this.store.workspace(workspaceId) : undefined;
    if (!workspace) throw validationError(`Unknown workspace: ${String(workspaceId)}`);
    checkOptions(options);
    const subscription: WebhookSubscription = {
      id: randomUuid(),
      url: options.url,
      eventTypes: [...options.eventTypes],
      workspaceId: workspace.id,
      integrationId: stableUuid(`integration:${workspace.id}`),
      apiVersion: options.apiVersion ?? '2025-09-03',
      verificationToken: options.verificationToken ?? randomSecret('secret_', 32),
      verified: false,
      handshakeStatus: null,
    };
    this.subscriptions.set(subscription.id, {
      subscription,
      settings: {
        aggregationMs: options.aggregationMs ?? DEFAULT_AGGREGATION_MS,
        duplicateRate: options.duplicateRate ?? 0,
        dropRate: options.dropRate ?? 0,
        shuffle: options.shuffle ?? false,
        retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      },
      pending: new Map(),
      cancelWindow: undefined,
    });
    const body = JSON.stringify({ verification_token: subscription.verificationToken });
    const status = await this.post(subscription, null, 'verification', 1, body, null);
    subscription.handshakeStatus = status;
    subscription.verified = options.autoVerify ?? true;
    return { ...subscription };
  }

  /** The "Verify" step of the integration settings: events flow from now on. */
  verify(subscriptionId: string): WebhookSubscription {
    const state = this.state(subscriptionId);
    state.subscription.verified = true;
    return { ...state.subscription };
  }

  unsubscribe(subscriptionId: string): void {
    this.state(subscriptionId).cancelWindow?.();
    this.subscriptions.delete(subscriptionId);
  }

  list(): WebhookSubscription[] {
    return [...this.subscriptions.values()].map((s) => ({ ...s.subscription }));
  }

  deliveries(subscriptionId?: string): DeliveryRecord[] {
    return this.records.filter(
      (r) => subscriptionId === undefined || r.subscriptionId === subscriptionId,
    );
  }

  publish(change: ChangeEvent): void {
    for (const state of this.subscriptions.values()) {
      const { subscription, settings } = state;
      if (
        !subscription.verified ||
        subscription.workspaceId !== change.workspaceId ||
        !subscription.eventTypes.includes(change.type)
      ) {
        continue;
      }
      const key = AGGREGATED.has(change.type)
        ? `${change.type}|${change.entity.id}`
        : `${change.type}|${change.entity.id}|${randomUuid()}`;
      const event = state.pending.get(key) ?? this.newEvent(change);
      event.authors.add(change.authorId);
      change.updatedProperties?.forEach((id) => event.updatedProperties.add(id));
      change.updatedBlocks?.forEach((id) => event.updatedBlocks.add(id));
      change.schemaChanges?.forEach((c) => event.schemaChanges.set(c.id, c));
      state.pending.set(key, event);
      state.cancelWindow ??= this.delays.schedule(settings.aggregationMs, () => {
        state.cancelWindow = undefined;
        this.sendBatch(state);
      });
    }
  }

  /**
   * Sends everything now: batches still in their aggregation window and deliveries waiting to
   * be retried, then waits until no delivery is in flight.
   */
  async flush(): Promise<void> {
    for (;;) {
      for (const state of this.subscriptions.values()) {
        state.cancelWindow?.();
        state.cancelWindow = undefined;
        this.sendBatch(state);
      }
      for (const [key, retry] of this.retries) {
        this.retries.delete(key);
        retry.cancel();
        retry.run();
      }
      if (this.inFlight.size === 0) return;
      await Promise.all([...this.inFlight]);
    }
  }

  close(): void {
    this.abort.abort();
    for (const state of this.subscriptions.values()) state.cancelWindow?.();
    for (const retry of this.retries.values()) retry.cancel();
    this.retries.clear();
  }

  private state(subscriptionId: string): SubscriptionState {
    const state = this.subscriptions.get(subscriptionId);
    if (!state) {
      throw new NotionError(
        404,
        'object_not_found',
        `Unknown webhook subscription: ${subscriptionId}`,
      );
    }
    return state;
  }

  private newEvent(change: ChangeEvent): PendingEvent {
    return {
      id: randomUuid(),
      timestamp: new Date(this.clock()).toISOString(),
      change,
      authors: new Set(),
      updatedProperties: new Set(),
      schemaChanges: new Map(),
      updatedBlocks: new Set(),
    };
  }

  private sendBatch(state: SubscriptionState): void {
    const batch = [...state.pending.values()];
    state.pending.clear();
    if (state.settings.shuffle)
      batch.splice(0, batch.length, ...this.dice.sample(batch, batch.length));
    for (const event of batch) {
      if (this.dice.chance(state.settings.dropRate)) {
        this.record(state.subscription, event.id, event.change.type, 1, '', null, null, null, true);
        continue;
      }
      this.track(this.deliver(state, event, 1));
    }
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(
    state: SubscriptionState,
    event: PendingEvent,
    attempt: number,
  ): Promise<void> {
    const { subscription, settings } = state;
    const body = JSON.stringify(this.envelope(subscription, event, attempt));
    const signature = signBody(body, subscription.verificationToken);
    const status = await this.post(
      subscription,
      event.id,
      event.change.type,
      attempt,
      body,
      signature,
    );
    const ok = status !== null && status >= 200 && status < 300;
    if (attempt >= MAX_ATTEMPTS || this.abort.signal.aborted) return;
    if (!ok) {
      const delay =
        settings.retryDelaysMs[Math.min(attempt - 1, settings.retryDelaysMs.length - 1)] ?? 0;
      const key = Symbol(event.id);
      const run = () => {
        this.retries.delete(key);
        this.track(this.deliver(state, event, attempt + 1));
      };
      this.retries.set(key, { run, cancel: this.delays.schedule(delay, run) });
    } else if (this.dice.chance(settings.duplicateRate)) {
      this.track(this.deliver(state, event, attempt + 1));
    }
  }

  /** POSTs one body; answers the HTTP status, or null when the request failed. */
  private async post(
    subscription: WebhookSubscription,
    eventId: string | null,
    type: string,
    attempt: number,
    body: string,
    signature: string | null,
  ): Promise<number | null> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'notion-api',
    };
    if (signature) headers['x-notion-signature'] = signature;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(subscription.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    this.record(subscription, eventId, type, attempt, body, signature, status, error, false);
    return status;
  }

  private record(
    subscription: WebhookSubscription,
    eventId: string | null,
    type: string,
    attempt: number,
    body: string,
    signature: string | null,
    status: number | null,
    error: string | null,
    dropped: boolean,
  ): void {
    const record: DeliveryRecord = {
      subscriptionId: subscription.id,
      eventId,
      type,
      attempt,
      status,
      error,
      dropped,
      body,
      signature,
      at: new Date(this.clock()).toISOString(),
    };
    this.records.push(record);
    this.events.emit('webhook-delivery', record);
  }

  private envelope(
    subscription: WebhookSubscription,
    event: PendingEvent,
    attempt: number,
  ): WebhookPayload {
    const workspace = this.store.workspace(subscription.workspaceId);
    const { change } = event;
    const base = {
      id: event.id,
      timestamp: event.timestamp,
      workspace_id: subscription.workspaceId,
      workspace_name: workspace?.name ?? '',
      subscription_id: subscription.id,
      integration_id: subscription.integrationId,
      authors: [...event.authors].map((id) => ({ id, type: 'person' as const })),
      attempt_number: attempt,
      api_version: subscription.apiVersion,
    };
    const parent = change.parent;
    const page = { id: change.entity.id, type: 'page' as const };
    const dataSource = { id: change.entity.id, type: 'data_source' as const };
    switch (change.type) {
      case 'page.created':
      case 'page.deleted':
      case 'page.undeleted':
        return { ...base, type: change.type, entity: page, data: { parent } };
      case 'page.properties_updated':
        return {
          ...base,
          type: change.type,
          entity: page,
          data: { parent, updated_properties: [...event.updatedProperties] },
        };
      case 'data_source.content_updated':
        return {
          ...base,
          type: change.type,
          entity: dataSource,
          data: {
            parent,
            updated_blocks: [...event.updatedBlocks].map((id) => ({ id, type: 'page' as const })),
          },
        };
      case 'data_source.schema_updated':
        return {
          ...base,
          type: change.type,
          entity: dataSource,
          data: { parent, updated_properties: [...event.schemaChanges.values()] },
        };
    }
  }
}
