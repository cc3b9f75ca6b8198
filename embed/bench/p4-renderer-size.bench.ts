/**
 * P4: the chart page renderer (Chart.js and our code) against `chart.js/auto`, both built the
 * same way in the same run: esbuild with the renderer's options (embed/bundle-options.json:
 * bundle, minify, ES module, es2020), then gzip -9.
 *
 *   node scripts/run-ts.mjs embed/bench/p4-renderer-size.bench.ts
 *
 * A page loads the renderer of its chart's type only, so each type's bundle is measured: target
 * ≤ 0.92× auto for every type, stretch ≤ 0.82×. For comparison, all types in one bundle.
 */
import type { EmbedManifest } from '../src/page';
import { build, type BuildOptions } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import rendererOptions from '../bundle-options.json';
import { buildEmbed, embedDir } from '../test/browser/built-embed';
import { reportBenchResult } from '@notionchartkit/bench-result';
import { bytes, gzipSize } from './gzip-size';

const TARGET = 0.92;
const STRETCH = 0.82;

/** A module built with the renderer's options, from source text; its gzip -9 size. */
async function builtSize(contents: string): Promise<number> {
  const result = await build({
    ...(rendererOptions as BuildOptions),
    stdin: { contents, resolveDir: embedDir(), loader: 'ts' },
    alias: { '@notionchartkit/shared': join(embedDir(), '../shared/src/index.ts') },
    write: false,
  });
  return gzipSize(result.outputFiles[0].contents);
}

async function main(): Promise<void> {
  const dir = buildEmbed();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as EmbedManifest;
  const sizeOf = (file: string) => gzipSize(readFileSync(join(dir, 'assets', file)));
  // The baseline P4 names, built here only to be measured: nothing we ship imports it.
  const auto = await builtSize("import Chart from 'chart.js/auto';\nexport default Chart;");
  const allTypes = await builtSize(
    Object.keys(manifest.chartTypes)
      .map((type) => `import './src/renderer/chart-types/${type}';`)
      .join('\n'),
  );

  const ratio = (size: number) => `${(size / auto).toFixed(3)}×`;
  console.log(`P4 renderer size, gzip -9; chart.js/auto built the same way: ${bytes(auto)}`);
  let met = true;
  let largest = { type: '', size: 0 };
  for (const [type, file] of Object.entries(manifest.chartTypes)) {
    const size = sizeOf(file);
    met &&= size <= TARGET * auto;
    if (size > largest.size) largest = { type, size };
    const verdict = `target ≤ ${TARGET}: ${size <= TARGET * auto ? 'met' : 'NOT met'}, stretch ≤ ${STRETCH}: ${size <= STRETCH * auto ? 'met' : 'not met'}`;
    console.log(`  ${type.padEnd(9)} ${bytes(size).padStart(9)}  ${ratio(size)}  ${verdict}`);
  }
  const refresh = sizeOf(manifest.refreshContent);
  console.log(`  + loaded on a page's first live update: ${bytes(refresh)}`);
  console.log(
    `  all chart types in one bundle (not shipped): ${bytes(allTypes)} ${ratio(allTypes)}`,
  );
  console.log(`  target, every chart type ≤ ${TARGET}× auto: ${met ? 'met' : 'NOT met'}`);
  reportBenchResult({
    target: 'P4',
    what: `chart page renderer, largest chart type (${largest.type}), gzip -9`,
    figure: largest.size,
    unit: 'B',
    baseline: auto,
    ratio: Number((largest.size / auto).toFixed(3)),
    pass: met,
    command: 'node scripts/run-ts.mjs embed/bench/p4-renderer-size.bench.ts',
    note: `baseline: chart.js/auto built the same way; bound ${TARGET}×, stretch ${STRETCH}×`,
  });
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = met ? 0 : 1;
}

void main();
