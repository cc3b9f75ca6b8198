/**
 * P3: the embed.js loader is at most 1.0 KB (1,000 bytes) after gzip -9.
 *
 *   node scripts/run-ts.mjs embed/bench/p3-loader-size.bench.ts
 *
 * Builds the embed from the current sources exactly as `embed/build.mjs` builds `embed/dist`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEmbed } from '../test/browser/built-embed';
import { reportBenchResult } from '@notionchartkit/bench-result';
import { bytes, gzipSize } from './gzip-size';

const TARGET_BYTES = 1_000;

const dir = buildEmbed();
const loader = readFileSync(join(dir, 'embed.js'));
rmSync(dir, { recursive: true, force: true });
const size = gzipSize(loader);
const met = size <= TARGET_BYTES;
console.log(`P3 embed.js loader: ${bytes(loader.length)} minified, ${bytes(size)} gzip -9`);
console.log(`  target ≤ ${bytes(TARGET_BYTES)}: ${met ? 'met' : 'NOT met'}`);
reportBenchResult({
  target: 'P3',
  what: 'embed.js loader, gzip -9',
  figure: size,
  unit: 'B',
  ratio: Number((size / TARGET_BYTES).toFixed(3)),
  pass: met,
  command: 'node scripts/run-ts.mjs embed/bench/p3-loader-size.bench.ts',
  note: `ratio is to the ${TARGET_BYTES} B bound`,
});
process.exitCode = met ? 0 : 1;
