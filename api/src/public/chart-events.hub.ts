import {
  type BeforeApplicationShutdown,
  HttpStatus,
  Injectable,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { type ChartUpdate, ChartUpdatesBus } from '../charts/payload/chart-updates.bus';
import { ApiException, serviceUnavailable } from '../core/http/api-error';

/** Open streams one client IP may hold in one process (a page rarely shows more than a few charts). */
export const MAX_STREAMS_PER_IP = 20;
/** Open streams one process holds at most. */
const MAX_STREAMS = 10_000;
/** A comment this often keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;
/** What EventSource waits before reconnecting on its own (the chart page reconnects itself). */
const RETRY_MS = 10_000;
/** A client this far behind is gone or stuck: its stream is closed. */
const MAX_BUFFERED_BYTES = 64 * 1024;

interface Listener {
  publicKey: string;
  ip: string;
  stream: PassThrough;
}

/**
 * Server-Sent Events for live embeds: each API process holds its viewers' streams and writes an
 * `update` event when the chart's data changes, as the update channel tells every process.
 */
@Injectable()
export class ChartEventsHub implements OnModuleInit, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly byKey = new Map<string, Set<Listener>>();
  private readonly perIp = new Map<string, number>();
  private count = 0;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly updates: ChartUpdatesBus) {}

  async onModuleInit(): Promise<void> {
    await this.updates.listen((update) => this.deliver(update));
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  onModuleDestroy(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  /** Streams must end before the HTTP server can close. */
  beforeApplicationShutdown(): void {
    for (const listeners of this.byKey.values()) {
      for (const listener of listeners) this.close(listener);
    }
  }

  /** A new stream for `publicKey`; `429` past the per-IP bound, `503` past the process's. */
  open(publicKey: string, ip: string, onClientGone: (close: () => void) => void): PassThrough {
    const held = this.perIp.get(ip) ?? 0;
    if (held >= MAX_STREAMS_PER_IP) {
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        `Too many open event streams from this address (at most ${MAX_STREAMS_PER_IP})`,
        undefined,
        { 'Retry-After': '30' },
      );
    }
    if (this.count >= MAX_STREAMS) throw serviceUnavailable('Live updates');
    const listener: Listener = { publicKey, ip, stream: new PassThrough() };
    const listeners = this.byKey.get(publicKey) ?? new Set<Listener>();
    listeners.add(listener);
    this.byKey.set(publicKey, listeners);
    this.perIp.set(ip, held + 1);
    this.count += 1;
    listener.stream.write(`retry: ${RETRY_MS}\n: connected\n\n`);
    onClientGone(() => this.close(listener));
    return listener.stream;
  }

  private deliver(update: ChartUpdate): void {
    const listeners = this.byKey.get(update.publicKey);
    if (!listeners || update.type === 'invalidated') return;
    // The page fetches the payload on `update`; after `gone` that answers 404 and it reloads.
    const data =
      update.type === 'updated' ? { updatedAt: update.updatedAt, etag: update.etag } : {};
    const event = `event: update\ndata: ${JSON.stringify(data)}\n\n`;
    for (const listener of listeners) {
      this.write(listener, event);
      if (update.type === 'gone') this.close(listener);
    }
  }

  private writeAll(text: string): void {
    for (const listeners of this.byKey.values()) {
      for (const listener of listeners) this.write(listener, text);
    }
  }

  private write(listener: Listener, text: string): void {
    if (listener.stream.writableLength > MAX_BUFFERED_BYTES) this.close(listener);
    else listener.stream.write(text);
  }

  private close(listener: Listener): void {
    const listeners = this.byKey.get(listener.publicKey);
    if (!listeners?.delete(listener)) return;
    if (listeners.size === 0) this.byKey.delete(listener.publicKey);
    const held = (this.perIp.get(listener.ip) ?? 1) - 1;
    if (held > 0) this.perIp.set(listener.ip, held);
    else this.perIp.delete(listener.ip);
    this.count -= 1;
    listener.stream.end();
  }
}
