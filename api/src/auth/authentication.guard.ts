import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../core/config/app-config';
import { ApiException } from '../core/http/api-error';
import { UsersService } from '../users/users.service';
import { ApiKeysService } from './api-keys.service';
import type { Principal } from './principal';
import { IS_PUBLIC_ROUTE, requiresAuthentication, routePathOf } from './route-access';
import { SESSION_COOKIE, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthorized = (message: string) => new ApiException(HttpStatus.UNAUTHORIZED, message);

/**
 * Global: every `/api` route needs a session cookie or `Authorization: Bearer nck_…` unless
 * it is open (`requiresAuthentication`). Puts the caller on `request.principal`. A
 * state-changing request carried by the cookie must come from the app's own origin.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly appOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly apiKeys: ApiKeysService,
    private readonly users: UsersService,
    config: AppConfig,
  ) {
    this.appOrigin = new URL(config.http.appUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const markedPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!requiresAuthentication(routePathOf(request), markedPublic === true)) return true;
    request.principal = await this.authenticate(request, http.getResponse<FastifyReply>());
    return true;
  }

  private async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Principal> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const [scheme, key] = authorization.split(' ');
      const found =
        scheme?.toLowerCase() === 'bearer' && key ? await this.apiKeys.authenticate(key) : null;
      if (!found) throw unauthorized('Invalid API key');
      return { via: 'api-key', user: found.user, apiKeyId: found.apiKeyId };
    }
    if (!SAFE_METHODS.has(request.method) && request.cookies[SESSION_COOKIE]) {
      this.requireOwnOrigin(request);
    }
    const session = await this.sessions.resume(request, reply);
    const user = session ? await this.users.findById(session.userId) : null;
    if (!session || !user) {
      if (session) await this.sessions.end(request, reply);
      throw unauthorized('Sign in, or send an API key as "Authorization: Bearer nck_…"');
    }
    return { via: 'session', user, sessionId: session.sessionId };
  }

  /** The browser says where a request comes from in `Origin`, or failing that `Referer`. */
  private requireOwnOrigin(request: FastifyRequest): void {
    const { origin, referer } = request.headers;
    let from: string | null = null;
    try {
      from = origin ? new URL(origin).origin : referer ? new URL(referer).origin : null;
    } catch {
      from = null;
    }
    if (from !== this.appOrigin) {
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        'Cross-site request refused: it must come from the app itself',
      );
    }
  }
}
