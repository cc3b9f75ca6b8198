import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../../core/config/app-config';
import { ChartUpdatesBus } from './chart-updates.bus';
import { PublicPayloadStore } from './public-payload.store';

/** The channel of the `trg_charts_removed` trigger (see the charts migration). */
const CHANNEL = 'chart_removed';
const RECONNECT_MS = [500, 1000, 2000, 5000, 10_000];

/**
 * Drops a deleted chart's public payload from Redis and from this process's caches, whatever
 * deleted it: a trigger on `charts` notifies with the public key, so cascades from a deleted
 * dataset, connection or owner are covered without those domains knowing about charts.
 */
@Injectable()
export class ChartRemovalListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChartRemovalListener.name);
  private client: Client | null = null;
  private failures = 0;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly store: PublicPayloadStore,
    private readonly updates: ChartUpdatesBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'notionchartkit-chart-removals',
    });
    client.on('notification', ({ payload }) => {
      if (payload) this.removed(payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.failures = 0;
  }

  private removed(publicKey: string): void {
    this.updates.deliverLocally({ type: 'gone', publicKey });
    this.store.remove([publicKey]).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'Payload of a deleted chart not removed from Redis');
    });
  }

  private lost(client: Client, error: Error | null): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    void client.end().catch(() => undefined);
    this.logger.warn({ err: error }, 'Chart removal listener disconnected; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = RECONNECT_MS[Math.min(this.failures, RECONNECT_MS.length - 1)];
    this.failures += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Chart removal listener could not reconnect');
        if (!this.stopped) this.scheduleReconnect();
      });
    }, delay);
    this.retry.unref();
  }
}
