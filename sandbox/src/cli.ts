#!/usr/bin/env node
import { configFromEnv } from './config/env-config.parser';
import { startSandbox } from './sandbox.server';

async function main(): Promise<void> {
  const config = configFromEnv(process.env);
  if (!config.ok) {
    for (const problem of config.problems) console.error(`notion-sandbox: ${problem}`);
    process.exit(1);
  }
  const { options } = config;
  const sandbox = await startSandbox(options);
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'notion sandbox listening',
      url: sandbox.url,
      seed: options.seed,
      rateLimit: options.rateLimit,
      oauthClientId: options.oauth?.clientId,
    }),
  );
  sandbox.control.events.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', msg: 'sandbox error', error: error.stack ?? error.message }),
    );
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    sandbox.close().then(
      () => {
        console.log(JSON.stringify({ level: 'info', msg: 'notion sandbox stopped', signal }));
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
