const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { Client } = require('pg');
const Redis = require('ioredis');
const autocannon = require('autocannon');
const { randomBytes } = require('node:crypto');
const KEY = randomBytes(18).toString('base64url');
const PREFIX = `nck_bench_${Date.now().toString(36)}`;
const N = 15000;
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const body = JSON.stringify({ name: 'Revenue', type: 'bar', options: {}, data: { labels: Array.from({length: 60}, (_, i) => `L${i}`), series: [{ key: 'k', label: 'l', values: Array.from({length: 60}, (_, i) => i * 1234.5) }, { key: 'k2', label: 'l2', values: Array.from({length: 60}, (_, i) => i * 77.25) }], meta: { rowCount: 1, computedAt: new Date().toISOString(), datasetSyncedAt: null } }, updatedAt: new Date().toISOString() });
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${PREFIX}"`);
  const redis = new Redis('redis://127.0.0.1:6379');
  await redis.set(`${PREFIX}:chart-payload:${KEY}`, `{"etag":"\\"b\\"","origins":[]}\n${body}`);
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
  const run = (port) => autocannon({ url: `http://127.0.0.1:${port}/api/public/charts/${KEY}`, connections: 64, amount: N });
  const measure = async (port, pid) => { const c0 = cpu(pid); const r = await run(port); return { us: (cpu(pid) - c0) / N * 1000, non2xx: r.non2xx }; };
  await wait(500); await run(3918);
  for (const v of (process.env.VARIANTS ?? 'v0,v1,v2,v3').split(',')) {
    const env = { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '3917', HOST: '127.0.0.1', LOG_LEVEL: 'info',
      DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${PREFIX}`, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: PREFIX, RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000' };
    const api = spawn(process.execPath, [`/work/main/api/tmp/dist-exp/${v}/main.js`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = ''; api.stdout.on('data', (c) => (out += c)); api.stderr.on('data', (c) => (out += c));
    api.on('exit', (code) => code && console.log(v, 'exited', code, out.slice(-1500)));
    for (let i = 0; i < 200 && !/listening/.test(out); i++) await wait(100);
    await run(3917);
    const a = [], b = [];
    for (let round = 0; round < 3; round++) { a.push(await measure(3917, api.pid)); b.push(await measure(3918, bare.pid)); }
    const med = (xs) => xs.map((x) => x.us).sort((x, y) => x - y)[1];
    console.log(v, 'api µs/req', med(a).toFixed(1), 'bare', med(b).toFixed(1), 'ratio', (med(b) / med(a)).toFixed(3), 'non2xx', a.map((x) => x.non2xx).join('/'));
    api.kill('SIGTERM'); await new Promise((r) => api.on('exit', r));
  }
  bare.kill('SIGKILL');
  await redis.del(`${PREFIX}:chart-payload:${KEY}`); await redis.quit();
  await admin.query(`DROP DATABASE IF EXISTS "${PREFIX}" WITH (FORCE)`); await admin.end();
})();
