import { DEMO_SEED, SEED_NAMES, type SeedName } from '../seed/seed-catalog.seed';
import { SANDBOX_OAUTH_CLIENT } from '../seed/seed-ids.constants';
import { NOTION_RATE_LIMIT } from '../traffic/rate-limiter.limiter';
import type { SandboxOptions } from '../sandbox.server';

/** Port of the command-line sandbox when `SANDBOX_PORT` is not set. */
export const DEFAULT_CLI_PORT = 4100;

export type EnvConfig = { ok: true; options: SandboxOptions } | { ok: false; problems: string[] };

function integer(
  raw: string | undefined,
  name: string,
  fallback: number,
  problems: string[],
): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    problems.push(`${name} should be a non-negative integer, got "${raw}"`);
  return value;
}

function seeds(raw: string | undefined, problems: string[]): readonly SeedName[] {
  if (raw === undefined || raw === '' || raw === 'demo') return DEMO_SEED;
  if (raw === 'none') return [];
  const names = raw.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(SEED_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) {
    problems.push(
      `SANDBOX_SEED has unknown seeds ${unknown.join(', ')} (use demo, none, or ${SEED_NAMES.join(',')})`,
    );
  }
  return names as SeedName[];
}

/**
 * Reads the command-line sandbox's settings. Rate limiting is on unless `SANDBOX_RATE_LIMIT=off`,
 * since a sandbox run on its own stands in for Notion (demo mode, benchmarks).
 */
export function configFromEnv(env: NodeJS.ProcessEnv): EnvConfig {
  const problems: string[] = [];
  const rateLimit = env.SANDBOX_RATE_LIMIT ?? 'on';
  if (rateLimit !== 'on' && rateLimit !== 'off') {
    problems.push(`SANDBOX_RATE_LIMIT should be "on" or "off", got "${rateLimit}"`);
  }
  const clientId = env.NOTION_CLIENT_ID || SANDBOX_OAUTH_CLIENT.clientId;
  const clientSecret = env.NOTION_CLIENT_SECRET || SANDBOX_OAUTH_CLIENT.clientSecret;
  if (Boolean(env.NOTION_CLIENT_ID) !== Boolean(env.NOTION_CLIENT_SECRET)) {
    problems.push('NOTION_CLIENT_ID and NOTION_CLIENT_SECRET go together');
  }
  const options: SandboxOptions = {
    port: integer(env.SANDBOX_PORT, 'SANDBOX_PORT', DEFAULT_CLI_PORT, problems),
    host: env.SANDBOX_HOST || '127.0.0.1',
    seed: seeds(env.SANDBOX_SEED, problems),
    largeRows: integer(env.SANDBOX_LARGE_ROWS, 'SANDBOX_LARGE_ROWS', 100_000, problems),
    rateLimit:
      rateLimit === 'on'
        ? {
            requestsPerSecond: integer(
              env.SANDBOX_RATE_LIMIT_RPS,
              'SANDBOX_RATE_LIMIT_RPS',
              NOTION_RATE_LIMIT.requestsPerSecond,
              problems,
            ),
            burst: integer(
              env.SANDBOX_RATE_LIMIT_BURST,
              'SANDBOX_RATE_LIMIT_BURST',
              NOTION_RATE_LIMIT.burst,
              problems,
            ),
          }
        : false,
    oauth: {
      clientId,
      clientSecret,
      redirectUris: (env.SANDBOX_REDIRECT_URIS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      autoConsent:
        env.SANDBOX_OAUTH_AUTO_CONSENT === '1' || env.SANDBOX_OAUTH_AUTO_CONSENT === 'true',
    },
    queryResultLimit: integer(
      env.SANDBOX_QUERY_RESULT_LIMIT,
      'SANDBOX_QUERY_RESULT_LIMIT',
      10_000,
      problems,
    ),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
