import type { CookieSerializeOptions } from '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../core/config/app-config';
import { servedOverHttps } from '../core/http/served-over-https';

interface CookieScope {
  path: string;
  maxAgeSeconds: number;
}

/**
 * The app's own cookies: signed with SESSION_SECRET, httpOnly, `SameSite=Lax`, and `Secure`
 * when the app is served over https (`servedOverHttps`).
 */
@Injectable()
export class AuthCookies {
  constructor(private readonly config: AppConfig) {}

  /** The verified value, or null when absent or tampered with. */
  read(request: FastifyRequest, name: string): string | null {
    const raw = request.cookies[name];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    return unsigned.valid ? unsigned.value : null;
  }

  isPresent(request: FastifyRequest, name: string): boolean {
    return Boolean(request.cookies[name]);
  }

  set(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    value: string,
    scope: CookieScope,
  ): void {
    void reply.setCookie(name, value, this.options(request, scope));
  }

  clear(request: FastifyRequest, reply: FastifyReply, name: string, path: string): void {
    void reply.clearCookie(name, this.options(request, { path, maxAgeSeconds: 0 }));
  }

  private options(request: FastifyRequest, scope: CookieScope): CookieSerializeOptions {
    return {
      path: scope.path,
      maxAge: scope.maxAgeSeconds,
      httpOnly: true,
      sameSite: 'lax',
      secure: servedOverHttps(this.config, request),
      signed: true,
    };
  }
}
