/**
 * A Notion-compatible API server for tests, demo mode and benchmarks. Point the Notion SDK
 * at it with `new Client({ auth, baseUrl: sandbox.url })`.
 */
export { startSandbox, type Sandbox, type SandboxOptions } from './sandbox.server';
export type {
  AuthorizeOptions,
  CreatedDataSource,
  IssuedToken,
  IssueTokenOptions,
  NewDataSourceOptions,
  SandboxControl,
} from './control/sandbox-control.control';
export type {
  RateLimitedEvent,
  RequestEvent,
  SandboxEventMap,
  SandboxEventName,
  SandboxEvents,
} from './control/sandbox-events.events';
export { createManualClock, type ManualClock } from './core/clock.util';
export {
  ACME_PEOPLE,
  DEMO_INTERNAL_TOKEN,
  GLOBEX_INTERNAL_TOKEN,
  GLOBEX_PEOPLE,
  SANDBOX_OAUTH_CLIENT,
  SEED_DEALS,
  SEED_IDS,
  SEED_NOW,
} from './seed/seed-ids.constants';
export { DEMO_SEED, SEED_NAMES, type SeedName } from './seed/seed-catalog.seed';
export type { LargeDataSourceOptions } from './seed/large-data-source.seed';
export { DEFAULT_QUERY_RESULT_LIMIT } from './query/data-source-query.service';
export { NOTION_RATE_LIMIT, type RateLimitConfig } from './traffic/rate-limiter.limiter';
export { FAULT_STATUSES, type FaultRule, type FaultStatus } from './traffic/fault-injector.faults';
export type { RequestCounts, TokenCounts } from './traffic/request-counters.counter';
export type { OAuthClientConfig } from './auth/oauth.service';
export type { PropertyDefinition, OptionInput } from './store/property-builder.factory';
export type {
  DateInput,
  FileInput,
  RowValue,
  RowValues,
  VerificationInput,
} from './store/row-input.parser';
export type { WriteOptions } from './store/row-writer.service';
export type { FormulaDefinition, FormulaRow, TextRun } from './model/property.types';
export {
  WEBHOOK_EVENT_TYPES,
  type DeliveryRecord,
  type WebhookEventType,
  type WebhookSubscription,
  type WebhookSubscriptionOptions,
} from './webhooks/webhook.types';
