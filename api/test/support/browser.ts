import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app';

interface StoredCookie {
  value: string;
  path: string;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A browser for in-process requests: keeps the cookies the app sets (by name and path) and
 * sends them back where they apply; state-changing requests carry the app's `Origin`, as a
 * browser's fetch from the SPA would.
 */
export class Browser {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly t: TestApp) {}

  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const path = new URL(options.url, 'http://app').pathname;
    const headers: Record<string, string> = {
      ...(UNSAFE.has(method) ? { origin: new URL(this.t.env.config.http.appUrl).origin } : {}),
      ...(this.cookieHeader(path) ? { cookie: this.cookieHeader(path) } : {}),
      ...(options.headers as Record<string, string> | undefined),
    };
    const response = await this.t.request({ ...options, headers });
    this.remember(response);
    return response;
  }

  /** The raw (signed) value of a cookie, or undefined. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  setCookie(name: string, value: string, path = '/'): void {
    this.cookies.set(name, { value, path });
  }

  forget(name: string): void {
    this.cookies.delete(name);
  }

  private cookieHeader(path: string): string {
    return [...this.cookies]
      .filter(
        ([, cookie]) =>
          path === cookie.path ||
          path.startsWith(`${cookie.path.replace(/\/$/, '')}/`) ||
          cookie.path === '/',
      )
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      path?: string;
      maxAge?: number;
    }[]) {
      if (cookie.maxAge === 0 || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, { value: cookie.value, path: cookie.path ?? '/' });
    }
  }
}
