import { DEMO_INTERNAL_TOKEN, SEED_IDS, type Sandbox } from '@notionchartkit/notion-sandbox';
import type { InjectOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { startTestSandbox } from '../support/notion-sandbox';
import { probe, type ProbeAnswer } from '../support/probe';
import { type RouteEntry, routeTable } from '../support/route-table';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';

const REQUESTS = 1000;
const MB = 1024 * 1024;

type Method = NonNullable<InjectOptions['method']>;

/** A small seeded generator (mulberry32): the same 1,000 requests in every run. */
function seeded(seed: number): <T>(items: readonly T[]) => T {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (items) => items[Math.floor(next() * items.length)];
}

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const cursorOf = (value: string) => Buffer.from(value).toString('base64url');

/** Path parameter values: malformed ids, traversal, injection, unicode, huge. */
const BAD_IDS = [
  'not-a-uuid',
  '123',
  '-1',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  "'%20OR%201%3D1--",
  '%00',
  '%F0%9F%92%A5',
  '%E2%80%AE',
  encodeURIComponent(`${randomUUID()}x`),
  randomUUID().toUpperCase(),
  'a'.repeat(5000),
  randomUUID(),
  '%ZZ',
];

const QUERIES = [
  '',
  'limit=abc',
  'limit=-1',
  'limit=0',
  'limit=1e309',
  'limit=201',
  'limit=1.5',
  'limit[]=1',
  'limit=1&limit=2',
  'cursor=%%%',
  `cursor=${cursorOf('["a"]')}`,
  `cursor=${cursorOf('[{},[]]')}`,
  `cursor=${cursorOf('{"__proto__":{"polluted":1}}')}`,
  `cursor=${cursorOf('["2026-01-01T00:00:00Z","not-a-uuid"]')}`,
  `cursor=${cursorOf('["not a date","00000000-0000-0000-0000-000000000000"]')}`,
  `cursor=${cursorOf('["a\\u0000"]')}`,
  `cursor=${cursorOf('["2026-01-01T00:00:00Z","00000000-0000-0000-0000-000000000000\\u0000"]')}`,
  `cursor=${'A'.repeat(20_000)}`,
  `query=${'q'.repeat(50_000)}`,
  'query=%00',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  'mode=full&datasetId=not-a-uuid',
  `datasetId=${randomUUID()}`,
  'code=x&state=y',
  'error=access_denied&state=%00',
  'url=javascript:alert(1)',
];

interface BodyCase {
  name: string;
  payload?: string;
  contentType?: string;
}

const json = (name: string, payload: string): BodyCase => ({
  name,
  payload,
  contentType: 'application/json',
});

const BODIES: BodyCase[] = [
  { name: 'no body' },
  json('empty JSON body', ''),
  json('invalid JSON', '{bad'),
  json('trailing comma', '{"name":"a",}'),
  json('JSON null', 'null'),
  json('JSON number', '42'),
  json('JSON string', '"name"'),
  json('JSON array', '[1,2,3]'),
  json('JSON true', 'true'),
  json('empty object', '{}'),
  json('wrong types', '{"name":123,"token":{},"connectionId":[],"dataSourceId":false}'),
  json('wrong types 2', '{"refreshIntervalMinutes":"sixty","mode":7,"isPublic":"yes"}'),
  json('out of range', '{"refreshIntervalMinutes":1e309,"limit":-5}'),
  json(
    'unknown fields',
    '{"name":"x","isAdmin":true,"ownerId":"00000000-0000-0000-0000-000000000000"}',
  ),
  json('proto key', '{"__proto__":{"polluted":true},"name":"x"}'),
  json('constructor key', '{"constructor":{"prototype":{"polluted":true}},"name":"x"}'),
  json('nested proto', '{"config":{"__proto__":{"polluted":true}},"name":"x"}'),
  json('deep nesting 1k', nested(1000)),
  json('deep nesting 10k', nested(10_000)),
  json('deep arrays 10k', nestedArray(10_000)),
  json('deep nesting in a field', `{"name":${nested(5000)},"config":${nested(5000)}}`),
  json('huge string under 1 MB', JSON.stringify({ name: 'x'.repeat(MB - 100) })),
  json('huge string over 1 MB', JSON.stringify({ name: 'x'.repeat(MB + 100) })),
  json(
    'many fields',
    JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f${i}`, i]))),
  ),
  json('NUL in a name', '{"name":"a\\u0000b"}'),
  json('NUL in strings', '{"name":"a\\u0000b","token":"\\u0000","mode":"full\\u0000"}'),
  json('lone surrogates', '{"name":"\\ud800\\udfff\\ud800","token":"\\udc00"}'),
  json('unicode', JSON.stringify({ name: '\u202eevil\u200b💥 Ω 𝕏', token: 'ntn_💥' })),
  json(
    'path traversal values',
    '{"name":"../../etc/passwd","dataSourceId":"../../x","connectionId":"..%2f"}',
  ),
  json(
    'injection values',
    `{"name":"'; DROP TABLE users;--","dataSourceId":"' OR 1=1--","token":"\\"><script>"}`,
  ),
  json('bad uuids', '{"connectionId":"not-a-uuid","dataSourceId":"zz","datasetId":"1"}'),
  json(
    'valid-looking ids',
    JSON.stringify({
      connectionId: randomUUID(),
      dataSourceId: SEED_IDS.acme.salesDataSourceId,
      datasetId: randomUUID(),
    }),
  ),
  json('chart config junk', '{"name":"c","config":{"type":"bar","x":{"property":{}},"y":"all"}}'),
  json('chart config deep', `{"name":"c","config":{"type":"bar","filters":${nestedArray(3000)}}}`),
  json('numbers as strings', '{"limit":"10","refreshIntervalMinutes":"15"}'),
  json('big numbers', '{"refreshIntervalMinutes":99999999999999999999999,"limit":1e400}'),
  json('webhook junk', '{"verification_token":{"a":1},"type":["page.created"],"entity":null}'),
  { name: 'JSON as text/plain', payload: '{"name":"x"}', contentType: 'text/plain' },
  {
    name: 'form encoded',
    payload: 'name=x&__proto__[polluted]=1',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'multipart junk',
    payload: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--',
    contentType: 'multipart/form-data; boundary=xyz',
  },
  {
    name: 'xml',
    payload:
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY y SYSTEM "file:///etc/passwd">]><x>&y;</x>',
    contentType: 'application/xml',
  },
  {
    name: 'json with utf-16 charset',
    payload: '{"name":"x"}',
    contentType: 'application/json; charset=utf-16',
  },
  { name: 'junk content type', payload: '{"name":"x"}', contentType: ';;;/;' },
  {
    name: 'octet stream',
    payload: '\u0000\u0001\u0002\u00ff',
    contentType: 'application/octet-stream',
  },
  { name: 'binary as JSON', payload: '\u00ff\u00fe\u0000{', contentType: 'application/json' },
];

const HEADER_JUNK: Record<string, string>[] = [
  {},
  { authorization: 'Bearer ' },
  { authorization: 'Bearer nck_' },
  { authorization: `Bearer nck_${'A'.repeat(6000)}` },
  { authorization: 'Basic YWRtaW46YWRtaW4=' },
  { authorization: 'Bearer nck_\u00ff\u00fe' },
  { authorization: 'bearer    nck_x  extra' },
  { cookie: 'nck_session=garbage' },
  { cookie: 'nck_session=s%3Aforged.signature; nck_sign_in=x' },
  { cookie: Array.from({ length: 200 }, (_, i) => `c${i}=${i}`).join('; ') },
  { origin: 'null', referer: 'javascript:alert(1)' },
  { origin: 'https://evil.example' },
  { 'x-request-id': '\u00ff'.repeat(300) },
  { 'x-forwarded-for': 'not-an-ip, 999.999.1.1' },
  { 'x-forwarded-proto': 'gopher' },
  { accept: 'text/html' },
  { accept: 'application/xml;q=2, */*;q=-1' },
  { 'accept-encoding': 'br;q=junk, zstd' },
  { 'if-none-match': `"${'x'.repeat(4000)}"` },
  { 'accept-language': '\u00e9'.repeat(4000) },
  { 'x-notion-signature': 'sha256=zz' },
  { host: 'evil.example:99999' },
];

/**
 * What the contract says every error body is, and nothing more. Pages outside `/api` (the
 * chart page a site frames) may answer a person-readable HTML page instead.
 */
function shapeProblem(path: string, response: ProbeAnswer): string | null {
  const contentType = String(response.headers['content-type'] ?? '');
  if (!path.startsWith('/api') && contentType.startsWith('text/html')) return null;
  if (!contentType.startsWith('application/json')) {
    return `content-type ${String(response.headers['content-type'])}`;
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    return 'body is not JSON';
  }
  const keys = Object.keys(body).sort().join();
  if (keys !== 'error,message,statusCode' && keys !== 'details,error,message,statusCode') {
    return `keys ${keys}`;
  }
  if (body.statusCode !== response.statusCode) return `statusCode ${String(body.statusCode)}`;
  if (typeof body.error !== 'string' || typeof body.message !== 'string') return 'error/message';
  if (/\bat \S+ \(|node_modules|SELECT |INSERT |QueryFailedError/.test(response.body)) {
    return 'leaks internals';
  }
  const details = body.details;
  if (details === undefined) return null;
  const wellFormed =
    Array.isArray(details) &&
    details.length > 0 &&
    details.every(
      (detail: unknown) =>
        typeof detail === 'object' &&
        detail !== null &&
        Object.keys(detail).sort().join() === 'field,problem' &&
        Object.values(detail).every((value) => typeof value === 'string'),
    );
  return wellFormed ? null : 'details';
}

/**
 * R5: 1,000 generated malformed or hostile requests over the route table of the running app
 * (routes added later included), signed in and anonymous: never a 5xx, and every 4xx is the
 * contract's error shape.
 */
describe('R5: hostile requests', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  let user: TestUser;
  let routes: RouteEntry[];
  const realIds: string[] = [];

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({
      vars: {
        NOTION_API_BASE_URL: sandbox.url,
        // Limits would answer 429 before most requests reach the code under test.
        RATE_LIMIT_USER_PER_MINUTE: '1000000',
        RATE_LIMIT_IP_PER_MINUTE: '1000000',
      },
    });
    user = await createTestUser(t, 'Mallory');
    routes = routeTable(t);
    // Real resources of the signed-in user, so some hostile requests reach past the lookup.
    const as = (options: InjectOptions) => t.request({ ...options, headers: { ...user.headers } });
    const connection = await as({
      method: 'POST',
      url: '/api/connections',
      payload: { token: DEMO_INTERNAL_TOKEN },
    });
    realIds.push(connection.json<{ id: string }>().id);
    const dataset = await as({
      method: 'POST',
      url: '/api/datasets',
      payload: { connectionId: realIds[0], dataSourceId: SEED_IDS.acme.tasksDataSourceId },
    });
    realIds.push(dataset.json<{ id: string }>().id);
    const key = await as({ method: 'POST', url: '/api/api-keys', payload: { name: 'spare' } });
    realIds.push(key.json<{ id: string }>().id);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  it('R5: 1,000 malformed or hostile requests across all routes: 0 answers of 5xx, every 4xx in the error shape', async () => {
    expect(routes.length).toBeGreaterThan(10);
    const pick = seeded(5);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      const route = routes[i % routes.length];
      const method = (
        i % 17 === 0 ? pick(['PUT', 'OPTIONS', 'PATCH', 'DELETE', 'HEAD']) : route.method
      ) as Method;
      const junk = pick(HEADER_JUNK);
      const signedIn = i % 2 === 0 && junk.authorization === undefined;
      // Half of a signed-in user's ids are real, so hostile bodies get past the lookup; never
      // on DELETE, so the resources last the whole run.
      const ids = signedIn && method !== 'DELETE' && pick([true, false]) ? realIds : BAD_IDS;
      const params = route.params.map(() => pick(ids));
      let path = route.path;
      route.params.forEach((name, index) => {
        path = path.replace(`:${name}`, params[index] ?? '');
      });
      if (i % 23 === 0)
        path = pick([`${path}/../../../etc/passwd`, `/%2e%2e/${path}`, `${path}%00`, `${path}//`]);
      const query = pick(QUERIES);
      // Each route goes through the bodies in turn, so every route meets most of them.
      const body =
        method === 'GET' || method === 'HEAD'
          ? BODIES[0]
          : BODIES[Math.floor(i / routes.length) % BODIES.length];
      const headers: Record<string, string> = {
        ...(signedIn ? user.headers : {}),
        ...junk,
        ...(body?.contentType ? { 'content-type': body.contentType } : {}),
      };
      const description = `${method} ${path.slice(0, 120)}?${query.slice(0, 60)} [${body?.name}; ${Object.keys(junk).join(',') || 'no junk'}${signedIn ? '; signed in' : ''}]`;

      let response: ProbeAnswer;
      try {
        // Real ids reach the dataset event stream, which never ends by itself.
        response = await probe(t, {
          method,
          url: query ? `${path}?${query}` : path,
          headers,
          ...(body?.payload !== undefined ? { payload: body.payload } : {}),
        });
      } catch (error) {
        failures.push(`${description}: the request threw ${String(error)}`);
        continue;
      }
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode >= 500) {
        failures.push(`${description}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      } else if (response.statusCode >= 400 && method !== 'HEAD') {
        const problem = shapeProblem(path, response);
        if (problem) failures.push(`${description}: ${response.statusCode} ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(REQUESTS);
    // Nothing reached the global prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    // The app still serves its own user afterwards.
    expect((await t.request({ url: '/api/auth/me', headers: user.headers })).statusCode).toBe(200);
  }, 120_000);
});
