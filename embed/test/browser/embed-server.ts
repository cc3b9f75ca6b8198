import type { PublicChartPayload } from '@notionchartkit/shared';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import {
  chartPageCsp,
  type ChartPageInput,
  parseEmbedQuery,
  readEmbedDist,
  renderChartPage,
} from '../../src/page';
import { close, listen } from './listen';

/** A chart as the server knows it: its public payload, or why there is none to show. */
export type ServedChart = PublicChartPayload | 'private' | 'not_synced';

export interface EmbedServer {
  origin: string;
  /** What `/e/<key>` and `/api/public/charts/<key>` serve from now on; unknown keys are not found. */
  setChart(key: string, chart: ServedChart): void;
  /** Sends an `update` event to every page listening to the chart's events. */
  publishUpdate(key: string): void;
  /** Resolves once a page listens to the chart's events (at once if one does already). */
  listening(key: string): Promise<void>;
  close(): Promise<void>;
}

const ASSETS_PATH = '/assets/';

/**
 * The chart origin, as the API serves it: `/e/:key` rendered by `renderChartPage` under the
 * policy of `chartPageCsp`, the built renderer and loader, the public chart data and its events.
 */
export async function startEmbedServer(distDir: string): Promise<EmbedServer> {
  const dist = readEmbedDist(distDir);
  const charts = new Map<string, ServedChart>();
  const streams = new Map<string, Set<ServerResponse>>();
  const waiting = new Map<string, (() => void)[]>();

  function chartPage(key: string, query: URLSearchParams): [number, ChartPageInput] {
    const base = {
      nonce: randomBytes(16).toString('base64'),
      ...parseEmbedQuery(Object.fromEntries(query)),
    };
    const assets = { baseUrl: ASSETS_PATH, manifest: dist.manifest };
    const chart = charts.get(key);
    if (chart === undefined) return [404, { ...base, state: 'not_found' }];
    if (chart === 'private') return [404, { ...base, state: 'private' }];
    if (chart === 'not_synced')
      return [200, { ...base, state: 'not_synced', publicKey: key, assets }];
    return [200, { ...base, state: 'ready', publicKey: key, payload: chart, assets }];
  }

  function openEvents(key: string, request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(': listening\n\n');
    const open = streams.get(key) ?? new Set();
    streams.set(key, open.add(response));
    request.on('close', () => open.delete(response));
    for (const resolve of waiting.get(key) ?? []) resolve();
    waiting.delete(key);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = /^\/e\/([^/]+)$/.exec(url.pathname);
    const api = /^\/api\/public\/charts\/([^/]+)(\/events)?$/.exec(url.pathname);
    if (page) {
      const [status, input] = chartPage(decodeURIComponent(page[1]), url.searchParams);
      response.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': chartPageCsp({ nonce: input.nonce, frameAncestors: [] }),
      });
      response.end(renderChartPage(input));
    } else if (api?.[2]) {
      openEvents(decodeURIComponent(api[1]), request, response);
    } else if (api) {
      const chart = charts.get(decodeURIComponent(api[1]));
      if (typeof chart !== 'object') response.writeHead(404).end();
      else
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(chart));
    } else if (url.pathname === '/embed.js') {
      await sendScript(response, dist.loaderFile, 'no-cache');
    } else if (url.pathname.startsWith(ASSETS_PATH)) {
      await sendScript(
        response,
        join(dist.assetsDir, basename(url.pathname)),
        'public, max-age=31536000, immutable',
      );
    } else {
      response.writeHead(404).end();
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(404).end());
  });
  return {
    origin: await listen(server),
    setChart(key, chart) {
      charts.set(key, chart);
    },
    publishUpdate(key) {
      for (const stream of streams.get(key) ?? []) stream.write('event: update\ndata: {}\n\n');
    },
    listening(key) {
      if ((streams.get(key)?.size ?? 0) > 0) return Promise.resolve();
      return new Promise((resolve) => waiting.set(key, [...(waiting.get(key) ?? []), resolve]));
    },
    close: () => close(server),
  };
}

async function sendScript(
  response: ServerResponse,
  file: string,
  cacheControl: string,
): Promise<void> {
  const body = await readFile(file);
  response
    .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': cacheControl })
    .end(body);
}
