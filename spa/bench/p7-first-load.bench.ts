/**
 * P7 (first half): the dashboard's first load on the sign-in route costs ≤ 200 KB of
 * JavaScript after gzip -9. The built SPA (`spa/dist`, `npm run bench` builds it) is served
 * as the API serves it, index.html for client-side routes, and opened in headless Chromium;
 * every script the page fetched until the network went quiet is counted.
 *
 *   node scripts/run-ts.mjs spa/bench/p7-first-load.bench.ts
 *
 * The second half of P7 (the chart builder's preview ≤ 100 ms after a change, 10,000 rows)
 * is spa/bench/p7-preview.bench.ts; each prints its own P7 line.
 */
import { reportBenchResult } from '@notionchartkit/bench-result';
import { launchChromium } from '@notionchartkit/test-browser';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_BYTES = 200_000;
// Two folders up is the checkout, from spa/bench and from the bundle run-ts writes in tmp/run-ts.
const DIST = join(__dirname, '..', '..', 'spa', 'dist');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('build the SPA first: npx nx run spa:build');
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
    const file = join(DIST, path);
    if (path.startsWith('/api/')) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"statusCode":401}');
    } else if (file.startsWith(DIST) && existsSync(file) && extname(file)) {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(readFileSync(join(DIST, 'index.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const browser = await launchChromium();
  const page = await browser.newPage();
  const fetched: Promise<{ url: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    fetched.push(
      response.body().then((body) => ({
        url: response.url(),
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  });
  await page.goto(`http://127.0.0.1:${port}/sign-in`, { waitUntil: 'networkidle' });
  const scripts = await Promise.all(fetched);
  await browser.close();
  server.close();

  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  console.log(
    `P7 sign-in route, first load: ${scripts.length} scripts, ${total.toLocaleString('en-US')} B gzip -9`,
  );
  for (const script of scripts)
    console.log(`  ${new URL(script.url).pathname}: ${script.gzip.toLocaleString('en-US')} B`);
  reportBenchResult({
    target: 'P7',
    what: 'dashboard first load on the sign-in route: JavaScript, gzip -9',
    figure: total,
    unit: 'B',
    ratio: Number((total / TARGET_BYTES).toFixed(3)),
    pass: scripts.length > 0 && total <= TARGET_BYTES,
    command: 'node scripts/run-ts.mjs spa/bench/p7-first-load.bench.ts',
    note: `ratio is to the ${TARGET_BYTES.toLocaleString('en-US')} B bound; the preview-latency half of P7 is the other P7 line`,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
