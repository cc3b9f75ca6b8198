import type { Sandbox } from '@notionchartkit/notion-sandbox';
import type { LightMyRequestResponse } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { tokenBinding } from '../../src/connections/connection.entity';
import { TokenCipher, TokenDecryptionError } from '../../src/core/crypto/token-cipher';
import type { Browser } from '../support/browser';
import { storedConnectionTokens } from '../support/connection-tokens';
import { startTestSandbox } from '../support/notion-sandbox';
import { signedInBrowser } from '../support/sign-in-helpers';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-run';

/** Every value under the app's Redis prefix, whatever the key's type (queues included). */
async function redisDump(prefix: string): Promise<{ keys: string[]; text: string }> {
  const redis = new Redis(TEST_REDIS_URL);
  const keys: string[] = [];
  const values: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    for (const key of keys) {
      const type = await redis.type(key);
      switch (type) {
        case 'string':
          values.push((await redis.get(key)) ?? '');
          break;
        case 'hash':
          values.push(JSON.stringify(await redis.hgetall(key)));
          break;
        case 'list':
          values.push(...(await redis.lrange(key, 0, -1)));
          break;
        case 'set':
          values.push(...(await redis.smembers(key)));
          break;
        case 'zset':
          values.push(...(await redis.zrange(key, 0, -1)));
          break;
        case 'stream':
          values.push(JSON.stringify(await redis.xrange(key, '-', '+')));
          break;
        default:
          values.push(`<${type}>`);
      }
    }
  } finally {
    redis.disconnect();
  }
  return { keys, text: [...keys, ...values].join('\n') };
}

/** Every row of every table, as JSON. */
async function databaseDump(database: DataSource): Promise<{ tables: string[]; text: string }> {
  const tables = (
    await database.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )
  ).map((row) => row.table_name);
  const rows: string[] = [];
  for (const table of tables) {
    const dumped = await database.query<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${table}" t`,
    );
    rows.push(...dumped.map((row) => row.row));
  }
  return { tables, text: rows.join('\n') };
}

/**
 * X3: after a Notion sign-in, an internal connection and uses of both, no plaintext Notion
 * token (nor API key) is in the database, the logs, Redis or any response.
 */
describe('X3: token scan', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  const logs: string[] = [];
  const responses: LightMyRequestResponse[] = [];

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({
      vars: { NOTION_API_BASE_URL: sandbox.url, LOG_LEVEL: 'debug' },
      config: (config) => ({
        ...config,
        log: { ...config.log, destination: { write: (line: string) => logs.push(line) } },
      }),
    });
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  it('finds no plaintext token in the database, the logs, Redis or the responses', async () => {
    const browser: Browser = await signedInBrowser(t);
    const call = async (options: Parameters<Browser['request']>[0]) => {
      const response = await browser.request(options);
      responses.push(response);
      return response;
    };

    const internalToken = sandbox.control.issueToken().token;
    const rejectedToken = 'ntn_rejected_by_notion_0123456789abcdef';
    expect(
      (await call({ method: 'POST', url: '/api/connections', payload: { token: internalToken } }))
        .statusCode,
    ).toBe(201);
    expect(
      (await call({ method: 'POST', url: '/api/connections', payload: { token: rejectedToken } }))
        .statusCode,
    ).toBe(422);
    const connections = (await call({ url: '/api/connections' })).json<{
      items: { id: string }[];
    }>();
    for (const { id } of connections.items) {
      expect((await call({ url: `/api/connections/${id}/sources` })).statusCode).toBe(200);
    }
    const apiKey = (
      await call({ method: 'POST', url: '/api/api-keys', payload: { name: 'scan' } })
    ).json<{ key: string }>().key;
    responses.push(
      await t.request({ url: '/api/connections', headers: { authorization: `Bearer ${apiKey}` } }),
    );

    const stored = await storedConnectionTokens(t);
    expect(stored).toHaveLength(2);
    const oauth = stored.find((connection) => connection.accessToken !== internalToken);
    expect(oauth?.refreshToken).toEqual(expect.any(String));
    const secrets = [
      internalToken,
      rejectedToken,
      oauth?.accessToken as string,
      oauth?.refreshToken as string,
      apiKey,
    ];

    // Tokens are AES-256-GCM ciphertext naming their key, bound to owner and connection.
    const cipher = t.app.get(TokenCipher);
    for (const connection of stored) {
      expect(connection.sealedAccessToken).toMatch(new RegExp(`^v1\\.${cipher.currentKeyId}\\.`));
      expect(() =>
        cipher.open(
          connection.sealedAccessToken,
          tokenBinding({
            ownerId: connection.ownerId,
            id: stored.find((other) => other.id !== connection.id)?.id ?? '',
          }),
        ),
      ).toThrow(TokenDecryptionError);
    }

    const database = await databaseDump(t.app.get(DataSource));
    expect(database.tables).toEqual(expect.arrayContaining(['users', 'connections', 'api_keys']));
    const redis = await redisDump(t.env.redisPrefix);
    expect(redis.keys.some((key) => key.includes(':session:'))).toBe(true);
    const logText = logs.join('');
    expect(logText).toContain('/api/auth/notion/callback');
    const responseText = responses
      .map((response) => `${JSON.stringify(response.headers)}\n${response.body}`)
      .join('\n');

    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(16);
      expect({ where: 'database', found: database.text.includes(secret) }).toEqual({
        where: 'database',
        found: false,
      });
      expect({ where: 'logs', found: logText.includes(secret) }).toEqual({
        where: 'logs',
        found: false,
      });
      expect({ where: 'redis', found: redis.text.includes(secret) }).toEqual({
        where: 'redis',
        found: false,
      });
    }
    for (const secret of secrets.filter((secret) => secret !== apiKey)) {
      expect({ where: 'responses', found: responseText.includes(secret) }).toEqual({
        where: 'responses',
        found: false,
      });
    }
  });
});
