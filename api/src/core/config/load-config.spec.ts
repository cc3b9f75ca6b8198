import { ConfigError, loadConfig } from './load-config';

const KEY = Buffer.alloc(32, 7).toString('base64');
const SECRET = 's'.repeat(40);

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the contract defaults', () => {
    const { config } = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.http.appUrl).toBe('http://localhost:3000');
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/notionchartkit');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.notion.apiBaseUrl).toBe('https://api.notion.com');
    expect(config.notion.webhookSecret).toBeNull();
  });

  it('derives APP_URL from PORT and trims trailing slashes', () => {
    expect(loadConfig({ PORT: '8080' }).config.http.appUrl).toBe('http://localhost:8080');
    expect(loadConfig({ APP_URL: 'https://charts.example.com/' }).config.http.appUrl).toBe(
      'https://charts.example.com',
    );
  });

  it('names each bad variable once, on its own line', () => {
    const problems = problemsOf({ PORT: 'abc', REDIS_URL: 'localhost:6379', LOG_LEVEL: 'loud' });
    expect(problems).toEqual([
      'PORT must be a whole number from 1 to 65535',
      'REDIS_URL must be a redis:// connection string',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ]);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be/);
  });

  it('requires the secrets outside demo mode', () => {
    expect(problemsOf({ NOTION_CLIENT_ID: 'client' })).toEqual([
      'NOTION_CLIENT_SECRET is required with NOTION_CLIENT_ID',
      'SESSION_SECRET is required outside demo mode',
      'ENCRYPTION_KEY is required outside demo mode',
    ]);
  });

  it('rejects an encryption key that is not 32 bytes', () => {
    const short = Buffer.alloc(16).toString('base64');
    expect(problemsOf({ ENCRYPTION_KEY: short })).toEqual([
      'ENCRYPTION_KEY must decode to 32 bytes (it decodes to 16)',
    ]);
  });

  it('uses the given credentials and secrets with Notion configured', () => {
    const { config, notices } = loadConfig({
      NOTION_CLIENT_ID: 'client',
      NOTION_CLIENT_SECRET: 'secret',
      SESSION_SECRET: SECRET,
      ENCRYPTION_KEY: KEY,
    });
    expect(config.demoMode).toBe(false);
    expect(config.notion.clientId).toBe('client');
    expect(config.secrets.encryptionKey.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(notices).toEqual([]);
  });

  it('runs in demo mode with throwaway secrets, said once, when NOTION_CLIENT_ID is unset', () => {
    const first = loadConfig({});
    const second = loadConfig({});
    expect(first.config.demoMode).toBe(true);
    expect(first.config.secrets.encryptionKey).toHaveLength(32);
    expect(first.config.secrets.encryptionKey.equals(second.config.secrets.encryptionKey)).toBe(
      false,
    );
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]).toMatch(/Demo mode.*SESSION_SECRET and ENCRYPTION_KEY are throwaway/);
    expect(first.notices[0]).not.toContain(first.config.secrets.sessionSecret);
  });

  it('turns metrics on only with a token, and the worker port only with it', () => {
    expect(loadConfig({}).config.metrics).toEqual({ token: null, port: null });
    expect(problemsOf({ METRICS_PORT: '9464' })).toEqual([
      'METRICS_PORT needs METRICS_TOKEN: the metrics are only served with a token',
    ]);
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual([
      'METRICS_TOKEN must be at least 16 characters',
    ]);
    const token = 'a-long-enough-metrics-token';
    expect(loadConfig({ METRICS_TOKEN: token, METRICS_PORT: '9464' }).config.metrics).toEqual({
      token,
      port: 9464,
    });
  });

  it('reads the request limits, with defaults', () => {
    expect(loadConfig({}).config.rateLimits).toEqual({
      perUserPerMinute: 600,
      perIpPerMinute: 300,
      publicPerIpPerMinute: 1200,
    });
    expect(loadConfig({ RATE_LIMIT_IP_PER_MINUTE: '20' }).config.rateLimits.perIpPerMinute).toBe(
      20,
    );
    expect(problemsOf({ RATE_LIMIT_USER_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: 'x' })).toEqual([
      'RATE_LIMIT_USER_PER_MINUTE must be a whole number from 1 to 1000000',
      'RATE_LIMIT_IP_PER_MINUTE must be a whole number from 1 to 1000000',
    ]);
  });
});
