import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from './core/config/load-config';
import { checkDependencies } from './core/startup/check-dependencies';
import { describeStartupError } from './core/startup/startup-error';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const { config, notices } = loadConfig();
  await checkDependencies(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  for (const notice of notices) logger.warn(notice, 'Config');
  app.enableShutdownHooks();
  await app.init();
  logger.log('NotionChartKit worker started', 'Worker');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
