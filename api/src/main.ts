import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config/load-config';
import { createHttpApp } from './core/http/create-http-app';
import { checkDependencies } from './core/startup/check-dependencies';
import { describeStartupError } from './core/startup/startup-error';

async function bootstrap(): Promise<void> {
  const { config, notices } = loadConfig();
  await checkDependencies(config);
  const app = await createHttpApp(config, notices);
  await app.listen({ port: config.http.port, host: config.http.host });
  process.stdout.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `NotionChartKit API listening on ${config.http.appUrl}` })}\n`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
