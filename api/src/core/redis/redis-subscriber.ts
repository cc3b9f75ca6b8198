import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { connectRedis } from './redis-connection';

export type ChannelListener = (message: string) => void;

/**
 * The full name of an application's pub/sub channel. ioredis does not apply its key prefix to
 * channels, so the name carries it: one deployment never hears another's messages.
 */
export const channelName = (config: AppConfig, name: string): string =>
  `${config.redis.prefix}:${name}`;

/**
 * Redis pub/sub for a whole process over one connection: listeners of a channel share its
 * subscription, which lasts while any of them listens. The connection opens once something
 * listens, so processes that only publish never hold one.
 */
@Injectable()
export class RedisSubscriber implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisSubscriber.name);
  private readonly listeners = new Map<string, Set<ChannelListener>>();
  private connection: Promise<Redis> | null = null;

  constructor(private readonly config: AppConfig) {}

  /**
   * Calls `listener` with each message of `channel` (a full name) from when this resolves; the
   * returned function stops it. Rejects when Redis cannot be reached.
   */
  async listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>> {
    const listeners = this.listeners.get(channel) ?? new Set<ChannelListener>();
    listeners.add(listener);
    this.listeners.set(channel, listeners);
    const stop = () => this.stop(channel, listener);
    try {
      // Every listener sends its own SUBSCRIBE (Redis ignores repeats): when it is answered, the
      // subscription is in place, even if another listener's was still on its way.
      await (await this.connect()).subscribe(channel);
    } catch (error) {
      await stop();
      throw error;
    }
    return stop;
  }

  async onApplicationShutdown(): Promise<void> {
    this.listeners.clear();
    const connection = await this.connection?.catch(() => null);
    await connection?.quit().catch(() => undefined);
  }

  private async stop(channel: string, listener: ChannelListener): Promise<void> {
    const listeners = this.listeners.get(channel);
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.listeners.delete(channel);
    const connection = await this.connection?.catch(() => null);
    // A listener that came meanwhile subscribed again; an unsubscribe now would drop it.
    if (connection && !this.listeners.has(channel)) {
      await connection.unsubscribe(channel).catch(() => undefined);
    }
  }

  private connect(): Promise<Redis> {
    this.connection ??= connectRedis(this.config.redis.url).then(
      (connection) => {
        connection.on('message', (channel: string, message: string) =>
          this.deliver(channel, message),
        );
        // ioredis subscribes again by itself after a reconnect.
        return connection;
      },
      (error: unknown) => {
        // The next listener tries again.
        this.connection = null;
        throw error;
      },
    );
    return this.connection;
  }

  private deliver(channel: string, message: string): void {
    for (const listener of this.listeners.get(channel) ?? []) {
      try {
        listener(message);
      } catch (error) {
        this.logger.error({ err: error, channel }, 'Channel listener failed');
      }
    }
  }
}
