import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../../core/config/app-config';
import { channelName, RedisSubscriber } from '../../core/redis/redis-subscriber';
import { PUBLIC_REDIS } from './public-redis.provider';

/** What changed about a public key, for caches and live embeds. */
export type ChartUpdate =
  /** New data (or name, type, options) under this key. */
  | { type: 'updated'; publicKey: string; etag: string; updatedAt: string }
  /** The key answers 404 from now on: the chart was deleted, made private or its key rotated. */
  | { type: 'gone'; publicKey: string }
  /** Same data, served differently (allowed origins changed, or the chart was made public). */
  | { type: 'invalidated'; publicKey: string };

type Listener = (update: ChartUpdate) => void;

interface Envelope {
  from: string;
  update: ChartUpdate;
}

/**
 * Chart updates across API processes, over one Redis pub/sub channel. Listeners in the
 * publishing process hear an update at once, before Redis echoes it (the echo is skipped); a
 * process subscribes only once something listens, so workers publish without subscribing.
 */
@Injectable()
export class ChartUpdatesBus {
  private readonly logger = new Logger(ChartUpdatesBus.name);
  private readonly listeners = new Set<Listener>();
  private readonly processId = randomUUID();
  private readonly channel: string;
  private subscribed: Promise<unknown> | null = null;

  constructor(
    @Inject(PUBLIC_REDIS) private readonly redis: Redis,
    private readonly subscriber: RedisSubscriber,
    config: AppConfig,
  ) {
    this.channel = channelName(config, 'chart-updates');
  }

  /** Tells this process's listeners now, and other processes through Redis (best effort). */
  async publish(update: ChartUpdate): Promise<void> {
    this.deliver(update);
    const envelope: Envelope = { from: this.processId, update };
    try {
      await this.redis.publish(this.channel, JSON.stringify(envelope));
    } catch (error) {
      // Other processes' caches expire within seconds anyway; live embeds miss this one.
      this.logger.warn({ err: error, publicKey: update.publicKey }, 'Chart update not published');
    }
  }

  /** Tells this process's listeners only: each process learns of it on its own. */
  deliverLocally(update: ChartUpdate): void {
    this.deliver(update);
  }

  /** Listens for as long as the process runs. */
  async listen(listener: Listener): Promise<void> {
    this.listeners.add(listener);
    this.subscribed ??= this.subscriber.listen(this.channel, (message) => this.receive(message));
    await this.subscribed;
  }

  private receive(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return;
    }
    if (envelope.from !== this.processId) this.deliver(envelope.update);
  }

  private deliver(update: ChartUpdate): void {
    for (const listener of this.listeners) {
      try {
        listener(update);
      } catch (error) {
        this.logger.error({ err: error }, 'Chart update listener failed');
      }
    }
  }
}
