import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, LogLevel } from '@notionhq/client';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { AppConfig } from '../core/config/app-config';
import { TokenCipher } from '../core/crypto/token-cipher';
import { Metrics } from '../core/metrics/metrics';
import { REDIS } from '../core/redis/redis.tokens';
import {
  NOTION_CLIENT_OPTIONS,
  transportOptions,
  type NotionCallMode,
  type NotionClientOptions,
} from './notion-client.options';
import { NotionConnectionClient } from './notion-connection.client';
import type { ConnectionCredentials } from './notion.types';
import { NotionRateLimiter, type RateLimitScope } from './transport/notion-rate.limiter';
import { notionTransport, type TransportCall } from './transport/notion.transport';
import { UserNameStore } from './users/user-name.store';

/** Metrics label of calls made for a token being checked, before its connection exists. */
const UNSAVED_CONNECTION = 'unsaved';

/**
 * Builds a Notion client per connection. The stored token is decrypted here and nowhere else,
 * and lives only inside the SDK client; every request of every client shares the connection's
 * rate limit in Redis.
 */
@Injectable()
export class NotionClientFactory {
  private readonly limiter: NotionRateLimiter;
  private readonly logger = new Logger('NotionClient');

  constructor(
    private readonly config: AppConfig,
    private readonly cipher: TokenCipher,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(NOTION_CLIENT_OPTIONS) private readonly options: NotionClientOptions,
    private readonly metrics: Metrics,
  ) {
    this.limiter = new NotionRateLimiter(redis, options.rateLimit);
  }

  /**
   * A client for a stored connection; `interactive` when a person waits for the answer;
   * `signal` cancels all of its calls. Throws `TokenDecryptionError` if the token won't open.
   */
  forConnection(
    credentials: ConnectionCredentials,
    mode: NotionCallMode = 'background',
    signal?: AbortSignal,
  ): NotionConnectionClient {
    const token = this.cipher.open(
      credentials.sealedToken,
      `${credentials.ownerId}:${credentials.connectionId}`,
    );
    const scope: RateLimitScope = {
      connectionKey: `connection:${credentials.connectionId}`,
      workspaceKey: credentials.workspaceId ? `workspace:${credentials.workspaceId}` : null,
    };
    const userNames = new UserNameStore(
      this.redis,
      credentials.connectionId,
      this.options.userNameTtlSeconds,
    );
    return new NotionConnectionClient(
      this.sdkClient(token, mode, {
        scope,
        observe: this.observer(credentials.connectionId),
        signal,
      }),
      userNames,
    );
  }

  /**
   * A client for a token not stored yet: checking a brand-new internal-integration token
   * (`me()`) before the connection exists.
   */
  forToken(token: string): NotionConnectionClient {
    // Rate-limited under a digest of the token: no connection id yet, and no token in Redis.
    const digest = createHash('sha256').update(token).digest('hex').slice(0, 32);
    return new NotionConnectionClient(
      this.sdkClient(token, 'interactive', {
        scope: { connectionKey: `token:${digest}`, workspaceKey: null },
        observe: this.observer(UNSAVED_CONNECTION),
      }),
      null,
    );
  }

  /** Counts a connection's requests and 429s; connection ids are the only label. */
  private observer(connection: string): TransportCall['observe'] {
    return (status) => this.metrics.notionRequest(connection, status);
  }

  private sdkClient(token: string, mode: NotionCallMode, call: TransportCall): Client {
    const transport = transportOptions(this.options, mode);
    return new Client({
      auth: token,
      baseUrl: this.config.notion.apiBaseUrl,
      notionVersion: this.options.notionVersion,
      fetch: notionTransport(this.limiter, transport, call),
      // One retry policy, in the transport; the SDK's would also skip POST queries.
      retry: false,
      // The transport bounds each attempt and the retries; this only backs it up.
      timeoutMs:
        transport.maxRateWaitMs + transport.retry.maxElapsedMs + transport.attemptTimeoutMs,
      // The transport logs retries and callers get typed errors; only the SDK's own faults remain.
      logLevel: LogLevel.ERROR,
      logger: (_level, message, extraInfo) => this.logger.error(extraInfo, message),
    });
  }
}
