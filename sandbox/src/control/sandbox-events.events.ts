import { EventEmitter } from 'node:events';
import type { DeliveryRecord } from '../webhooks/webhook.types';

export interface RequestEvent {
  method: string;
  /** Route template, e.g. `POST /v1/search`. */
  endpoint: string;
  status: number;
  /** Bearer token or OAuth client id, when the request carried one. */
  caller: string | null;
  requestId: string;
  /** `Date.now()` when the sandbox began to handle it: the request's start as Notion sees it. */
  receivedAt: number;
}

export interface RateLimitedEvent {
  endpoint: string;
  token: string;
  retryAfterSeconds: number;
}

export interface SandboxEventMap {
  /** After every `/v1` answer has been sent. */
  request: RequestEvent;
  /** When a 429 is about to be sent; a test with a manual clock can move time here. */
  'rate-limited': RateLimitedEvent;
  /** After each webhook delivery attempt (handshakes included). */
  'webhook-delivery': DeliveryRecord;
  /** An unexpected failure inside the sandbox (answered as a 500). */
  error: Error;
}

export type SandboxEventName = keyof SandboxEventMap;

/** Typed events for tests to wait on instead of sleeping. */
export class SandboxEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  on<K extends SandboxEventName>(
    event: K,
    listener: (payload: SandboxEventMap[K]) => void,
  ): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }

  /** Resolves with the next payload of `event` that satisfies `predicate`. */
  next<K extends SandboxEventName>(
    event: K,
    predicate: (payload: SandboxEventMap[K]) => boolean = () => true,
  ): Promise<SandboxEventMap[K]> {
    return new Promise((resolve) => {
      const off = this.on(event, (payload) => {
        if (!predicate(payload)) return;
        off();
        resolve(payload);
      });
    });
  }

  emit<K extends SandboxEventName>(event: K, payload: SandboxEventMap[K]): void {
    this.emitter.emit(event, payload);
  }

  removeAll(): void {
    this.emitter.removeAllListeners();
  }
}
