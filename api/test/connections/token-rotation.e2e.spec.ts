import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { tokenBinding } from '../../src/connections/connection.entity';
import { ConnectionsService } from '../../src/connections/connections.service';
import { TokenRotationModule } from '../../src/connections/token-rotation.module';
import {
  describeRotation,
  TokenRotationService,
} from '../../src/connections/token-rotation.service';
import type { AppConfig } from '../../src/core/config/app-config';
import { keyIdOf, TokenCipher } from '../../src/core/crypto/token-cipher';
import { reencryptTokens } from '../../src/reencrypt-tokens';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser } from '../support/test-users';

interface StoredRow {
  id: string;
  owner_id: string;
  access_token: string;
  refresh_token: string | null;
}

describe('re-encrypting tokens under a new key', () => {
  let t: TestApp;
  const keyA = randomBytes(32);
  const keyB = randomBytes(32);
  const plaintext = new Map<string, { access: string; refresh: string | null }>();

  const withKeys =
    (current: Buffer, previous: Buffer[]) =>
    (config: AppConfig): AppConfig => ({
      ...config,
      secrets: { ...config.secrets, encryptionKey: current, previousEncryptionKeys: previous },
    });

  async function rows(): Promise<StoredRow[]> {
    return t.app
      .get(DataSource)
      .query<StoredRow[]>('SELECT id, owner_id, access_token, refresh_token FROM connections');
  }

  async function rotationContext(
    current: Buffer,
    previous: Buffer[],
  ): Promise<INestApplicationContext> {
    return NestFactory.createApplicationContext(
      TokenRotationModule.forRoot(withKeys(current, previous)(t.env.config)),
      { logger: false },
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ config: withKeys(keyA, []) });
    const owner = await createTestUser(t);
    const connections = t.app.get(ConnectionsService);
    for (let i = 0; i < 5; i += 1) {
      const access = `ntn_rotation_access_${i}_${randomBytes(8).toString('hex')}`;
      const refresh =
        i % 2 === 0 ? `nrt_rotation_refresh_${i}_${randomBytes(8).toString('hex')}` : null;
      const saved = await connections.saveOAuth(owner.id, {
        access_token: access,
        refresh_token: refresh,
        token_type: 'bearer',
        bot_id: `bot-${i}`,
        workspace_id: `workspace-${i}`,
        workspace_name: `Workspace ${i}`,
        workspace_icon: null,
        owner: { type: 'workspace', workspace: true },
        duplicated_template_id: null,
        request_id: 'r',
      });
      plaintext.set(saved.id, { access, refresh });
    }
  });
  afterAll(() => t.close());

  it('the command re-seals every token with the new key, printing counts and no token', async () => {
    let printed = '';
    const code = await reencryptTokens(
      {
        ...t.env.vars,
        ENCRYPTION_KEY: keyB.toString('base64'),
        ENCRYPTION_KEYS_PREVIOUS: keyA.toString('base64'),
      },
      (text) => {
        printed += text;
      },
    );
    expect(code).toBe(0);
    expect(printed).toContain('Connections scanned: 5');
    expect(printed).toContain(`Re-sealed with key ${keyIdOf(keyB)}: 5`);
    for (const { access, refresh } of plaintext.values()) {
      expect(printed).not.toContain(access);
      if (refresh) expect(printed).not.toContain(refresh);
    }
  });

  it('refuses to run without the new key', async () => {
    const { ENCRYPTION_KEY: _omitted, ...withoutKey } = t.env.vars;
    await expect(reencryptTokens(withoutKey, () => undefined)).rejects.toThrow(
      /ENCRYPTION_KEY must be set/,
    );
  });

  it('left every token sealed with the new key, still bound to its owner and connection', async () => {
    const cipher = new TokenCipher(withKeys(keyB, [])(t.env.config));
    for (const row of await rows()) {
      const binding = tokenBinding({ ownerId: row.owner_id, id: row.id });
      expect(row.access_token.split('.')[1]).toBe(keyIdOf(keyB));
      expect(cipher.open(row.access_token, binding)).toBe(plaintext.get(row.id)?.access);
      expect(row.refresh_token && cipher.open(row.refresh_token, binding)).toBe(
        plaintext.get(row.id)?.refresh,
      );
    }
  });

  it('is idempotent, works in batches, and reports tokens no configured key opens', async () => {
    const context = await rotationContext(keyB, [keyA]);
    try {
      const service = context.get(TokenRotationService);
      expect(await service.resealStaleTokens(2)).toEqual({
        scanned: 5,
        resealed: 0,
        current: 5,
        changedMeanwhile: 0,
        failed: [],
      });

      // One connection sealed under a key nobody configured any more.
      const [victim] = await rows();
      const lostKey = new TokenCipher(withKeys(randomBytes(32), [])(t.env.config));
      const binding = tokenBinding({ ownerId: victim.owner_id, id: victim.id });
      await t.app
        .get(DataSource)
        .query('UPDATE connections SET access_token = $1 WHERE id = $2', [
          lostKey.seal('ntn_lost', binding),
          victim.id,
        ]);
      const report = await service.resealStaleTokens(2);
      expect(report).toMatchObject({ scanned: 5, resealed: 0, current: 4 });
      expect(report.failed).toEqual([
        { connectionId: victim.id, reason: expect.stringMatching(/key \w+ is not configured/) },
      ]);
      expect(describeRotation(report, 'k')).not.toContain('ntn_lost');
    } finally {
      await context.close();
    }
  });
});
