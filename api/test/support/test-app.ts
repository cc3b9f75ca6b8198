import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { type AppConfig } from '../../src/core/config/app-config';
import { createHttpApp } from '../../src/core/http/create-http-app';
import { createTestEnv, type TestEnv } from './test-env';

export interface TestApp {
  app: NestFastifyApplication;
  env: TestEnv;
  /** An in-process request through the whole HTTP stack (Fastify's inject). */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The real HTTP application on a fresh database and Redis prefix, ready for requests. */
export async function startTestApp(
  options: { vars?: Record<string, string>; config?: (config: AppConfig) => AppConfig } = {},
): Promise<TestApp> {
  const env = await createTestEnv(options.vars);
  const config = options.config ? options.config(env.config) : env.config;
  const app = await createHttpApp(config);
  await app.init();
  // Nest buffers its log lines until `listen()`, which tests never call.
  app.flushLogs();
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return {
    app,
    env: { ...env, config },
    request: (injectOptions) => fastify.inject(injectOptions),
    close: () => app.close(),
  };
}
