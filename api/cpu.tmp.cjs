const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { Client } = require('pg');
const Redis = require('ioredis');
const autocannon = require('autocannon');
const { randomBytes } = require('node:crypto');
const KEY = randomBytes(18).toString('base64url');
const PREFIX = `nck_bench_${Date.now().toString(36)}`;
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; }; // ms (CLK_TCK 100)
const body = JSON.stringify({ name: 'Revenue', type: 'bar', options: {}, data: { labels: Array.from({length: 60}, (_, i) => `L${i}`), series: [{ key: 'k', label: 'l', values: Array.from({length: 60}, (_, i) => i * 1234.5) }, { key: 'k2', label: 'l2', values: Array.from({length: 60}, (_, i) => i * 77.25) }], meta: { rowCount: 1, computedAt: new Date().toISOString(), datasetSyncedAt: null } }, updatedAt: new Date().toISOString() });
(async () => {
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${PREFIX}"`);
  const redis = new Redis('redis://127.0.0.1:6379');
  await redis.set(`${PREFIX}:chart-payload:${KEY}`, `{"etag":"\\"b\\"","origins":[]}\n${body}`);
  console.log('bytes', body.length);
  const env = { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '3917', HOST: '127.0.0.1', LOG_LEVEL: process.env.LL ?? 'info',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${PREFIX}`, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: PREFIX, RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000' };
  const api = spawn(process.execPath, ['/work/main/api/dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = ''; api.stdout.on('data', (c) => (out += c)); api.stderr.on('data', (c) => (out += c));
  const bare = spawn(process.execPath, ['-e', `
    const http = require('node:http'); const Redis = require(${JSON.stringify(require.resolve('ioredis'))});
    const redis = new Redis('redis://127.0.0.1:6379', { keyPrefix: '${PREFIX}:' });
    http.createServer(async (req, res) => {
      const value = await redis.getBuffer('chart-payload:' + req.url.slice('/api/public/charts/'.length));
      if (!value) { res.statusCode = 404; return res.end(); }
      const i = value.indexOf(10); const meta = JSON.parse(value.toString('utf8', 0, i));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: meta.etag, 'cache-control': 'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400', 'access-control-allow-origin': '*' });
      res.end(value.subarray(i + 1));
    }).listen(3918, '127.0.0.1');`], { stdio: 'ignore' });
  api.on('exit', (code) => code && console.log('api exited', code, out.slice(-2000)));
  for (let i = 0; i < 200 && !/listening/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
  const N = Number(process.env.N ?? 15000);
  const run = (port) => autocannon({ url: `http://127.0.0.1:${port}/api/public/charts/${KEY}`, connections: 64, amount: N });
  await run(3917); await run(3918);
  const per = { api: [], bare: [] };
  for (let round = 0; round < 3; round++) for (const [name, port, pid] of [['api', 3917, api.pid], ['bare', 3918, bare.pid]]) {
    const c0 = cpu(pid); const r = await run(port); const c1 = cpu(pid);
    per[name].push((c1 - c0) / N * 1000);
    console.log(name, 'cpu µs/req', ((c1 - c0) / N * 1000).toFixed(1), 'non2xx', r.non2xx, 'rps', Math.round(r.requests.average));
  }
  const med = (a) => a.slice().sort((x, y) => x - y)[1];
  console.log('median µs/req api', med(per.api).toFixed(1), 'bare', med(per.bare).toFixed(1), 'throughput ratio ≈', (med(per.bare) / med(per.api)).toFixed(3));
  api.kill('SIGTERM'); bare.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 1500));
  const keys = await redis.keys(`${PREFIX}:*`); if (keys.length) await redis.del(...keys); await redis.quit();
  await admin.query(`DROP DATABASE IF EXISTS "${PREFIX}" WITH (FORCE)`); await admin.end();
})();
