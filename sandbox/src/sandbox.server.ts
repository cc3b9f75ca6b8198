import { AccessPolicy } from './auth/access.policy';
import { OAuthService, type OAuthClientConfig } from './auth/oauth.service';
import { TokenRegistry } from './auth/token.registry';
import { ValueResolver } from './compute/value-resolver.compute';
import { SandboxControl } from './control/sandbox-control.control';
import { SandboxEvents } from './control/sandbox-events.events';
import { clockFrom } from './core/clock.util';
import { Delays } from './core/delays.util';
import { ApiApp } from './http/api-app.http';
import {
  DataSourceQueryService,
  DEFAULT_QUERY_RESULT_LIMIT,
} from './query/data-source-query.service';
import { ResultCache } from './query/result-cache.cache';
import { SearchService } from './query/search.service';
import { registerControlRoutes } from './routes/control.routes';
import { registerDataSourceRoutes } from './routes/data-sources.routes';
import { registerDatabaseRoutes } from './routes/databases.routes';
import { registerOAuthRoutes } from './routes/oauth.routes';
import { registerPageRoutes } from './routes/pages.routes';
import type { RouteDeps } from './routes/route-support.util';
import { registerSearchRoutes } from './routes/search.routes';
import { registerUserRoutes } from './routes/users.routes';
import { loadSeeds, type SeedName } from './seed/seed-catalog.seed';
import { SANDBOX_OAUTH_CLIENT, SEED_IDS } from './seed/seed-ids.constants';
import { RowWriter } from './store/row-writer.service';
import { SchemaWriter } from './store/schema-writer.service';
import { WorkspaceStore } from './store/workspace.store';
import { FaultInjector } from './traffic/fault-injector.faults';
import { RateLimiter, type RateLimitConfig } from './traffic/rate-limiter.limiter';
import { RequestCounters } from './traffic/request-counters.counter';
import { WebhookEmitter } from './webhooks/webhook.emitter';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Content to load; default the demo seed (`acme`, `globex`). */
  seed?: readonly SeedName[];
  /** Rows of the `large` seed; default 100,000. */
  largeRows?: number;
  /** Off by default; `NOTION_RATE_LIMIT` is Notion's documented 3 requests/s. */
  rateLimit?: RateLimitConfig | false;
  /** The public integration's OAuth client; default `SANDBOX_OAUTH_CLIENT`. */
  oauth?: OAuthClientConfig;
  /** Clock override (rate limits, timestamps of edits, relative date filters, code expiry). */
  now?: () => Date;
  /** Results per query before Notion's cut; default 10,000. */
  queryResultLimit?: number;
}

export interface Sandbox {
  /** Base URL without `/v1`, as the SDK's `baseUrl` option takes it. */
  readonly url: string;
  readonly control: SandboxControl;
  close(): Promise<void>;
}

/** Starts a Notion-compatible API server with seeded workspaces. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = clockFrom(options.now);
  const store = new WorkspaceStore();
  const tokens = new TokenRegistry();
  const writer = new RowWriter(store, clock);
  loadSeeds(store, tokens, writer, { seed: options.seed, largeRows: options.largeRows });

  const events = new SandboxEvents();
  const delays = new Delays();
  const resolver = new ValueResolver(store);
  const access = new AccessPolicy(store);
  const cache = new ResultCache();
  const queries = new DataSourceQueryService(store, resolver, cache, clock);
  const limiter = new RateLimiter(clock, options.rateLimit || null);
  const faults = new FaultInjector();
  const counters = new RequestCounters();
  const oauth = new OAuthService(store, tokens, clock, options.oauth ?? SANDBOX_OAUTH_CLIENT);
  const webhooks = new WebhookEmitter(store, clock, delays, events, SEED_IDS.acme.workspaceId);
  const control = new SandboxControl(
    {
      store,
      writer,
      schema: new SchemaWriter(store, clock),
      tokens,
      limiter,
      faults,
      counters,
      queries,
      webhooks,
      oauth,
      events,
      clock,
    },
    options.queryResultLimit ?? DEFAULT_QUERY_RESULT_LIMIT,
  );

  let url = '';
  const deps: RouteDeps = { store, resolver, access, clock, baseUrl: () => url };
  const app = new ApiApp({ tokens, limiter, faults, counters, events, delays });
  registerUserRoutes(app, deps);
  registerSearchRoutes(app, deps, new SearchService(store, resolver, access, cache));
  registerDatabaseRoutes(app, deps);
  registerDataSourceRoutes(app, deps, queries);
  registerPageRoutes(app, deps);
  registerOAuthRoutes(app, deps, oauth);
  registerControlRoutes(app, control, () => url);

  const host = options.host ?? '127.0.0.1';
  await app.fastify.listen({ port: options.port ?? 0, host });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${String(port)}`;

  return {
    url,
    control,
    close: async () => {
      webhooks.close();
      delays.cancelAll();
      await app.fastify.close();
      events.removeAll();
    },
  };
}
