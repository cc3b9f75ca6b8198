import type { LightMyRequestResponse } from 'fastify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApp } from '../../src/core/http/create-http-app';
import { OWN_CSP_ROUTE_CONFIG } from '../../src/core/http/security-headers';
import { createTestEnv } from '../support/test-env';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';

/** The CSP's directives by name: `{ 'frame-ancestors': ["'none'"], … }`. */
function directives(response: LightMyRequestResponse): Record<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** Headers every response carries, whatever it is. */
function expectBaseline(response: LightMyRequestResponse): void {
  expect(response.headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.headers['access-control-allow-credentials']).toBeUndefined();
}

/** A document's headers: isolation from openers and legacy switches as well. */
function expectDocumentBaseline(response: LightMyRequestResponse): void {
  expectBaseline(response);
  expect(response.headers).toMatchObject({
    'cross-origin-opener-policy': 'same-origin',
    'x-permitted-cross-domain-policies': 'none',
  });
}

/** The dashboard's policy: no framing, own scripts only, no HSTS over plain http. */
function expectAppPolicy(response: LightMyRequestResponse): void {
  expectDocumentBaseline(response);
  const csp = directives(response);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['connect-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['img-src']).toEqual(expect.arrayContaining(["'self'", 'https:']));
  expect(csp['upgrade-insecure-requests']).toBeUndefined();
  expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(response.headers['strict-transport-security']).toBeUndefined();
}

/** Data (API JSON, probes): nothing may run, frame or sniff it, and no document-only headers. */
function expectDataPolicy(response: LightMyRequestResponse): void {
  expectBaseline(response);
  expect(directives(response)).toEqual({
    'default-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  });
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(response.headers['strict-transport-security']).toBeUndefined();
  for (const documentOnly of [
    'cross-origin-opener-policy',
    'origin-agent-cluster',
    'x-dns-prefetch-control',
    'x-download-options',
    'x-xss-protection',
  ]) {
    expect(response.headers[documentOnly]).toBeUndefined();
  }
}

describe('X5: security headers', () => {
  let t: TestApp;
  let user: TestUser;
  const spaDir = mkdtempSync(join(tmpdir(), 'nck-spa-'));
  writeFileSync(join(spaDir, 'index.html'), '<!doctype html><title>NotionChartKit</title>');

  beforeAll(async () => {
    t = await startTestApp({ vars: { SPA_DIST_DIR: spaDir } });
    user = await createTestUser(t);
  });
  afterAll(() => t.close());

  it('X5: an API JSON answer, an API error and /health carry the data policy', async () => {
    const me = await t.request({ url: '/api/auth/me', headers: user.headers });
    expect(me.statusCode).toBe(200);
    expectDataPolicy(me);
    const refused = await t.request({ url: '/api/connections' });
    expect(refused.statusCode).toBe(401);
    expectDataPolicy(refused);
    const health = await t.request({ url: '/health' });
    expect(health.statusCode).toBe(200);
    expectDataPolicy(health);
  });

  it("X5: the SPA's index, at / and on client-side routes, may not be framed", async () => {
    for (const url of ['/', '/charts/123']) {
      const page = await t.request({ url, headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expectAppPolicy(page);
    }
  });

  it("X5: the API docs, a document, carry the dashboard's policy", async () => {
    const docs = await t.request({ url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expectAppPolicy(docs);
  });

  it('X5: HSTS and upgrade-insecure-requests only over https', async () => {
    const behindProxy = await startTestApp({ vars: { TRUST_PROXY: '1' } });
    try {
      const forwarded = await behindProxy.request({
        url: '/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(forwarded.headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
      const plain = await behindProxy.request({ url: '/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.close();
    }
    // Without a trusted proxy, a forwarded header proves nothing.
    const spoofed = await t.request({ url: '/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();

    const https = await startTestApp({ vars: { APP_URL: 'https://charts.example.com' } });
    try {
      const health = await https.request({ url: '/health' });
      expect(health.headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
      const docs = await https.request({ url: '/api/docs' });
      expect(docs.headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
      expect(directives(docs)['upgrade-insecure-requests']).toEqual([]);
    } finally {
      await https.close();
    }
  });

  it('X5: a route with its own policy (the chart page) keeps it, and embeddable paths load cross-origin', async () => {
    const env = await createTestEnv();
    const app = await createHttpApp(env.config);
    const fastify = app.getHttpAdapter().getInstance();
    fastify.get('/e/x5-probe', { config: OWN_CSP_ROUTE_CONFIG }, async (_request, reply) =>
      reply
        .header('content-security-policy', 'frame-ancestors https://blog.example')
        .type('text/html')
        .send('<!doctype html>'),
    );
    await app.init();
    try {
      const page = await fastify.inject({ url: '/e/x5-probe' });
      expectDocumentBaseline(page);
      expect(page.headers['content-security-policy']).toBe('frame-ancestors https://blog.example');
      expect(page.headers['x-frame-options']).toBeUndefined();
      expect(page.headers['cross-origin-resource-policy']).toBe('cross-origin');
      const publicData = await fastify.inject({ url: '/api/public/charts/unknown-key' });
      expect(publicData.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(publicData.headers['access-control-allow-credentials']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
