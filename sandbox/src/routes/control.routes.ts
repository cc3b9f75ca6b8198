import type { SandboxControl } from '../control/sandbox-control.control';
import { quoted, validationError } from '../core/notion-error.error';
import {
  json,
  type ApiApp,
  type ControlContext,
  type JsonObject,
  type Reply,
} from '../http/api-app.http';
import { DEMO_SEED, SEED_NAMES } from '../seed/seed-catalog.seed';
import {
  DEMO_INTERNAL_TOKEN,
  GLOBEX_INTERNAL_TOKEN,
  SANDBOX_OAUTH_CLIENT,
  SEED_DEALS,
  SEED_IDS,
} from '../seed/seed-ids.constants';
import type { PropertyDefinition } from '../store/property-builder.factory';
import type { RowValues } from '../store/row-input.parser';
import type { FaultRule } from '../traffic/fault-injector.faults';
import { parseRateLimitConfig } from '../traffic/rate-limiter.limiter';
import type { WebhookSubscriptionOptions } from '../webhooks/webhook.types';

function record(body: JsonObject, key: string): JsonObject {
  const value = body[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw validationError(`${key} should be an object, instead was ${quoted(value)}.`);
  }
  return value as JsonObject;
}

function optionalString(body: JsonObject, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || typeof value === 'string') return value;
  throw validationError(`${key} should be a string, instead was ${quoted(value)}.`);
}

function requiredString(body: JsonObject, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined) throw validationError(`${key} is required.`);
  return value;
}

function optionalBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || typeof value === 'boolean') return value;
  throw validationError(`${key} should be a boolean, instead was ${quoted(value)}.`);
}

const OPTION_TYPES = new Set(['select', 'multi_select', 'status']);

/**
 * A property definition sent as JSON. Formulas are TypeScript functions here, so only
 * in-process callers can add one.
 */
function propertyDefinition(body: JsonObject): PropertyDefinition {
  requiredString(body, 'name');
  const type = requiredString(body, 'type');
  if (type === 'formula') {
    throw validationError('Formula properties can only be added in-process (they are functions).');
  }
  if (OPTION_TYPES.has(type) && !Array.isArray(body.options)) {
    throw validationError(`${type} properties need an options array.`);
  }
  if (type === 'relation') requiredString(body, 'dataSourceId');
  if (type === 'rollup') {
    requiredString(body, 'relation');
    requiredString(body, 'property');
    requiredString(body, 'function');
  }
  // The builder checks the references (relations, rollups) against the store.
  return body as unknown as PropertyDefinition;
}

function writeOptions(body: JsonObject): { actorId?: string } {
  return { actorId: optionalString(body, 'actorId') };
}

/**
 * The control API under `/_sandbox`, for tests and benchmarks that run the sandbox in another
 * process. Every route maps to one `SandboxControl` method; see the package README.
 */
export function registerControlRoutes(
  app: ApiApp,
  control: SandboxControl,
  baseUrl: () => string,
): void {
  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    handler: (ctx: ControlContext) => Reply | Promise<Reply>,
  ) => app.route({ method, path: `/_sandbox${path}`, auth: 'control', handler });

  route('GET', '', () =>
    json({
      url: baseUrl(),
      seeds: { available: SEED_NAMES, default: DEMO_SEED },
      ids: SEED_IDS,
      deals: SEED_DEALS,
      tokens: { demo: DEMO_INTERNAL_TOKEN, globex: GLOBEX_INTERNAL_TOKEN },
      oauthClientId: SANDBOX_OAUTH_CLIENT.clientId,
      rateLimit: control.rateLimit,
      faults: control.faults,
      queryResultLimit: control.resultLimit,
    }),
  );

  route('POST', '/data-sources', ({ body }) => {
    if (!Array.isArray(body.properties)) throw validationError('properties should be an array.');
    return json(
      control.createDataSource({
        title: requiredString(body, 'title'),
        properties: body.properties.map((p) => propertyDefinition(p as JsonObject)),
        workspaceId: optionalString(body, 'workspaceId'),
        shared: optionalBoolean(body, 'shared'),
      }),
    );
  });

  route('POST', '/data-sources/large', ({ body }) => {
    const rows = body.rows;
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) {
      throw validationError('rows should be a non-negative integer.');
    }
    return json(
      control.generateLargeDataSource({
        rows,
        title: optionalString(body, 'title'),
        workspaceId: optionalString(body, 'workspaceId'),
      }),
    );
  });

  route('POST', '/data-sources/:id/rows', ({ params, body }) =>
    json({
      id: control.createRow(params.id, record(body, 'values') as RowValues, writeOptions(body)),
    }),
  );

  route('PATCH', '/pages/:id', ({ params, body }) => {
    control.updateRow(params.id, record(body, 'values') as RowValues, writeOptions(body));
    return json({ id: params.id });
  });

  route('POST', '/pages/:id/trash', ({ params, body }) => {
    control.trashRow(params.id, writeOptions(body));
    return json({ id: params.id });
  });

  route('POST', '/pages/:id/restore', ({ params, body }) => {
    control.restoreRow(params.id, writeOptions(body));
    return json({ id: params.id });
  });

  route('DELETE', '/pages/:id', ({ params }) => {
    control.purgeRow(params.id);
    return json({ id: params.id });
  });

  route('POST', '/data-sources/:id/properties', ({ params, body }) =>
    json({
      id: control.addProperty(params.id, propertyDefinition(body), optionalString(body, 'actorId')),
    }),
  );

  route('PATCH', '/data-sources/:id/properties/:property', ({ params, body }) => {
    control.renameProperty(
      params.id,
      params.property,
      requiredString(body, 'name'),
      optionalString(body, 'actorId'),
    );
    return json({ ok: true });
  });

  route('DELETE', '/data-sources/:id/properties/:property', ({ params }) => {
    control.removeProperty(params.id, params.property);
    return json({ ok: true });
  });

  route('PUT', '/databases/:id/shared', ({ params, body }) => {
    const shared = optionalBoolean(body, 'shared');
    if (shared === undefined) throw validationError('shared is required.');
    control.setShared(params.id, shared);
    return json({ shared });
  });

  route('GET', '/rate-limit', () => json({ rateLimit: control.rateLimit }));
  route('PUT', '/rate-limit', ({ body }) => {
    control.setRateLimit(body.enabled === false ? false : parseRateLimitConfig(body));
    return json({ rateLimit: control.rateLimit });
  });

  route('GET', '/faults', () => json({ rules: control.faults }));
  route('PUT', '/faults', ({ body }) => {
    if (!Array.isArray(body.rules)) throw validationError('rules should be an array.');
    return json({ rules: control.setFaults(body.rules as FaultRule[]) });
  });
  route('DELETE', '/faults', () => {
    control.clearFaults();
    return json({ rules: [] });
  });

  route('GET', '/counters', () => json(control.counters()));
  route('DELETE', '/counters', () => {
    control.resetCounters();
    return json(control.counters());
  });

  route('PUT', '/query-result-limit', ({ body }) => {
    const limit = body.limit;
    if (typeof limit !== 'number') throw validationError('limit should be a number.');
    control.setQueryResultLimit(limit);
    return json({ limit });
  });

  route('POST', '/tokens', ({ body }) =>
    json(
      control.issueToken({
        workspaceId: optionalString(body, 'workspaceId'),
        readContent: optionalBoolean(body, 'readContent'),
        readUsers: optionalBoolean(body, 'readUsers'),
      }),
    ),
  );
  route('DELETE', '/tokens/:token', ({ params }) =>
    json({ revoked: control.revokeToken(params.token) }),
  );

  route('POST', '/oauth/authorize', ({ body }) =>
    json(
      control.authorize({
        redirectUri: optionalString(body, 'redirectUri'),
        state: optionalString(body, 'state'),
        workspaceId: optionalString(body, 'workspaceId'),
        userId: optionalString(body, 'userId'),
      }),
    ),
  );

  route('GET', '/webhooks', () => json({ subscriptions: control.webhooks.list() }));
  route('POST', '/webhooks', async ({ body }) => {
    requiredString(body, 'url');
    if (!Array.isArray(body.eventTypes)) throw validationError('eventTypes should be an array.');
    return json(await control.webhooks.subscribe(body as unknown as WebhookSubscriptionOptions));
  });
  route('POST', '/webhooks/flush', async () => {
    await control.webhooks.flush();
    return json({ ok: true });
  });
  route('GET', '/webhooks/deliveries', ({ query }) =>
    json({ deliveries: control.webhooks.deliveries(query.get('subscriptionId') ?? undefined) }),
  );
  route('POST', '/webhooks/:id/verify', ({ params }) => json(control.webhooks.verify(params.id)));
  route('DELETE', '/webhooks/:id', ({ params }) => {
    control.webhooks.unsubscribe(params.id);
    return json({ ok: true });
  });
}
