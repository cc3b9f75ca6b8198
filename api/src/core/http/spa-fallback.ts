import type { FastifyReply, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Paths the SPA never owns: the API, the embed pages and the loader. */
const NOT_SPA = /^\/(api|e)(\/|$)|^\/embed\.js$|^\/(health|ready|metrics)$/;

/**
 * Serves the SPA's index.html for browser navigations to client-side routes (the single
 * port product: `/charts/123` is the SPA's, not a 404).
 */
export class SpaFallback {
  private indexHtml: Buffer | null = null;

  constructor(private readonly distDir: string) {}

  async serve(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const path = request.url.split('?')[0] ?? '/';
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !wantsHtml ||
      NOT_SPA.test(path)
    ) {
      return false;
    }
    this.indexHtml ??= await readFile(join(this.distDir, 'index.html'));
    await reply
      .status(200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(this.indexHtml);
    return true;
  }
}
