import type Redis from 'ioredis';
import { DEFAULT_NOTION_CLIENT_OPTIONS } from '../notion-client.options';
import { NotionRateLimitedError } from '../notion.errors';
import { busiestWindow } from '../testing/busiest-window';
import { connectTestRedis, newTestRedisPrefix } from '../testing/test-redis';
import {
  NotionRateLimiter,
  type RateLimitOptions,
  type RateLimitScope,
} from './notion-rate.limiter';

// Production spaces starts 400 ms apart, 25 in 10 s; a tenth of that keeps the tests short.
const FAST: RateLimitOptions = { intervalMs: 40, windowMs: 400 };
const PATIENCE_MS = 10_000;
/** Timers may fire up to 1 ms before their time, and `Date.now()` ticks in whole ms. */
const TIMER_SLACK_MS = 2;

const connection = (id: string): RateLimitScope => ({
  connectionKey: `connection:${id}`,
  workspaceKey: null,
});

describe('NotionRateLimiter (Redis)', () => {
  const clients: Redis[] = [];
  let prefix: string;

  // Two limiters on two Redis connections under one prefix: two processes of one deployment,
  // connected before the clock starts, as running processes are.
  async function twoProcesses(options = FAST): Promise<[NotionRateLimiter, NotionRateLimiter]> {
    const pair = [connectTestRedis(prefix), connectTestRedis(prefix)];
    clients.push(...pair);
    await Promise.all(pair.map((client) => client.ping()));
    return [new NotionRateLimiter(pair[0], options), new NotionRateLimiter(pair[1], options)];
  }

  /**
   * `count` acquisitions for `scope` at once, spread over `limiters`: their booked starts, and
   * how long the last of them took to resolve, in ms.
   */
  async function acquireAll(limiters: NotionRateLimiter[], scope: RateLimitScope, count: number) {
    const clock = performance.now();
    const starts = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        limiters[i % limiters.length].acquire(scope, PATIENCE_MS),
      ),
    );
    return { starts: starts.sort((x, y) => x - y), elapsedMs: performance.now() - clock };
  }

  beforeEach(() => {
    prefix = newTestRedisPrefix();
  });

  afterAll(() => {
    for (const client of clients) client.disconnect();
  });

  it('S3: spaces one connection evenly across two processes, so no window of 10 intervals holds more than 10 starts', async () => {
    const [a, b] = await twoProcesses();
    const { intervalMs } = FAST;
    const { starts, elapsedMs } = await acquireAll([a, b], connection('c1'), 40);

    // The booked starts, on Redis's clock: exact, whatever this machine's timers do.
    const gaps = starts.slice(1).map((time, i) => time - starts[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(intervalMs);
    expect(busiestWindow(starts, 10 * intervalMs)).toBe(10);
    // Back to back, not wider apart than asked.
    expect(Math.max(...gaps)).toBeLessThan(intervalMs + 1);
    // And every caller waited for its start.
    expect(elapsedMs).toBeGreaterThanOrEqual(39 * intervalMs - TIMER_SLACK_MS);
  });

  it('paces 2.5 requests/s by default, 25 in any 10 s', () => {
    const { intervalMs, windowMs } = DEFAULT_NOTION_CLIENT_OPTIONS.rateLimit;
    expect(1000 / intervalMs).toBe(2.5);
    expect(Math.floor(windowMs / intervalMs)).toBe(25);
    expect(windowMs).toBeGreaterThanOrEqual(10_000);
  });

  it('gives each connection a pace of its own', async () => {
    const [a, b] = await twoProcesses({ intervalMs: 1000, windowMs: 1000 });
    const start = performance.now();
    const busy = a
      .acquire(connection('c1'), PATIENCE_MS)
      .then(() => a.acquire(connection('c1'), PATIENCE_MS));
    await b.acquire(connection('c2'), PATIENCE_MS);
    await b.acquire(connection('c3'), PATIENCE_MS);
    expect(performance.now() - start).toBeLessThan(500);
    await busy;
    expect(performance.now() - start).toBeGreaterThanOrEqual(1000 - TIMER_SLACK_MS);
  });

  it('pauses a connection for every process when Notion says so, and only that connection', async () => {
    const [a, b] = await twoProcesses();
    await a.pause('connection:c1', 1000);
    const start = performance.now();
    await b.acquire(connection('c2'), PATIENCE_MS);
    expect(performance.now() - start).toBeLessThan(500);
    await b.acquire(connection('c1'), PATIENCE_MS);
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('pauses every connection of a workspace on a workspace-wide limit', async () => {
    const [a, b] = await twoProcesses();
    await a.pause('workspace:w1', 1000);
    const start = performance.now();
    await b.acquire({ connectionKey: 'connection:c3', workspaceKey: 'workspace:w2' }, PATIENCE_MS);
    expect(performance.now() - start).toBeLessThan(500);
    await b.acquire({ connectionKey: 'connection:c4', workspaceKey: 'workspace:w1' }, PATIENCE_MS);
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('fails with NotionRateLimitedError at once when the wait would exceed its limit, booking nothing', async () => {
    const [a, b] = await twoProcesses();
    await a.pause('connection:c5', 5000);
    const start = performance.now();
    const failure = await b.acquire(connection('c5'), 100).catch((error: unknown) => error);
    expect(performance.now() - start).toBeLessThan(500);
    expect(failure).toBeInstanceOf(NotionRateLimitedError);
    expect((failure as NotionRateLimitedError).retryAfterMs).toBeGreaterThan(4000);
    expect((failure as NotionRateLimitedError).message).toMatch(
      /^Notion is limiting requests for this workspace: try again in about 5 s\.$/,
    );
    // The refusal left the pause where it was: the next start is still about 5 s away.
    const again = await a.acquire(connection('c5'), 100).catch((error: unknown) => error);
    expect((again as NotionRateLimitedError).retryAfterMs).toBeLessThanOrEqual(5000);
  });

  it('stops waiting when its signal aborts', async () => {
    const [a] = await twoProcesses();
    await a.pause('connection:c6', 60_000);
    const controller = new AbortController();
    const waiting = a.acquire(connection('c6'), 120_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps its bookings under the shared key prefix, and lets them expire', async () => {
    const [a] = await twoProcesses();
    await a.acquire(connection('c7'), PATIENCE_MS);
    const inspector = connectTestRedis(prefix);
    clients.push(inspector);
    const next = await inspector.pttl('notion-pace:{connection:c7}:next');
    expect(next).toBeGreaterThan(0);
    expect(next).toBeLessThanOrEqual(FAST.intervalMs);
    const starts = await inspector.pttl('notion-pace:{connection:c7}:starts');
    expect(starts).toBeGreaterThan(0);
    expect(starts).toBeLessThanOrEqual(FAST.windowMs);
  });

  it('paces in this process alone while Redis cannot be reached', async () => {
    const offline = connectTestRedis(prefix);
    clients.push(offline);
    offline.disconnect();
    const limiter = new NotionRateLimiter(offline, FAST);
    const { starts, elapsedMs } = await acquireAll([limiter], connection('c8'), 5);
    const gaps = starts.slice(1).map((time, i) => time - starts[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(FAST.intervalMs);
    expect(elapsedMs).toBeGreaterThanOrEqual(4 * FAST.intervalMs - TIMER_SLACK_MS);
  });
});
