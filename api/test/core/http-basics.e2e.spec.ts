import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';

const ERROR_SHAPE = {
  statusCode: expect.any(Number),
  error: expect.any(String),
  message: expect.any(String),
};

describe('HTTP basics', () => {
  let t: TestApp;
  const spaDir = mkdtempSync(join(tmpdir(), 'nck-spa-'));
  writeFileSync(
    join(spaDir, 'index.html'),
    '<!doctype html><title>NotionChartKit</title><div id="root"></div>',
  );
  // What the SPA build writes: a content-hashed module with its precompressed copies.
  const moduleSource = `export const label = ${JSON.stringify('Deals by stage '.repeat(200))};`;
  mkdirSync(join(spaDir, 'assets'));
  writeFileSync(join(spaDir, 'assets', 'index-abc123.js'), moduleSource);
  writeFileSync(join(spaDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(moduleSource));
  writeFileSync(join(spaDir, 'assets', 'index-abc123.js.gz'), gzipSync(moduleSource));

  beforeAll(async () => {
    t = await startTestApp({ vars: { SPA_DIST_DIR: spaDir } });
  });
  afterAll(() => t.close());

  it('answers /health and /ready with PostgreSQL and Redis up', async () => {
    expect((await t.request({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.request({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', postgres: 'up', redis: 'up' });
  });

  it('answers unknown API routes 404 in the contract error shape', async () => {
    const res = await t.request({ method: 'POST', url: '/api/nothing', payload: { a: 1 } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not found' });
  });

  it('answers malformed JSON 400 naming the body', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/nothing',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      ...ERROR_SHAPE,
      statusCode: 400,
      error: 'Bad Request',
      details: [{ field: 'body', problem: 'is not valid JSON' }],
    });
  });

  it('answers 413 for a body over 1 MB', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/nothing',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ blob: 'x'.repeat(1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      statusCode: 413,
      message: 'Request body is larger than 1 MB',
    });
  });

  it('gives every response a request id, reusing a well-formed incoming one', async () => {
    const minted = await t.request({ url: '/health' });
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await t.request({
      url: '/health',
      headers: { 'x-request-id': 'trace-abc.123' },
    });
    expect(reused.headers['x-request-id']).toBe('trace-abc.123');
    const junk = await t.request({
      url: '/health',
      headers: { 'x-request-id': 'bad id\u0000<script>' },
    });
    expect(junk.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document generated from the controllers', async () => {
    const res = await t.request({ url: '/api/docs/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/ready']));
    expect((await t.request({ url: '/api/docs' })).headers['content-type']).toContain('text/html');
  });

  it('serves the SPA at / and for client-side routes, but never for API paths', async () => {
    const root = await t.request({ url: '/', headers: { accept: 'text/html' } });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<div id="root">');
    const deep = await t.request({ url: '/charts/123', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
    const api = await t.request({ url: '/api/unknown', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ statusCode: 404 });
  });

  it("sends the SPA's hashed modules precompressed as accepted, cached for good; index.html revalidated", async () => {
    const url = '/assets/index-abc123.js';
    const brotli = await t.request({ url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(moduleSource);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await t.request({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(moduleSource);
    const plain = await t.request({ url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(moduleSource);

    const index = await t.request({ url: '/', headers: { accept: 'text/html' } });
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it("keeps connections alive past a load balancer's idle timeout, as Fastify sets its own server", () => {
    const server = t.app.getHttpServer();
    expect(server.keepAliveTimeout).toBe(72_000);
  });
});
