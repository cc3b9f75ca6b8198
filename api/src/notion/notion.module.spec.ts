import { Global, Logger, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { AppConfig } from '../core/config/app-config';
import { TokenCipher } from '../core/crypto/token-cipher';
import { REDIS } from '../core/redis/redis.tokens';
import { Metrics } from '../core/metrics/metrics';
import { NotionClientFactory } from './notion-client.factory';
import { NotionModule } from './notion.module';
import { startStubNotion, type StubNotion } from './testing/stub-notion.server';
import { connectTestRedis } from './testing/test-redis';

describe('NotionModule', () => {
  let redis: Redis;
  let stub: StubNotion;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    redis = connectTestRedis();
    stub = await startStubNotion(() => ({
      json: { object: 'user', id: 'bot-1', name: 'Charts', type: 'bot', bot: {} },
    }));
  });

  afterAll(async () => {
    redis.disconnect();
    await stub.close();
  });

  it('provides a factory wired to the config, the cipher, Redis and the metrics', async () => {
    const config = {
      notion: { apiBaseUrl: stub.url },
      secrets: { encryptionKey: randomBytes(32), previousEncryptionKeys: [] },
    } as unknown as AppConfig;

    // What the application's global core modules provide.
    @Global()
    @Module({
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: REDIS, useValue: redis },
        TokenCipher,
        Metrics,
      ],
      exports: [AppConfig, REDIS, TokenCipher, Metrics],
    })
    class CoreStandIn {}

    const moduleRef = await Test.createTestingModule({
      imports: [CoreStandIn, NotionModule],
    }).compile();
    const factory = moduleRef.get(NotionClientFactory);
    const cipher = moduleRef.get(TokenCipher);
    const client = factory.forConnection({
      connectionId: 'c-1',
      ownerId: 'o-1',
      sealedToken: cipher.seal('ntn_module_test', 'o-1:c-1'),
    });
    expect(await client.me()).toEqual({
      botId: 'bot-1',
      botName: 'Charts',
      workspaceId: null,
      workspaceName: null,
    });
    expect(stub.requests[0]?.headers.authorization).toBe('Bearer ntn_module_test');
    await moduleRef.close();
  });
});
