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

export type HeaderSet = Readonly<Record<string, string>>;

/** The headers a helmet middleware sets, read once: they are the same for every request. */
function headersOf(options: HelmetOptions): HeaderSet {
  const headers: Record<string, string> = {};
  const capture = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  };
  helmet(options)({} as never, capture as never, () => undefined);
  return headers;
}

/**
 * What answers with data, not a document: the API's JSON (but not its HTML docs), probes and
 * metrics. Browsers never render these, so document-only headers (opener and agent-cluster
 * isolation, DNS prefetch, legacy IE and Flash switches) would only cost bytes on the hottest
 * paths; what is left is OWASP's set for REST answers.
 */
const DATA_PATH = /^\/(api\/(?!docs(\/|$))|(health|ready|metrics)(\?|$))/;

/** A data answer's headers: no sniffing, no referrer, never framed, never a document. */
const DATA_POLICY = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
} as const satisfies HelmetOptions;

/**
 * Helmet's headers on every response: the full document set for the dashboard, its API docs
 * and the chart page, and the data set for everything else. HSTS only goes out over https (a
 * plain-http deployment must stay reachable), and the embeddable paths may be loaded
 * cross-origin. Helmet's output does not depend on the request, so each set is computed once
 * and copied onto each reply: running the middlewares per request (as `@fastify/helmet` does)
 * costs some 9 µs, a sizeable share of a cached public hit.
 */
export function securityHeaderSets(
  config: AppConfig,
): (url: string, ownContentSecurityPolicy: boolean, https: boolean) => HeaderSet {
  const shared = {
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
  } as const;
  const documentPolicy = headersOf({
    ...shared,
    contentSecurityPolicy: contentSecurityPolicy(servedOverHttps(config, { protocol: 'http' })),
  });
  const ownPolicy = headersOf({ ...shared, contentSecurityPolicy: false, xFrameOptions: false });
  const dataPolicy = headersOf({ ...DATA_POLICY, ...shared });
  // A dozen combinations at most, each merged once.
  const merged = new Map<string, HeaderSet>();
  return (url, ownContentSecurityPolicy, https) => {
    const kind = ownContentSecurityPolicy ? 'own' : DATA_PATH.test(url) ? 'data' : 'document';
    const embeddable = EMBEDDABLE.test(url);
    const key = `${kind} ${https} ${embeddable}`;
    let headers = merged.get(key);
    if (!headers) {
      const policy = { own: ownPolicy, data: dataPolicy, document: documentPolicy }[kind];
      headers = {
        ...policy,
        ...(https ? { 'strict-transport-security': HSTS } : {}),
        ...(embeddable ? { 'cross-origin-resource-policy': 'cross-origin' } : {}),
      };
      merged.set(key, headers);
    }
    return headers;
  };
}

/** Sends the security headers on every response of the application. */
export function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): void {
  const headersFor = securityHeaderSets(config);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const own = request.routeOptions.config.ownContentSecurityPolicy === true;
      void reply.headers(headersFor(request.url, own, servedOverHttps(config, request)));
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
