const { spawn } = require('node:child_process');
const { Client } = require('pg');
const Redis = require('ioredis');
const autocannon = require('autocannon');
const { randomBytes } = require('node:crypto');
const KEY = randomBytes(18).toString('base64url');
const PREFIX = `nck_bench_${Date.now().toString(36)}`;
(async () => {
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${PREFIX}"`);
  const redis = new Redis('redis://127.0.0.1:6379');
  await redis.set(`${PREFIX}:chart-payload:${KEY}`, `{"etag":"\\"b\\"","origins":[]}\n{"name":"x","data":{"labels":[]}}`);
  const env = { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '3917', HOST: '127.0.0.1', LOG_LEVEL: process.env.LL ?? 'info',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${PREFIX}`, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: PREFIX, RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000' };
  const api = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/work/main/tmp/prof', '/work/main/api/dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = ''; api.stdout.on('data', (c) => (out += c)); api.stderr.on('data', (c) => (out += c));
  for (let i = 0; i < 200 && !/listening/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
  const r = await autocannon({ url: `http://127.0.0.1:3917/api/public/charts/${KEY}`, connections: 32, duration: 8 });
  console.log('rps', r.requests.average, r.non2xx);
  api.kill('SIGINT');
  await new Promise((res) => api.on('exit', res));
  await redis.quit();
  await admin.query(`DROP DATABASE IF EXISTS "${PREFIX}" WITH (FORCE)`); await admin.end();
})();
