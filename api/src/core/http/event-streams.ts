import { HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { ApiException, serviceUnavailable } from './api-error';

/** A comment this often keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;
/** A client this far behind is gone or stuck: its stream is closed. */
const MAX_BUFFERED_BYTES = 64 * 1024;

export interface EventStreamsOptions {
  /** Open streams one holder (a client address, a user) may have. */
  perHolder: number;
  /** The `429` message past `perHolder`. */
  tooMany: string;
  /** Open streams the process holds at most (`503` past it). */
  total: number;
  /** What EventSource waits before reconnecting on its own. */
  retryMs: number;
  /** Told when the last stream of a topic closed. */
  onTopicClosed?: (topic: string) => void;
}

/** One open Server-Sent Events response. */
export interface EventStream {
  readonly body: PassThrough;
  /**
   * Writes what waited while the stream was held (see `EventStreams.open`), after `first`:
   * events reach the client in the order they happened, after what was true before them.
   */
  release(first: string): void;
  close(): void;
}

interface Entry extends EventStream {
  topic: string;
  holder: string;
  /** Events written while held; null once released. */
  backlog: string[] | null;
}

/** One Server-Sent Event. */
export const sseEvent = (event: string, data: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The open Server-Sent Events streams of one kind in this process, by topic (what they follow)
 * and holder (whose they are, for the bound): fan-out, heartbeats, slow clients, shutdown.
 */
export class EventStreams {
  private readonly byTopic = new Map<string, Set<Entry>>();
  private readonly perHolder = new Map<string, number>();
  private count = 0;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly options: EventStreamsOptions) {}

  start(): void {
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Ends every stream: they must end before the HTTP server can close. */
  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const topic of [...this.byTopic.keys()]) this.closeTopic(topic);
  }

  /**
   * A new stream on `topic`; `429` past the holder's bound, `503` past the process's. A `held`
   * stream keeps what is broadcast to it until `release`.
   */
  open(topic: string, holder: string, { held = false } = {}): EventStream {
    const holds = this.perHolder.get(holder) ?? 0;
    if (holds >= this.options.perHolder) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, this.options.tooMany, undefined, {
        'Retry-After': '30',
      });
    }
    if (this.count >= this.options.total) throw serviceUnavailable('Live updates');
    const entry: Entry = {
      topic,
      holder,
      body: new PassThrough(),
      backlog: held ? [] : null,
      release: (first) => {
        const backlog = entry.backlog ?? [];
        entry.backlog = null;
        for (const text of [first, ...backlog]) this.write(entry, text);
      },
      close: () => this.close(entry),
    };
    const entries = this.byTopic.get(topic) ?? new Set<Entry>();
    entries.add(entry);
    this.byTopic.set(topic, entries);
    this.perHolder.set(holder, holds + 1);
    this.count += 1;
    // Fastify destroys the body when the client goes away.
    entry.body.once('close', () => this.close(entry));
    entry.body.write(`retry: ${this.options.retryMs}\n: connected\n\n`);
    return entry;
  }

  broadcast(topic: string, text: string): void {
    for (const entry of this.byTopic.get(topic) ?? []) {
      if (entry.backlog) entry.backlog.push(text);
      else this.write(entry, text);
    }
  }

  closeTopic(topic: string): void {
    for (const entry of this.byTopic.get(topic) ?? []) this.close(entry);
  }

  private writeAll(text: string): void {
    for (const entries of this.byTopic.values()) {
      for (const entry of entries) this.write(entry, text);
    }
  }

  private write(entry: Entry, text: string): void {
    if (entry.body.writableLength > MAX_BUFFERED_BYTES) this.close(entry);
    else entry.body.write(text);
  }

  private close(entry: Entry): void {
    const entries = this.byTopic.get(entry.topic);
    if (!entries?.delete(entry)) return;
    const holds = (this.perHolder.get(entry.holder) ?? 1) - 1;
    if (holds > 0) this.perHolder.set(entry.holder, holds);
    else this.perHolder.delete(entry.holder);
    this.count -= 1;
    if (!entry.body.destroyed) entry.body.end();
    if (entries.size === 0) {
      this.byTopic.delete(entry.topic);
      this.options.onTopicClosed?.(entry.topic);
    }
  }
}

/**
 * Answers with `stream`. It closes when the response does: the client went away, or at once for
 * `HEAD` (Fastify then sends no body).
 */
export function sendEventStream(reply: FastifyReply, stream: EventStream): void {
  reply.raw.once('close', () => stream.close());
  void reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    // Proxies such as nginx would otherwise buffer the stream.
    .header('x-accel-buffering', 'no')
    .send(stream.body);
}
