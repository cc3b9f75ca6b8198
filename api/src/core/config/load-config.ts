import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type AppConfig } from './app-config';
import { EnvironmentVariables } from './env.schema';

/** Start-up stops with this: one line per bad or missing variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Credentials the sandbox accepts for its OAuth client in demo mode. */
export const DEMO_OAUTH_CLIENT = {
  id: 'notionchartkit-demo',
  secret: 'notionchartkit-demo-secret',
};

export interface LoadedConfig {
  config: AppConfig;
  /** Said once in the log at boot, e.g. that throwaway secrets are in use. */
  notices: string[];
}

/** One line per bad variable: its first failed rule says what is expected. */
function flattenProblems(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1));
}

/** The built SPA beside the API in the monorepo (`api/{src,dist}/core/config` → `spa/dist`). */
function defaultSpaDistDir(): string | null {
  const dir = join(__dirname, '..', '..', '..', '..', 'spa', 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Validates `env` once and maps it into the typed configuration. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const raw = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, raw, { excludeExtraneousValues: false });
  const problems = flattenProblems(validateSync(vars, { skipMissingProperties: false }));

  const demoMode = vars.NOTION_CLIENT_ID === undefined;
  const notices: string[] = [];

  if (!demoMode) {
    if (!vars.NOTION_CLIENT_SECRET)
      problems.push('NOTION_CLIENT_SECRET is required with NOTION_CLIENT_ID');
    if (!vars.SESSION_SECRET) problems.push('SESSION_SECRET is required outside demo mode');
    if (!vars.ENCRYPTION_KEY) problems.push('ENCRYPTION_KEY is required outside demo mode');
  }
  const encryptionKey = vars.ENCRYPTION_KEY ? Buffer.from(vars.ENCRYPTION_KEY, 'base64') : null;
  if (encryptionKey && encryptionKey.length !== 32) {
    problems.push(`ENCRYPTION_KEY must decode to 32 bytes (it decodes to ${encryptionKey.length})`);
  }
  const previousKeys = (vars.ENCRYPTION_KEYS_PREVIOUS ?? '')
    .split(',')
    .filter(Boolean)
    .map((encoded) => Buffer.from(encoded, 'base64'));
  if (previousKeys.some((previous) => previous.length !== 32)) {
    problems.push('ENCRYPTION_KEYS_PREVIOUS must be comma-separated base64 keys of 32 bytes');
  }
  if (vars.METRICS_PORT !== undefined && !vars.METRICS_TOKEN) {
    problems.push('METRICS_PORT needs METRICS_TOKEN: the metrics are only served with a token');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const throwaway: string[] = [];
  const sessionSecret =
    vars.SESSION_SECRET ??
    (throwaway.push('SESSION_SECRET'), randomBytes(32).toString('base64url'));
  const key = encryptionKey ?? (throwaway.push('ENCRYPTION_KEY'), randomBytes(32));
  if (demoMode) {
    notices.push(
      'Demo mode: NOTION_CLIENT_ID is unset, so sign-in uses the Notion sandbox at NOTION_API_BASE_URL' +
        (throwaway.length
          ? ` and ${throwaway.join(' and ')} are throwaway values for this process`
          : ''),
    );
  }

  const port = vars.PORT ?? 3000;
  const config: AppConfig = {
    env: (vars.NODE_ENV as AppConfig['env'] | undefined) ?? 'development',
    demoMode,
    http: {
      port,
      host: vars.HOST ?? '0.0.0.0',
      appUrl: (vars.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
      trustProxy: vars.TRUST_PROXY ?? 0,
      spaDistDir: vars.SPA_DIST_DIR ?? defaultSpaDistDir(),
    },
    database: { url: vars.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/notionchartkit' },
    redis: { url: vars.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: vars.REDIS_PREFIX ?? 'nck' },
    notion: {
      apiBaseUrl: (vars.NOTION_API_BASE_URL ?? 'https://api.notion.com').replace(/\/+$/, ''),
      clientId: vars.NOTION_CLIENT_ID ?? DEMO_OAUTH_CLIENT.id,
      clientSecret: vars.NOTION_CLIENT_SECRET ?? DEMO_OAUTH_CLIENT.secret,
      webhookSecret: vars.NOTION_WEBHOOK_SECRET ?? null,
    },
    secrets: { sessionSecret, encryptionKey: key, previousEncryptionKeys: previousKeys },
    rateLimits: {
      perUserPerMinute: vars.RATE_LIMIT_USER_PER_MINUTE ?? 600,
      perIpPerMinute: vars.RATE_LIMIT_IP_PER_MINUTE ?? 300,
      publicPerIpPerMinute: vars.RATE_LIMIT_PUBLIC_PER_MINUTE ?? 1200,
    },
    log: { level: vars.LOG_LEVEL ?? 'info' },
    sync: {
      attempts: vars.SYNC_ATTEMPTS ?? 5,
      retryDelayMs: vars.SYNC_RETRY_DELAY_MS ?? 5000,
      minIntervalMs: vars.SYNC_MIN_INTERVAL_MS ?? 60_000,
      shutdownGraceMs: vars.SYNC_SHUTDOWN_GRACE_MS ?? 20_000,
    },
    metrics: { token: vars.METRICS_TOKEN ?? null, port: vars.METRICS_PORT ?? null },
  };
  return { config, notices };
}
