import { type BeforeApplicationShutdown, Injectable, type OnModuleInit } from '@nestjs/common';
import { type ChartUpdate, ChartUpdatesBus } from '../charts/payload/chart-updates.bus';
import { type EventStream, EventStreams, sseEvent } from '../core/http/event-streams';

/** Open streams one client IP may hold in one process (a page rarely shows more than a few charts). */
export const MAX_STREAMS_PER_IP = 20;

/**
 * Server-Sent Events for live embeds: each API process holds its viewers' streams and writes an
 * `update` event when the chart's data changes, as the update channel tells every process.
 */
@Injectable()
export class ChartEventsHub implements OnModuleInit, BeforeApplicationShutdown {
  private readonly streams = new EventStreams({
    perHolder: MAX_STREAMS_PER_IP,
    tooMany: `Too many open event streams from this address (at most ${MAX_STREAMS_PER_IP})`,
    total: 10_000,
    // The chart page reconnects itself.
    retryMs: 10_000,
  });

  constructor(private readonly updates: ChartUpdatesBus) {}

  async onModuleInit(): Promise<void> {
    await this.updates.listen((update) => this.deliver(update));
    this.streams.start();
  }

  /** Streams must end before the HTTP server can close. */
  beforeApplicationShutdown(): void {
    this.streams.stop();
  }

  /** A new stream for `publicKey`; `429` past the per-IP bound, `503` past the process's. */
  open(publicKey: string, ip: string): EventStream {
    return this.streams.open(publicKey, ip);
  }

  private deliver(update: ChartUpdate): void {
    if (update.type === 'invalidated') return;
    // The page fetches the payload on `update`; after `gone` that answers 404 and it reloads.
    const data =
      update.type === 'updated' ? { updatedAt: update.updatedAt, etag: update.etag } : {};
    this.streams.broadcast(update.publicKey, sseEvent('update', data));
    if (update.type === 'gone') this.streams.closeTopic(update.publicKey);
  }
}
