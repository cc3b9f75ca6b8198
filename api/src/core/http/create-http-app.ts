import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { sep } from 'node:path';
import { AppModule } from '../../app.module';
import { publicFastPathServer } from '../../public/public-fast-path';
import { type AppConfig } from '../config/app-config';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { registerBodyGuard } from './body-guard';
import { answerFrameworkError } from './framework-errors';
import { registerGracefulClose } from './graceful-close';
import { requestIdFor } from '../logging/request-id';
import { registerHttpMetrics } from '../metrics/http-metrics';
import { registerSecurityHeaders } from './security-headers';
import { SpaFallback } from './spa-fallback';
import { createValidationPipe } from './validation';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP application (not yet listening): used by `main.ts` and by the tests. */
export async function createHttpApp(
  config: AppConfig,
  notices: string[] = [],
): Promise<NestFastifyApplication> {
  // Public payloads held in memory are answered by the HTTP server, ahead of Fastify.
  const publicFastPath = publicFastPathServer();
  const adapter = new FastifyAdapter({
    serverFactory: publicFastPath.serverFactory,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    frameworkErrors: answerFrameworkError,
    // A hop count: the client IP is the address that many proxies back.
    trustProxy: config.http.trustProxy > 0 ? config.http.trustProxy : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Notion signs webhook bodies byte for byte; the signature check needs them unparsed.
    rawBody: true,
    // Let start-up errors reach main.ts, which names the failing dependency.
    abortOnError: false,
  });
  publicFastPath.start(app);
  const logger = app.get(Logger);
  app.useLogger(logger);
  for (const notice of notices) logger.warn(notice, 'Config');

  registerSecurityHeaders(app, config);
  // Session and sign-in cookies are signed with SESSION_SECRET.
  await app.register(fastifyCookie, { secret: config.secrets.sessionSecret });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerHttpMetrics(app);
  registerBodyGuard(app);
  registerGracefulClose(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(
    new AllExceptionsFilter(
      config.http.spaDistDir ? new SpaFallback(config.http.spaDistDir) : null,
    ),
  );
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('NotionChartKit API')
      .setDescription('Live charts from Notion databases. See docs/api.md for the chart semantics.')
      .setVersion('1')
      .addCookieAuth('nck_session')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (nck_…)' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  if (config.http.spaDistDir) {
    await app.register(import('@fastify/static'), {
      root: config.http.spaDistDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each file; the client gets what it accepts.
      preCompressed: true,
      setHeaders: (response, path) => {
        // Vite's assets carry their content hash in the name; index.html names the current ones.
        void response.header(
          'cache-control',
          path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  return app;
}
