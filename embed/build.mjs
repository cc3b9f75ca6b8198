// Builds the embed into embed/dist, or into `--outdir DIR` (tests and benchmarks):
//   embed.js       the loader: one tiny IIFE under a stable name, since sites link to it
//   assets/        the chart page renderer: one content-hashed ES module per chart type, with
//                  just the Chart.js parts that type draws with (Chart.js is a single module,
//                  so esbuild's code splitting cannot share its core between types)
//                  and the module a page loads on its first live update
//   manifest.json  the file names of those (see src/page/embed-assets.ts)
//   *.br, *.gz     compressed copies of the loader and the modules, which the API sends to
//                  browsers that accept them (compressed once here, not on every start)
//   page/          the Node module the API renders /e/:publicKey with (@notionchartkit/embed/page)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import bundleOptions from './bundle-options.json' with { type: 'json' };

const root = import.meta.dirname;
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(values.outdir ?? join(root, 'dist'));
const assetsDir = join(outdir, 'assets');
rmSync(assetsDir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  ...bundleOptions,
  entryPoints: [join(root, 'src/loader/embed.ts')],
  outfile: join(outdir, 'embed.js'),
  format: 'iife',
  // Runs on whatever page embeds a chart, so it stays with older browsers too.
  target: 'es2019',
});

const chartTypesDir = join(root, 'src/renderer/chart-types');
const refreshContent = join(root, 'src/renderer/refresh-content.ts');
const { metafile } = await build({
  ...bundleOptions,
  entryPoints: [
    ...readdirSync(chartTypesDir).map((file) => join(chartTypesDir, file)),
    refreshContent,
  ],
  outdir: assetsDir,
  entryNames: '[name]-[hash]',
  alias: { '@notionchartkit/shared': join(root, '../shared/src/index.ts') },
  metafile: true,
});
const manifest = { chartTypes: {}, refreshContent: '' };
for (const [output, { entryPoint }] of Object.entries(metafile.outputs)) {
  if (resolve(entryPoint) === refreshContent) manifest.refreshContent = basename(output);
  else manifest.chartTypes[basename(entryPoint, '.ts')] = basename(output);
}
writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const compressions = {
  br: (body) =>
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gz: (body) => gzipSync(body, { level: 9 }),
};
rmSync(join(outdir, 'embed.js.br'), { force: true });
rmSync(join(outdir, 'embed.js.gz'), { force: true });
for (const file of [
  join(outdir, 'embed.js'),
  ...readdirSync(assetsDir).map((name) => join(assetsDir, name)),
]) {
  const body = readFileSync(file);
  for (const [extension, compress] of Object.entries(compressions)) {
    const compressed = compress(body);
    // Tiny files can come out larger; then the plain bytes are the better answer.
    if (compressed.length < body.length) writeFileSync(`${file}.${extension}`, compressed);
  }
}

const tsc = spawnSync(
  process.execPath,
  [
    join(root, '../node_modules/typescript/bin/tsc'),
    '-p',
    join(root, 'tsconfig.page.json'),
    '--outDir',
    join(outdir, 'page'),
  ],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
