import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ENV_NAME = 'NCK_EMBED_TEST_DIST';

/** embed/, from this file's source or from its bundle in tmp/ (benchmarks, scripts/run-ts.mjs). */
export function embedDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'embed', 'build.mjs'))) return join(dir, 'embed');
  }
  throw new Error(`No embed/build.mjs above ${__dirname}`);
}

/**
 * Builds the embed from the current sources into a fresh folder, exactly as `embed/build.mjs`
 * builds `embed/dist`, so browser tests and benchmarks never run stale bundles.
 */
export function buildEmbed(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'nck-embed-'));
  const build = spawnSync(process.execPath, [join(embedDir(), 'build.mjs'), '--outdir', outdir], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The embed build failed:\n${build.stderr}`);
  return outdir;
}

/** What the browser tests' global setup built, shared by every test file of the run. */
export const builtEmbed = {
  envName: ENV_NAME,
  dir(): string {
    const dir = process.env[ENV_NAME];
    if (!dir) throw new Error(`${ENV_NAME} is unset: run the tests with embed/jest.e2e.config.cjs`);
    return dir;
  },
};
