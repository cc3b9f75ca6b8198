import { type BeforeApplicationShutdown, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DatasetEvent, DatasetSyncEvent } from '@notionchartkit/shared';
import { serviceUnavailable } from '../core/http/api-error';
import { AppConfig } from '../core/config/app-config';
import { type EventStream, EventStreams, sseEvent } from '../core/http/event-streams';
import { RedisSubscriber } from '../core/redis/redis-subscriber';
import { datasetEventsChannel } from './sync/sync-progress';

/** Open dataset event streams one user may hold in one process (a tab holds one at most). */
export const MAX_STREAMS_PER_USER = 10;

export type DatasetState = Extract<DatasetEvent, { type: 'state' }>;

const SYNC_EVENTS = new Set<string>(['progress', 'synced', 'failed'] satisfies Array<
  DatasetSyncEvent['type']
>);

const isSyncEvent = (value: unknown): value is DatasetSyncEvent =>
  typeof value === 'object' &&
  value !== null &&
  SYNC_EVENTS.has(String((value as { type?: unknown }).type));

/**
 * Live sync progress for the dashboard: each API process holds its users' streams and forwards
 * what the worker announces on a dataset's channel, subscribed while someone watches it.
 */
@Injectable()
export class DatasetEventsHub implements OnModuleInit, BeforeApplicationShutdown {
  private readonly streams = new EventStreams({
    perHolder: MAX_STREAMS_PER_USER,
    tooMany: `Too many open dataset event streams (at most ${MAX_STREAMS_PER_USER})`,
    total: 10_000,
    retryMs: 5_000,
    onTopicClosed: (datasetId) => this.unsubscribe(datasetId),
  });
  /** By dataset: the subscription of its channel, resolving to what ends it. */
  private readonly subscriptions = new Map<string, Promise<() => Promise<void>>>();

  constructor(
    private readonly subscriber: RedisSubscriber,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.streams.start();
  }

  /** Streams must end before the HTTP server can close. */
  beforeApplicationShutdown(): void {
    this.streams.stop();
  }

  /**
   * A stream of the dataset's events for `userId`, who owns it: `state` first, as `current`
   * reads it once the channel is subscribed (so nothing announced after it is missed), then the
   * worker's events. `429` past the user's bound, `503` when Redis cannot be reached.
   */
  async open(
    datasetId: string,
    userId: string,
    current: () => Promise<DatasetState>,
  ): Promise<EventStream> {
    const stream = this.streams.open(datasetId, userId, { held: true });
    try {
      await this.subscribe(datasetId);
      const state = await current();
      stream.release(sseEvent(state.type, state));
      return stream;
    } catch (error) {
      stream.close();
      throw error;
    }
  }

  private async subscribe(datasetId: string): Promise<void> {
    let subscription = this.subscriptions.get(datasetId);
    if (!subscription) {
      subscription = this.subscriber.listen(datasetEventsChannel(this.config, datasetId), (text) =>
        this.deliver(datasetId, text),
      );
      this.subscriptions.set(datasetId, subscription);
    }
    try {
      await subscription;
    } catch {
      throw serviceUnavailable('Live updates');
    }
  }

  private unsubscribe(datasetId: string): void {
    const subscription = this.subscriptions.get(datasetId);
    this.subscriptions.delete(datasetId);
    void subscription?.then(
      (stop) => stop(),
      () => undefined,
    );
  }

  private deliver(datasetId: string, text: string): void {
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch {
      return;
    }
    if (isSyncEvent(event)) this.streams.broadcast(datasetId, sseEvent(event.type, event));
  }
}
