import { NotionError, validationError } from '../core/notion-error.error';
import { Prng } from '../core/prng.util';

export const FAULT_STATUSES = [500, 502, 503, 504, 529] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

export interface FaultRule {
  /** An endpoint key such as `POST /v1/data_sources/:data_source_id/query`; omitted: all of `/v1`. */
  endpoint?: string;
  /** Only requests with this bearer token; omitted: every caller. */
  token?: string;
  /** Share (0–1) of matching requests answered with one of `statuses`. */
  errorRate?: number;
  /** Default: all of 500, 502, 503, 504 and 529, picked at random. */
  statuses?: FaultStatus[];
  /** Share (0–1) answered with an HTML page and no request id, like an edge proxy. */
  nonJsonRate?: number;
  /** Status of those HTML answers; default 502. */
  nonJsonStatus?: number;
  /** Delay before answering, applied to a share (`slowRate`, default 1) of matching requests. */
  slowMs?: number;
  slowRate?: number;
  /** The rule is dropped after it has fired this many times. */
  times?: number;
}

export type FaultOutcome =
  { kind: 'none' } | { kind: 'error'; error: NotionError } | { kind: 'non_json'; status: number };

export interface FaultDecision {
  delayMs: number;
  outcome: FaultOutcome;
}

const NO_FAULT: FaultDecision = { delayMs: 0, outcome: { kind: 'none' } };

const QUERY_ENDPOINT = 'POST /v1/data_sources/:data_source_id/query';

/** Seed of the fault dice, reset on every `set` so a test sees the same sequence each run. */
const FAULT_SEED = 'notion-sandbox-faults';

function shareOf(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || value < 0 || value > 1) {
    throw validationError(`${name} should be a number between 0 and 1.`);
  }
  return value;
}

function parseRule(raw: unknown): FaultRule {
  if (typeof raw !== 'object' || raw === null)
    throw validationError('A fault rule should be an object.');
  const rule = raw as Record<string, unknown>;
  const statuses = rule.statuses;
  if (
    statuses !== undefined &&
    (!Array.isArray(statuses) ||
      statuses.length === 0 ||
      !statuses.every((s) => (FAULT_STATUSES as readonly unknown[]).includes(s)))
  ) {
    throw validationError(`statuses should list some of ${FAULT_STATUSES.join(', ')}.`);
  }
  for (const key of ['endpoint', 'token'] as const) {
    if (rule[key] !== undefined && typeof rule[key] !== 'string') {
      throw validationError(`${key} should be a string.`);
    }
  }
  for (const key of ['slowMs', 'times', 'nonJsonStatus'] as const) {
    const value = rule[key];
    if (
      value !== undefined &&
      (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    ) {
      throw validationError(`${key} should be a non-negative integer.`);
    }
  }
  return {
    endpoint: rule.endpoint as string | undefined,
    token: rule.token as string | undefined,
    errorRate: shareOf(rule.errorRate, 'errorRate'),
    statuses: statuses as FaultStatus[] | undefined,
    nonJsonRate: shareOf(rule.nonJsonRate, 'nonJsonRate'),
    nonJsonStatus: rule.nonJsonStatus as number | undefined,
    slowMs: rule.slowMs as number | undefined,
    slowRate: shareOf(rule.slowRate, 'slowRate'),
    times: rule.times as number | undefined,
  };
}

/** The error bodies Notion sends for each failure, the query 503 with its retry guidance. */
function faultError(status: FaultStatus, endpoint: string): NotionError {
  switch (status) {
    case 500:
      return new NotionError(500, 'internal_server_error', 'Unexpected error occurred.');
    case 502:
      return new NotionError(502, 'bad_gateway', 'Bad Gateway');
    case 503:
      return endpoint === QUERY_ENDPOINT
        ? new NotionError(
            503,
            'service_unavailable',
            'Public API data source query is temporarily unavailable due to backend datastore timeouts. Retry with exponential backoff; if retries continue to fail, reduce page_size or narrow filters/sorts.',
            {
              endpoint_name: 'public_queryDataSource',
              notion_error_name: 'PgPoolWaitConnectionTimeout',
              retry_guidance: [
                'Use exponential backoff with jitter',
                'Reduce page_size',
                'Narrow query filters/sorts',
              ],
            },
          )
        : new NotionError(
            503,
            'service_unavailable',
            'Notion is unavailable, please try again later.',
          );
    case 504:
      return new NotionError(504, 'gateway_timeout', 'Gateway Timeout');
    case 529:
      return new NotionError(
        529,
        'service_overload',
        'Notion is experiencing high load. Please try again later.',
        undefined,
        { 'retry-after': '1' },
      );
  }
}

/** Decides, per request, whether to fail, answer garbage, or answer late. */
export class FaultInjector {
  private rules: { rule: FaultRule; fired: number }[] = [];
  private dice = new Prng(FAULT_SEED);

  set(rawRules: readonly unknown[]): FaultRule[] {
    const rules = rawRules.map(parseRule);
    this.rules = rules.map((rule) => ({ rule, fired: 0 }));
    this.dice = new Prng(FAULT_SEED);
    return rules;
  }

  get active(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  decide(endpoint: string, token: string | null): FaultDecision {
    const entry = this.rules.find(
      ({ rule }) =>
        (rule.endpoint === undefined || rule.endpoint === endpoint) &&
        (rule.token === undefined || rule.token === token),
    );
    if (!entry) return NO_FAULT;
    const { rule } = entry;
    const delayMs = rule.slowMs && this.dice.chance(rule.slowRate ?? 1) ? rule.slowMs : 0;
    let outcome: FaultOutcome = { kind: 'none' };
    if (this.dice.chance(rule.errorRate ?? 0)) {
      const status = this.dice.pick(rule.statuses ?? FAULT_STATUSES);
      outcome = { kind: 'error', error: faultError(status, endpoint) };
    } else if (this.dice.chance(rule.nonJsonRate ?? 0)) {
      outcome = { kind: 'non_json', status: rule.nonJsonStatus ?? 502 };
    }
    if (delayMs > 0 || outcome.kind !== 'none') {
      entry.fired++;
      if (rule.times !== undefined && entry.fired >= rule.times) {
        this.rules = this.rules.filter((r) => r !== entry);
      }
    }
    return { delayMs, outcome };
  }
}

/** What an edge proxy sends when Notion's API is not reached. */
const STATUS_TEXT: Record<number, string> = {
  403: 'Forbidden',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

export function edgeProxyPage(status: number): string {
  const title = `${status} ${STATUS_TEXT[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n`;
}
