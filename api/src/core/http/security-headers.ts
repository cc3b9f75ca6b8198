import { RouteConfig } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { type AppConfig } from '../config/app-config';
import { servedOverHttps } from './served-over-https';

/**
 * What other sites load from us without credentials: the loader script, the chart page they
 * frame, the public data and oEmbed. Everything else may only be read by our own pages.
 */
const EMBEDDABLE = /^\/(embed\.js$|e\/|api\/public\/|api\/oembed(\/|$|\?))/;

const HSTS = 'max-age=31536000; includeSubDomains';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route sends its own `Content-Security-Policy` (see `OwnContentSecurityPolicy`). */
    ownContentSecurityPolicy?: boolean;
  }
}

/** The dashboard's policy: its own scripts, Notion's https images and icons, no framing. */
function contentSecurityPolicy(https: boolean): HelmetOptions['contentSecurityPolicy'] {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:', 'https:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Inline style attributes (the UI kit, the API docs); scripts stay strict.
      styleSrc: ["'self'", "'unsafe-inline'"],
      ...(https ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/**
 * Helmet's headers on every response, API, SPA and docs alike. HSTS only goes out over https
 * (a plain-http deployment must stay reachable), and the embeddable paths may be loaded
 * cross-origin. The helmet middlewares are built once: building one per request (as
 * `@fastify/helmet` does) takes some 9 µs a request, a sizeable share of a cached public hit.
 */
export function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): void {
  const shared = {
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
  } as const;
  const appPolicy = helmet({
    ...shared,
    contentSecurityPolicy: contentSecurityPolicy(new URL(config.http.appUrl).protocol === 'https:'),
  });
  const ownPolicy = helmet({ ...shared, contentSecurityPolicy: false, xFrameOptions: false });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const own = request.routeOptions.config.ownContentSecurityPolicy === true;
      (own ? ownPolicy : appPolicy)(request.raw, reply.raw, () => undefined);
      if (servedOverHttps(config, request)) void reply.header('strict-transport-security', HSTS);
      if (EMBEDDABLE.test(request.url)) {
        void reply.header('cross-origin-resource-policy', 'cross-origin');
      }
      done();
    });
}

/**
 * For a route that sends its own `Content-Security-Policy` (the chart page, whose
 * `frame-ancestors` come from the chart's allowed origins): the global policy and
 * `X-Frame-Options` are left out, every other security header stays. A raw Fastify route
 * gets the same with `config: OWN_CSP_ROUTE_CONFIG`.
 */
export const OWN_CSP_ROUTE_CONFIG = { ownContentSecurityPolicy: true } as const;
export const OwnContentSecurityPolicy = (): MethodDecorator => RouteConfig(OWN_CSP_ROUTE_CONFIG);
