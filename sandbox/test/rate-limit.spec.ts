import { APIResponseError } from '@notionhq/client';
import {
  createManualClock,
  DEMO_INTERNAL_TOKEN,
  GLOBEX_INTERNAL_TOKEN,
  NOTION_RATE_LIMIT,
  startSandbox,
  type Sandbox,
} from '../src/index';
import { API_HEADERS, rawRequest, sdkClient } from './support/sdk-client';

describe('rate limiting', () => {
  const clock = createManualClock('2026-03-02T09:00:00.000Z');
  let sandbox: Sandbox;

  beforeEach(async () => {
    sandbox = await startSandbox({ now: clock.now, rateLimit: { requestsPerSecond: 3, burst: 2 } });
  });

  afterEach(() => sandbox.close());

  it('is off unless asked for', async () => {
    const open = await startSandbox({ seed: [] });
    const client = sdkClient(open);
    for (let i = 0; i < 20; i++) await client.users.me({});
    expect(open.control.counters().rateLimited).toBe(0);
    await open.close();
    expect(NOTION_RATE_LIMIT.requestsPerSecond).toBe(3);
  });

  it('answers 429 rate_limited with Retry-After once the burst is spent', async () => {
    const me = () => rawRequest(sandbox, '/v1/users/me', { headers: API_HEADERS });
    expect((await me()).status).toBe(200);
    expect((await me()).status).toBe(200);
    const limited = await me();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-notion-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(limited.json()).toEqual({
      object: 'error',
      status: 429,
      code: 'rate_limited',
      message: 'You have been rate limited. Please try again in a few minutes.',
      request_id: limited.headers.get('x-notion-request-id'),
      additional_data: { rate_limit_reason: 'public_api_request_rate_limit' },
    });
    // A third of a second later one more request fits, per token: another token is not affected.
    clock.advance(334);
    expect((await me()).status).toBe(200);
    expect((await me()).status).toBe(429);
    expect(
      (
        await rawRequest(sandbox, '/v1/users/me', {
          headers: { ...API_HEADERS, authorization: `Bearer ${GLOBEX_INTERNAL_TOKEN}` },
        })
      ).status,
    ).toBe(200);
  });

  it('lets the SDK retry after a 429 and succeed', async () => {
    // The SDK waits Retry-After (capped here at 20 ms); the sandbox's clock moves when it says 429.
    sandbox.control.events.on('rate-limited', ({ retryAfterSeconds }) =>
      clock.advance(retryAfterSeconds * 1000),
    );
    const client = sdkClient(sandbox, DEMO_INTERNAL_TOKEN, {
      retry: { maxRetries: 2, initialRetryDelayMs: 10, maxRetryDelayMs: 20 },
    });
    await client.users.me({});
    await client.users.me({});
    const limited = sandbox.control.events.next('rate-limited');
    const me = await client.users.me({});
    expect(me.type).toBe('bot');
    expect(await limited).toMatchObject({
      token: DEMO_INTERNAL_TOKEN,
      endpoint: 'GET /v1/users/me',
      retryAfterSeconds: 1,
    });
    const counts = sandbox.control.counters();
    expect(counts.rateLimited).toBe(1);
    expect(counts.byStatus).toEqual({ '200': 3, '429': 1 });
    expect(counts.byToken[DEMO_INTERNAL_TOKEN]).toEqual({
      total: 4,
      rateLimited: 1,
      byEndpoint: { 'GET /v1/users/me': 4 },
    });
  });

  it('surfaces a 429 as an APIResponseError when the SDK does not retry', async () => {
    const client = sdkClient(sandbox);
    await client.users.me({});
    await client.users.me({});
    const error: unknown = await client.users.me({}).catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('can be switched off and on while running', async () => {
    sandbox.control.setRateLimit(false);
    const client = sdkClient(sandbox);
    for (let i = 0; i < 10; i++) await client.users.me({});
    sandbox.control.setRateLimit({ requestsPerSecond: 1, burst: 1 });
    await client.users.me({});
    await expect(client.users.me({})).rejects.toMatchObject({ code: 'rate_limited' });
    expect(sandbox.control.rateLimit).toEqual({ requestsPerSecond: 1, burst: 1 });
  });
});
