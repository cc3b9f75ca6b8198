import type { DestinationStream } from 'pino';

/**
 * The typed configuration every module reads. It is also the injection token: inject
 * `AppConfig` to get the one instance built at boot.
 */
export abstract class AppConfig {
  abstract readonly env: 'development' | 'production' | 'test';
  /** True when NOTION_CLIENT_ID is unset: the bundled sandbox stands in for Notion. */
  abstract readonly demoMode: boolean;
  abstract readonly http: {
    readonly port: number;
    /** Interface the API (and the worker's metrics server) listens on. */
    readonly host: string;
    readonly appUrl: string;
    /** Proxy hops trusted for the client IP and protocol (0 = none). */
    readonly trustProxy: number;
    readonly spaDistDir: string | null;
  };
  abstract readonly database: { readonly url: string };
  abstract readonly redis: { readonly url: string; readonly prefix: string };
  abstract readonly notion: {
    readonly apiBaseUrl: string;
    readonly clientId: string;
    readonly clientSecret: string;
    readonly webhookSecret: string | null;
  };
  abstract readonly secrets: {
    readonly sessionSecret: string;
    /** 32 bytes for AES-256-GCM: seals new tokens. */
    readonly encryptionKey: Buffer;
    /** Keys of earlier rotations: still open old tokens until they are re-sealed. */
    readonly previousEncryptionKeys: readonly Buffer[];
  };
  /** Default request limits per rolling minute; routes may set their own (`@RateLimit`). */
  abstract readonly rateLimits: {
    /** Authenticated `/api` routes, counted per user. */
    readonly perUserPerMinute: number;
    /** Unauthenticated `/api` routes (sign-in, public), counted per client IP. */
    readonly perIpPerMinute: number;
    /**
     * The public chart endpoints and pages, per client IP, counted in each API process's memory
     * (no Redis round trip on the hot path).
     */
    readonly publicPerIpPerMinute: number;
  };
  abstract readonly log: {
    readonly level: string;
    /** Where log lines go instead of stdout (tests read the logs through it). */
    readonly destination?: DestinationStream;
  };
  abstract readonly sync: {
    /** Tries per sync job before the dataset shows the error. */
    readonly attempts: number;
    /** First retry delay; it doubles (with jitter) each time. */
    readonly retryDelayMs: number;
    /** A dataset's next sync starts at least this long after its last one ended. */
    readonly minIntervalMs: number;
    /**
     * On SIGTERM a worker lets running syncs finish for this long, then puts them back in
     * the queue for another worker (they start over; nothing was written yet).
     */
    readonly shutdownGraceMs: number;
  };
  abstract readonly metrics: {
    /** `/metrics` answers only `Authorization: Bearer <token>`; unset, it is off (404). */
    readonly token: string | null;
    /** The worker serves its `/metrics` on this port (it has no HTTP server otherwise). */
    readonly port: number | null;
  };
}
