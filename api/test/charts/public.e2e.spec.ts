import { SEED_DEALS, SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { Chart, Dataset, PublicChartPayload } from '@notionchartkit/shared';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PublicPayloadStore } from '../../src/charts/payload/public-payload.store';
import { Metrics } from '../../src/core/metrics/metrics';
import { allRows, type DatasetWorld, startDatasetWorld } from '../datasets/dataset-world';
import { eventually } from '../support/eventually';
import { createChart, propertyId } from './chart-helpers';
import { openOnceFreed, SseClient } from './sse-client';

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400';
const PUBLIC_BUDGET = 300;

describe('public chart endpoints', () => {
  let world: DatasetWorld;
  let deals: Dataset;
  let stageId: string;
  let chart: Chart;
  let baseUrl: string;
  let store: PublicPayloadStore;

  const get = (url: string, headers: Record<string, string> = {}) =>
    world.t.request({ method: 'GET', url, headers });
  const publicUrl = (key: string) => `/api/public/charts/${key}`;
  const payloadOf = (body: string) => JSON.parse(body) as PublicChartPayload;
  /** What Redis holds for a key, read directly: no viewer request involved. */
  const stored = async (key: string) => {
    const entry = await store.read(key);
    return entry ? { etag: entry.meta.etag, payload: payloadOf(entry.body.toString()) } : null;
  };
  const countOf = (payload: PublicChartPayload, label: string) =>
    payload.data.series[0].values?.[payload.data.labels.indexOf(label)] ?? 0;

  beforeAll(async () => {
    world = await startDatasetWorld({ RATE_LIMIT_PUBLIC_PER_MINUTE: String(PUBLIC_BUDGET) });
    const fastify = world.t.app.getHttpAdapter().getInstance();
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`;
    store = world.t.app.get(PublicPayloadStore);
    const created = await world.createDataset(SEED_IDS.acme.salesDataSourceId, {
      refreshIntervalMinutes: 0,
    });
    deals = await world.sync(created.id, 'full');
    stageId = propertyId(deals, 'Stage');
    chart = await createChart(world, {
      datasetId: deals.id,
      name: 'Deals by stage',
      isPublic: true,
      config: {
        type: 'bar',
        x: { property: stageId },
        y: [{ aggregation: 'count' }],
        options: { title: 'Pipeline', theme: 'dark' },
      },
    });
  });
  afterAll(() => world.close());

  it('has the payload in Redis before anyone asks: the worker put it there', async () => {
    const entry = await eventually(() => stored(chart.publicKey), Boolean);
    expect(entry?.payload.name).toBe('Deals by stage');
  });

  it('serves exactly the chart: name, type, options, data, updatedAt and no ids', async () => {
    const res = await get(publicUrl(chart.publicKey));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    const payload = payloadOf(res.body);
    expect(Object.keys(payload).sort()).toEqual(['data', 'name', 'options', 'type', 'updatedAt']);
    expect(payload).toMatchObject({
      name: 'Deals by stage',
      type: 'bar',
      options: { title: 'Pipeline', theme: 'dark' },
    });
    expect(Object.keys(payload.data).sort()).toEqual(['labelColors', 'labels', 'meta', 'series']);
    expect(Object.keys(payload.data.meta).sort()).toEqual([
      'computedAt',
      'datasetSyncedAt',
      'rowCount',
      'xAxis',
    ]);
    expect(payload.updatedAt).toBe(payload.data.meta.computedAt);
    const rows = await allRows(world, deals.id);
    const secrets = [
      chart.id,
      deals.id,
      world.user.id,
      world.connectionId,
      deals.notion.dataSourceId,
      deals.notion.databaseId,
      SEED_IDS.acme.workspaceId,
      ...rows.map((row) => row.pageId),
    ];
    expect(secrets.filter((secret) => res.body.includes(secret))).toEqual([]);
  });

  it("X5: a payload held in this process's memory is answered the same, security headers included", async () => {
    const memoryHits = async () => {
      const counter = await world.t.app
        .get(Metrics)
        .registry.getSingleMetric('public_chart_requests_total')
        ?.get();
      return counter?.values.find((value) => value.labels.source === 'memory')?.value ?? 0;
    };
    // Over a real connection: the shortcut sits in the HTTP server, ahead of Fastify.
    const fetchPayload = async (init: RequestInit = {}) => {
      const response = await fetch(`${baseUrl}${publicUrl(chart.publicKey)}`, init);
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      };
    };
    // HEAD always takes the route, through the whole stack.
    const fromRoute = await fetchPayload({ method: 'HEAD' });
    expect(fromRoute.status).toBe(200);
    // A chart update landing mid-load keeps that load out of memory; the next one stays.
    const memoryServed = async () => {
      const before = await memoryHits();
      const response = await fetchPayload();
      return { response, fromMemory: (await memoryHits()) === before + 1 };
    };
    const { response: again } = await eventually(memoryServed, (served) => served.fromMemory);
    expect(payloadOf(again.body).name).toBe('Deals by stage');
    const perResponse = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);
    const stable = (headers: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => !perResponse.has(name)));
    expect(stable(again.headers)).toEqual(stable(fromRoute.headers));
    expect(again.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(again.headers['x-request-id']).toEqual(expect.any(String));

    const before = await memoryHits();
    const revalidated = await fetchPayload({ headers: { 'if-none-match': again.headers.etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(await memoryHits()).toBe(before + 1);
  });

  it('answers 304 to a matching If-None-Match, with the same caching headers', async () => {
    const first = await get(publicUrl(chart.publicKey));
    const etag = first.headers.etag as string;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get(publicUrl(chart.publicKey), { 'if-none-match': ifNoneMatch });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe(CACHE_CONTROL);
    }
    const stale = await get(publicUrl(chart.publicKey), { 'if-none-match': '"other"' });
    expect(stale.statusCode).toBe(200);
  });

  it('X5: answers CORS for any origin when none are listed, else only for those, never with credentials', async () => {
    const open = await get(publicUrl(chart.publicKey), { origin: 'https://any.example' });
    expect(open.headers['access-control-allow-origin']).toBe('*');
    expect(open.headers['access-control-expose-headers']).toBe('ETag');

    const limited = await createChart(world, {
      datasetId: deals.id,
      isPublic: true,
      allowedOrigins: ['https://blog.example', 'https://docs.example'],
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const allowed = await get(publicUrl(limited.publicKey), { origin: 'https://docs.example' });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://docs.example');
    expect(allowed.headers.vary).toMatch(/Origin/);
    const refused = await get(publicUrl(limited.publicKey), { origin: 'https://evil.example' });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(refused.headers.vary).toMatch(/Origin/);

    // Changing the list takes effect at once.
    await world.api('PATCH', `/api/charts/${limited.id}`, {
      allowedOrigins: ['https://evil.example'],
    });
    const now = await get(publicUrl(limited.publicKey), { origin: 'https://evil.example' });
    expect(now.headers['access-control-allow-origin']).toBe('https://evil.example');

    const preflight = await world.t.request({
      method: 'OPTIONS',
      url: publicUrl(limited.publicKey),
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/If-None-Match/);
    for (const res of [open, allowed, refused, now, preflight]) {
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('X4: answers 404 at once for unknown, private, rotated and deleted keys, and drops them from Redis', async () => {
    const notFound = { statusCode: 404, error: 'Not Found', message: 'Chart not found' };
    for (const key of ['nope', 'A'.repeat(24), `${chart.publicKey}x`]) {
      const res = await get(publicUrl(key));
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(notFound);
    }
    const doomed = await createChart(world, {
      datasetId: deals.id,
      isPublic: true,
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    expect((await get(publicUrl(doomed.publicKey))).statusCode).toBe(200);

    await world.api('PATCH', `/api/charts/${doomed.id}`, { isPublic: false });
    expect((await get(publicUrl(doomed.publicKey))).statusCode).toBe(404);
    expect(await stored(doomed.publicKey)).toBeNull();
    await world.api('PATCH', `/api/charts/${doomed.id}`, { isPublic: true });
    expect((await get(publicUrl(doomed.publicKey))).statusCode).toBe(200);

    const rotated = (await world.api<Chart>('POST', `/api/charts/${doomed.id}/rotate-key`)).body;
    const old = await get(publicUrl(doomed.publicKey));
    expect(old.statusCode).toBe(404);
    expect(old.json()).toEqual(notFound);
    expect(await stored(doomed.publicKey)).toBeNull();
    expect((await get(publicUrl(rotated.publicKey))).statusCode).toBe(200);

    await world.api('DELETE', `/api/charts/${doomed.id}`);
    expect((await get(publicUrl(rotated.publicKey))).statusCode).toBe(404);
    expect(await stored(rotated.publicKey)).toBeNull();
  });

  it('updates after a sync with no viewer asking, and tells live embeds over SSE', async () => {
    const before = await get(publicUrl(chart.publicKey));
    const leadsBefore = countOf(payloadOf(before.body), 'Lead');
    const viewer = await SseClient.open(`${baseUrl}${publicUrl(chart.publicKey)}/events`, {
      origin: 'https://any.example',
    });
    expect(viewer.status).toBe(200);
    expect(viewer.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(viewer.headers['access-control-allow-origin']).toBe('*');
    await eventually(
      () => Promise.resolve(viewer.comments),
      (comments) => comments.includes('connected'),
    );

    world.sandbox.control.updateRow(SEED_DEALS.initechRenewal, { Stage: 'Lead' });
    await world.sync(deals.id, 'incremental');

    // Redis changes without a single public request…
    const after = await eventually(
      () => stored(chart.publicKey),
      (entry) => entry !== null && countOf(entry.payload, 'Lead') === leadsBefore + 1,
    );
    // …and the open embed hears of it.
    const [update] = await eventually(
      () => Promise.resolve(viewer.events.filter((event) => event.event === 'update')),
      (updates) => updates.length > 0,
    );
    expect(JSON.parse(update.data)).toEqual({
      etag: after?.etag,
      updatedAt: after?.payload.updatedAt,
    });
    const res = await get(publicUrl(chart.publicKey));
    expect(countOf(payloadOf(res.body), 'Lead')).toBe(leadsBefore + 1);
    expect(res.headers.etag).toBe(after?.etag);
    expect(res.headers.etag).not.toBe(before.headers.etag);
    viewer.close();
  });

  it('ends live streams of a key that stops working, after a last update', async () => {
    const doomed = await createChart(world, {
      datasetId: deals.id,
      isPublic: true,
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const viewer = await SseClient.open(`${baseUrl}${publicUrl(doomed.publicKey)}/events`);
    expect(viewer.status).toBe(200);
    await eventually(
      () => Promise.resolve(viewer.comments),
      (comments) => comments.includes('connected'),
    );
    expect(viewer.comments[0]).toBe('connected');
    await world.api('PATCH', `/api/charts/${doomed.id}`, { isPublic: false });
    await eventually(() => Promise.resolve(viewer.ended), Boolean, { timeoutMs: 5000 });
    expect(viewer.events.map((event) => event.event)).toEqual(['update']);
    const closed = await SseClient.open(`${baseUrl}${publicUrl(doomed.publicKey)}/events`);
    expect(closed.status).toBe(404);
    closed.close();
  });

  it('bounds open event streams per client address', async () => {
    const url = `${baseUrl}${publicUrl(chart.publicKey)}/events`;
    const streams: SseClient[] = [];
    try {
      for (let i = 0; i < 20; i += 1) {
        const stream = await SseClient.open(url);
        streams.push(stream);
        expect(stream.status).toBe(200);
      }
      const refused = await SseClient.open(url);
      streams.push(refused);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      streams.shift()?.close();
      const again = await openOnceFreed(() => SseClient.open(url), streams);
      expect(again.status).toBe(200);
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it('X4: limits public requests per client IP: 429 with Retry-After', async () => {
    const from = (remoteAddress: string) =>
      world.t.request({ url: publicUrl(chart.publicKey), remoteAddress });
    for (let i = 0; i < PUBLIC_BUDGET; i += 1) {
      expect((await from('203.0.113.50')).statusCode).toBe(200);
    }
    const limited = await from('203.0.113.50');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await from('203.0.113.51')).statusCode).toBe(200);
  });

  it('X5: serves the chart page with frame-ancestors from the allowed origins', async () => {
    const page = await get(`/e/${chart.publicKey}?theme=light`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toMatch(/frame-ancestors \*(;|$)/);
    expect(csp).toContain("connect-src 'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(page.body).toContain(`nonce="${nonce}"`);
    expect(page.body).toContain('Deals by stage');
    expect(page.headers['x-frame-options']).toBeUndefined();

    const limited = await createChart(world, {
      datasetId: deals.id,
      isPublic: true,
      allowedOrigins: ['https://blog.example', 'https://docs.example'],
      config: { type: 'number', y: [{ aggregation: 'count' }] },
    });
    const framed = await get(`/e/${limited.publicKey}`);
    expect(framed.headers['content-security-policy']).toMatch(
      /frame-ancestors https:\/\/blog\.example https:\/\/docs\.example(;|$)/,
    );

    const missing = await get('/e/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body).toContain('Chart not found');
    await world.api('PATCH', `/api/charts/${limited.id}`, { isPublic: false });
    const hidden = await get(`/e/${limited.publicKey}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toContain('This chart is private');

    // Every other HTML page refuses to be framed.
    const docs = await get('/api/docs', { accept: 'text/html' });
    expect(docs.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  it('serves the loader and the renderer modules with their caching', async () => {
    const loader = await get('/embed.js');
    expect(loader.statusCode).toBe(200);
    expect(loader.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(loader.headers['cache-control']).toBe('public, max-age=300');
    expect(loader.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const again = await get('/embed.js', { 'if-none-match': loader.headers.etag as string });
    expect(again.statusCode).toBe(304);

    const page = await get(`/e/${chart.publicKey}`);
    const module = /src="([^"]*\/e\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(module).toBeDefined();
    const asset = await get(module as string);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/e/assets/nothing-here.js')).statusCode).toBe(404);
  });

  it('sends the renderer modules compressed as the browser accepts, each coding with its ETag', async () => {
    const page = await get(`/e/${chart.publicKey}`);
    const module = /src="([^"]*\/e\/assets\/[^"]+\.js)"/.exec(page.body)?.[1] as string;
    const plain = await get(module);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    const fetchAs = (acceptEncoding: string, extra: Record<string, string> = {}) =>
      world.t.request({
        method: 'GET',
        url: module,
        headers: { 'accept-encoding': acceptEncoding, ...extra },
      });

    const brotli = await fetchAs('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(brotliDecompressSync(brotli.rawPayload).equals(plain.rawPayload)).toBe(true);
    const gzip = await fetchAs('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(new Set([plain.headers.etag, brotli.headers.etag, gzip.headers.etag]).size).toBe(3);
    expect((await fetchAs('identity')).headers['content-encoding']).toBeUndefined();

    const revalidated = await fetchAs('br', { 'if-none-match': brotli.headers.etag as string });
    expect(revalidated.statusCode).toBe(304);
    // A cached gzip copy is not the brotli one: the client gets the bytes it asked for.
    const switched = await fetchAs('br', { 'if-none-match': gzip.headers.etag as string });
    expect(switched.statusCode).toBe(200);
  });

  it('answers oEmbed for a chart page URL', async () => {
    const appUrl = world.t.env.config.http.appUrl;
    const url = `${appUrl}/e/${chart.publicKey}?theme=dark&utm_source=x`;
    const res = await get(`/api/oembed?url=${encodeURIComponent(url)}&maxwidth=500&iframe=1`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Deals by stage',
      provider_name: 'NotionChartKit',
      provider_url: appUrl,
      html: expect.stringMatching(
        /^<iframe src="[^"]+\/e\/[^"]+\?theme=dark" title="Deals by stage"/,
      ),
      width: 500,
      height: 400,
      cache_age: 3600,
    });
    const elsewhere = encodeURIComponent(`https://elsewhere.example/e/${chart.publicKey}`);
    expect((await get(`/api/oembed?url=${elsewhere}`)).statusCode).toBe(404);
    expect((await get(`/api/oembed?url=${encodeURIComponent(url)}&format=xml`)).statusCode).toBe(
      501,
    );
    expect((await get('/api/oembed')).statusCode).toBe(404);
  });
});
