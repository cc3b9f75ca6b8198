import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Chart } from '../charts/chart.entity';
import { ChartPayloadService } from '../charts/payload/chart-payload.service';
import { ChartUpdatesBus } from '../charts/payload/chart-updates.bus';
import { PublicPayloadStore } from '../charts/payload/public-payload.store';
import { PUBLIC_KEY_PATTERN } from '../charts/public-key';
import { Clock } from '../core/clock/clock';
import { serviceUnavailable } from '../core/http/api-error';
import { Metrics, type PublicCacheSource } from '../core/metrics/metrics';

/** What a public key names right now. */
export type PublicChart =
  | {
      state: 'public';
      /** The payload JSON, served as stored. */
      body: Buffer;
      etag: string;
      /** Allowed origins; empty: any. */
      origins: readonly string[];
    }
  | { state: 'private' }
  | { state: 'missing' };

const MISSING: PublicChart = { state: 'missing' };
const PRIVATE: PublicChart = { state: 'private' };

/** How long this process serves an entry without asking Redis; updates evict it sooner. */
const LOCAL_TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

interface Entry {
  value: PublicChart;
  expiresAt: number;
}

/** What a lookup found, and where. */
interface Found {
  value: PublicChart;
  source: PublicCacheSource;
}

/**
 * The public endpoints' read path: a short in-process cache, then Redis (one GET), then the
 * PostgreSQL snapshot, which refills Redis (computing first if the snapshot is stale). Misses
 * for one key share one load. Every chart update evicts the key at once, in every process (the
 * update channel), so the cache only saves round trips, never serves a withdrawn key.
 */
@Injectable()
export class PublicChartCache implements OnModuleInit {
  private readonly logger = new Logger(PublicChartCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Found>>();
  /** Bumped by every eviction: a load that started before one must not be remembered. */
  private evictions = 0;

  constructor(
    @InjectRepository(Chart) private readonly charts: Repository<Chart>,
    private readonly store: PublicPayloadStore,
    private readonly payloads: ChartPayloadService,
    private readonly updates: ChartUpdatesBus,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.updates.listen(({ publicKey }) => this.evict(publicKey));
  }

  /** What the key names now, for a request that serves its payload (counted in the metrics). */
  async serve(publicKey: string): Promise<PublicChart> {
    const found = await this.lookup(publicKey);
    if (found.value.state === 'public') this.metrics.publicChartServed(found.source);
    return found.value;
  }

  /**
   * A public chart this process holds in memory, without waiting: a fresh entry, or one that
   * expired less than a TTL ago while a reload runs in the background (so a busy key never
   * makes its requests queue behind a reload). Updates evict entries, so the TTL only bounds
   * how long a lost update message can go unnoticed. `undefined` when that takes a lookup.
   */
  peek(publicKey: string): Extract<PublicChart, { state: 'public' }> | undefined {
    const cached = this.entries.get(publicKey);
    if (!cached || cached.value.state !== 'public') return undefined;
    const now = this.clock.now();
    if (cached.expiresAt > now) return cached.value;
    if (cached.expiresAt + LOCAL_TTL_MS <= now) return undefined;
    void Promise.resolve(this.lookup(publicKey)).catch(() => undefined);
    return cached.value;
  }

  /** What the key names now. */
  async get(publicKey: string): Promise<PublicChart> {
    return (await this.lookup(publicKey)).value;
  }

  private lookup(publicKey: string): Promise<Found> | Found {
    if (!PUBLIC_KEY_PATTERN.test(publicKey)) return { value: MISSING, source: 'memory' };
    const cached = this.entries.get(publicKey);
    if (cached && cached.expiresAt > this.clock.now())
      return { value: cached.value, source: 'memory' };
    let loading = this.loading.get(publicKey);
    if (!loading) {
      const load = this.load(publicKey, cached?.value).finally(() => {
        if (this.loading.get(publicKey) === load) this.loading.delete(publicKey);
      });
      this.loading.set(publicKey, load);
      loading = load;
    }
    return loading;
  }

  private evict(publicKey: string): void {
    this.evictions += 1;
    this.entries.delete(publicKey);
    this.loading.delete(publicKey);
  }

  private async load(publicKey: string, stale: PublicChart | undefined): Promise<Found> {
    const evictionsBefore = this.evictions;
    let found: Found;
    try {
      found = (await this.fromRedis(publicKey)) ?? (await this.fromDatabase(publicKey));
    } catch (error) {
      // Redis and PostgreSQL both failing: what this process last saw beats an error.
      if (stale?.state === 'public') return { value: stale, source: 'memory' };
      this.logger.error({ err: error }, 'Public chart unavailable');
      throw serviceUnavailable('PostgreSQL');
    }
    if (this.evictions === evictionsBefore) this.remember(publicKey, found.value);
    return found;
  }

  private async fromRedis(publicKey: string): Promise<Found | null> {
    try {
      const stored = await this.store.read(publicKey);
      return (
        stored && { value: { state: 'public', body: stored.body, ...stored.meta }, source: 'redis' }
      );
    } catch {
      // Redis is away: the snapshot answers (and its Redis refill is skipped, best effort).
      return null;
    }
  }

  private async fromDatabase(publicKey: string): Promise<Found> {
    const chart = await this.charts.findOne({
      where: { publicKey },
      select: { id: true, isPublic: true },
    });
    if (!chart) return { value: MISSING, source: 'snapshot' };
    if (!chart.isPublic) return { value: PRIVATE, source: 'snapshot' };
    const outcome = await this.payloads.ensureCurrent(chart.id);
    if (!outcome || outcome.chart.publicKey !== publicKey) {
      return { value: MISSING, source: 'snapshot' };
    }
    if (!outcome.chart.isPublic) return { value: PRIVATE, source: 'snapshot' };
    return {
      value: {
        state: 'public',
        body: Buffer.from(outcome.snapshot.payload),
        etag: outcome.snapshot.etag,
        origins: outcome.chart.allowedOrigins,
      },
      source: outcome.computed ? 'computed' : 'snapshot',
    };
  }

  private remember(publicKey: string, value: PublicChart): void {
    this.entries.delete(publicKey);
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the first key is the one stored longest ago.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(publicKey, { value, expiresAt: this.clock.now() + LOCAL_TTL_MS });
  }
}
