import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { TokenRotationModule } from './connections/token-rotation.module';
import { describeRotation, TokenRotationService } from './connections/token-rotation.service';
import { ConfigError, loadConfig } from './core/config/load-config';
import { TokenCipher } from './core/crypto/token-cipher';
import { describeStartupError } from './core/startup/startup-error';

/**
 * `npm run reencrypt-tokens -w @notionchartkit/api` (after a build): once ENCRYPTION_KEY is
 * the new key and ENCRYPTION_KEYS_PREVIOUS holds the old one, re-seals every stored Notion
 * token with the new key. See docs/operations.md. Returns the exit code: 1 when some token
 * could not be opened.
 */
export async function reencryptTokens(
  env: NodeJS.ProcessEnv,
  print: (text: string) => void,
): Promise<number> {
  // Without it, demo mode would make up a key that opens nothing.
  if (!env.ENCRYPTION_KEY) {
    throw new ConfigError(['ENCRYPTION_KEY must be set (the new key) to re-encrypt tokens']);
  }
  const { config } = loadConfig(env);
  const app = await NestFactory.createApplicationContext(TokenRotationModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const report = await app.get(TokenRotationService).resealStaleTokens();
    print(describeRotation(report, app.get(TokenCipher).currentKeyId));
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  reencryptTokens(process.env, (text) => process.stdout.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${describeStartupError(error)}\n`);
      process.exit(error instanceof ConfigError ? 78 : 1);
    },
  );
}
