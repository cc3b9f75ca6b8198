import { SANDBOX_OAUTH_CLIENT } from '../seed/seed-ids.constants';
import { configFromEnv, DEFAULT_CLI_PORT } from './env-config.parser';

describe('configFromEnv', () => {
  it('defaults to the demo seed on a fixed port, rate limited like Notion', () => {
    const config = configFromEnv({});
    expect(config).toEqual({
      ok: true,
      options: {
        port: DEFAULT_CLI_PORT,
        host: '127.0.0.1',
        seed: ['acme', 'globex'],
        largeRows: 100_000,
        rateLimit: { requestsPerSecond: 3, burst: 10 },
        oauth: { ...SANDBOX_OAUTH_CLIENT, redirectUris: [], autoConsent: false },
        queryResultLimit: 10_000,
      },
    });
  });

  it('reads every setting', () => {
    const config = configFromEnv({
      SANDBOX_PORT: '0',
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_SEED: 'acme,large',
      SANDBOX_LARGE_ROWS: '5000',
      SANDBOX_RATE_LIMIT: 'off',
      NOTION_CLIENT_ID: 'cid',
      NOTION_CLIENT_SECRET: 'secret',
      SANDBOX_REDIRECT_URIS: 'http://a/cb, http://b/cb',
      SANDBOX_OAUTH_AUTO_CONSENT: '1',
    });
    expect(config.ok && config.options).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      seed: ['acme', 'large'],
      largeRows: 5000,
      rateLimit: false,
      oauth: {
        clientId: 'cid',
        clientSecret: 'secret',
        redirectUris: ['http://a/cb', 'http://b/cb'],
        autoConsent: true,
      },
    });
    expect(configFromEnv({ SANDBOX_SEED: 'none' })).toMatchObject({
      ok: true,
      options: { seed: [] },
    });
  });

  it('lists every problem', () => {
    expect(
      configFromEnv({
        SANDBOX_PORT: 'x',
        SANDBOX_RATE_LIMIT: 'maybe',
        SANDBOX_SEED: 'acme,nope',
        NOTION_CLIENT_ID: 'only-id',
      }),
    ).toEqual({
      ok: false,
      problems: [
        'SANDBOX_RATE_LIMIT should be "on" or "off", got "maybe"',
        'NOTION_CLIENT_ID and NOTION_CLIENT_SECRET go together',
        'SANDBOX_PORT should be a non-negative integer, got "x"',
        'SANDBOX_SEED has unknown seeds nope (use demo, none, or acme,globex,large)',
      ],
    });
  });
});
