import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { verifyWebhookSignature } from '@notionhq/client';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../core/config/app-config';
import { ApiException } from '../core/http/api-error';
import { REDIS } from '../core/redis/redis.tokens';
import { SyncRequestsService } from '../datasets/sync/sync-requests.service';
import {
  EVENTS_NEEDING_FULL_SYNC,
  isVerificationRequest,
  isWebhookEvent,
  type NotionWebhookEvent,
} from './notion-webhook.types';

/** Where the handshake's token waits for an operator to put it in NOTION_WEBHOOK_SECRET. */
export const VERIFICATION_TOKEN_KEY = 'webhooks:notion:verification-token';
const SEEN_EVENT_TTL_SECONDS = 48 * 3600;

export type WebhookOutcome =
  { kind: 'verification' } | { kind: 'duplicate' } | { kind: 'queued'; datasets: number };

/**
 * Notion's webhooks as a fast path for syncs: a verified event queues a sync of the
 * datasets it touches (deduplicated by event id; bursts coalesce in the sync queue). Events
 * are only signals; polling stays the fallback because delivery is not guaranteed.
 */
@Injectable()
export class NotionWebhooksService {
  private readonly logger = new Logger(NotionWebhooksService.name);

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly syncs: SyncRequestsService,
  ) {}

  async receive(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
    const body = parseJson(rawBody);
    if (!signature && isVerificationRequest(body)) {
      // The token is a secret: kept for the operator, never logged (see docs/operations.md).
      await this.redis.set(VERIFICATION_TOKEN_KEY, body.verification_token, 'EX', 7 * 24 * 3600);
      this.logger.warn(
        'Notion sent a webhook verification token; see the runbook to activate webhooks',
      );
      return { kind: 'verification' };
    }
    const secret = this.config.notion.webhookSecret;
    if (!secret) throw new ApiException(404, 'Webhooks are not enabled: set NOTION_WEBHOOK_SECRET');
    const valid =
      typeof signature === 'string' &&
      (await verifyWebhookSignature({
        body: rawBody.toString('utf8'),
        signature,
        verificationToken: secret,
      }));
    if (!valid) throw new ApiException(401, 'The webhook signature does not match');
    if (!isWebhookEvent(body)) {
      throw new ApiException(400, 'Not a Notion webhook event', [
        { field: 'body', problem: 'is not a webhook event' },
      ]);
    }
    const first = await this.redis.set(
      `webhooks:notion:seen:${body.id}`,
      '1',
      'EX',
      SEEN_EVENT_TTL_SECONDS,
      'NX',
    );
    if (first === null) return { kind: 'duplicate' };
    const datasets = await this.affectedDatasets(body);
    const mode = EVENTS_NEEDING_FULL_SYNC.has(body.type) ? 'full' : 'incremental';
    for (const id of datasets) await this.syncs.request(id, mode, 'webhook');
    return { kind: 'queued', datasets: datasets.length };
  }

  /** Datasets of active connections to that workspace that read the changed data source. */
  private async affectedDatasets(event: NotionWebhookEvent): Promise<string[]> {
    const parent = event.data?.parent;
    const dataSourceIds = [
      parent?.data_source_id,
      event.entity?.type === 'data_source' ? event.entity.id : undefined,
    ];
    const databaseIds = [
      parent?.type === 'database' ? parent.id : undefined,
      event.entity?.type === 'database' ? event.entity.id : undefined,
    ];
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT d.id FROM datasets d JOIN connections c ON c.id = d.connection_id
       WHERE c.workspace_id = $1 AND c.status = 'active'
         AND (d.data_source_id = ANY($2::varchar[]) OR d.database_id = ANY($3::varchar[]))`,
      [event.workspace_id, dataSourceIds.filter(isString), databaseIds.filter(isString)],
    );
    return rows.map((row) => row.id);
  }
}

const isString = (value: string | undefined): value is string => typeof value === 'string';

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new ApiException(400, 'Request body is not valid JSON', [
      { field: 'body', problem: 'is not valid JSON' },
    ]);
  }
}
