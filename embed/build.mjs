// Builds the public bundles: the embed.js loader (one tiny IIFE) and, once it exists, the
// chart page renderer. Both land in embed/dist, which the API serves.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = import.meta.dirname;
const common = {
  bundle: true,
  minify: true,
  target: 'es2019',
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: [join(root, 'src/loader/embed.ts')],
  outfile: join(root, 'dist/embed.js'),
  format: 'iife',
});

const renderer = join(root, 'src/renderer/chart-page.ts');
if (existsSync(renderer)) {
  await build({
    ...common,
    entryPoints: [renderer],
    outfile: join(root, 'dist/renderer.js'),
    format: 'iife',
    alias: { '@notionchartkit/shared': join(root, '../shared/src/index.ts') },
  });
}
