import type Redis from 'ioredis';
import { DEFAULT_NOTION_CLIENT_OPTIONS } from '../notion-client.options';
import { NotionRateLimitedError } from '../notion.errors';
import { connectTestRedis, newTestRedisPrefix } from '../testing/test-redis';
import { NotionRateLimiter, type RateLimitScope } from './notion-rate.limiter';

const budget = DEFAULT_NOTION_CLIENT_OPTIONS.rateLimit;
const PATIENCE_MS = 10_000;

describe('NotionRateLimiter (Redis)', () => {
  const clients: Redis[] = [];
  let prefix: string;

  // Two limiters on two Redis connections under one prefix: two processes of one deployment.
  function twoProcesses(): [NotionRateLimiter, NotionRateLimiter] {
    const pair = [connectTestRedis(prefix), connectTestRedis(prefix)];
    clients.push(...pair);
    return [new NotionRateLimiter(pair[0], budget), new NotionRateLimiter(pair[1], budget)];
  }

  beforeEach(() => {
    prefix = newTestRedisPrefix();
  });

  afterAll(() => {
    for (const client of clients) client.disconnect();
  });

  it('keeps one connection at 2.5 requests/s across two processes', async () => {
    const [a, b] = twoProcesses();
    const scope: RateLimitScope = { connectionKey: 'connection:c1', workspaceKey: null };
    const start = performance.now();
    const granted: number[] = [];
    const take = async (limiter: NotionRateLimiter) => {
      await limiter.acquire(scope, PATIENCE_MS);
      granted.push(performance.now() - start);
    };
    await Promise.all(Array.from({ length: 12 }, (_, i) => take(i % 2 === 0 ? a : b)));

    expect(budget.points / budget.windowSeconds).toBe(2.5);
    granted.sort((x, y) => x - y);
    // No window of 2 s ever holds more than 5 grants: the 6th after any grant is ≥ 2 s later.
    for (let i = 0; i + budget.points < granted.length; i += 1) {
      expect(granted[i + budget.points] - granted[i]).toBeGreaterThanOrEqual(1950);
    }
    // 12 requests at 2.5/s: two full windows waited for, then the last two go.
    expect(granted[11]).toBeGreaterThanOrEqual(3900);
    expect(granted[11]).toBeLessThan(6000);
  });

  it('gives each connection a budget of its own', async () => {
    const [a, b] = twoProcesses();
    const start = performance.now();
    await Promise.all([
      ...Array.from({ length: 5 }, () =>
        a.acquire({ connectionKey: 'connection:c1', workspaceKey: null }, PATIENCE_MS),
      ),
      ...Array.from({ length: 5 }, () =>
        b.acquire({ connectionKey: 'connection:c2', workspaceKey: null }, PATIENCE_MS),
      ),
    ]);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('pauses a connection for every process when Notion says so, and only that connection', async () => {
    const [a, b] = twoProcesses();
    await a.pause('connection:c1', 1000);
    const start = performance.now();
    await b.acquire({ connectionKey: 'connection:c2', workspaceKey: null }, PATIENCE_MS);
    expect(performance.now() - start).toBeLessThan(500);
    await b.acquire({ connectionKey: 'connection:c1', workspaceKey: null }, PATIENCE_MS);
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('pauses every connection of a workspace on a workspace-wide limit', async () => {
    const [a, b] = twoProcesses();
    await a.pause('workspace:w1', 1000);
    const start = performance.now();
    await b.acquire({ connectionKey: 'connection:c3', workspaceKey: 'workspace:w2' }, PATIENCE_MS);
    expect(performance.now() - start).toBeLessThan(500);
    await b.acquire({ connectionKey: 'connection:c4', workspaceKey: 'workspace:w1' }, PATIENCE_MS);
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('fails with NotionRateLimitedError at once when the wait would exceed its limit', async () => {
    const [a, b] = twoProcesses();
    await a.pause('connection:c5', 5000);
    const start = performance.now();
    const failure = await b
      .acquire({ connectionKey: 'connection:c5', workspaceKey: null }, 100)
      .catch((error: unknown) => error);
    expect(performance.now() - start).toBeLessThan(500);
    expect(failure).toBeInstanceOf(NotionRateLimitedError);
    expect((failure as NotionRateLimitedError).retryAfterMs).toBeGreaterThan(4000);
    expect((failure as NotionRateLimitedError).message).toMatch(
      /^Notion is limiting requests for this workspace: try again in about 5 s\.$/,
    );
  });

  it('keeps its counters under the shared key prefix', async () => {
    const [a] = twoProcesses();
    await a.acquire({ connectionKey: 'connection:c6', workspaceKey: null }, PATIENCE_MS);
    const inspector = connectTestRedis(prefix);
    clients.push(inspector);
    expect(await inspector.exists('notion-rate:connection:c6')).toBe(1);
  });
});
