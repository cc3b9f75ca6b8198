import type { ChartType } from '@notionchartkit/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `dist/manifest.json`, written by `embed/build.mjs`. File names are relative to `dist/assets/`. */
export interface EmbedManifest {
  /**
   * The renderer of each chart type: one self-contained module. `number` draws no chart (no
   * Chart.js), and is also what a page waiting for its chart's first sync runs.
   */
  chartTypes: Record<ChartType, string>;
  /** Rewrites the page's text for new data; a page loads it on its first live update. */
  refreshContent: string;
}

/** Where the page finds the renderer: the URL `dist/assets/` is served at, and the manifest. */
export interface RendererAssets {
  baseUrl: string;
  manifest: EmbedManifest;
}

export interface EmbedDist {
  /** Serve at `/embed.js` (a stable name: sites link to it). */
  loaderFile: string;
  /** Serve as `RendererAssets.baseUrl`; names are content-hashed, so cache them for good. */
  assetsDir: string;
  manifest: EmbedManifest;
}

/** Reads the built embed (run `node embed/build.mjs` first); call once at start-up. */
export function readEmbedDist(
  // embed/dist, whether this runs from embed/src/page or from embed/dist/page.
  distDir = join(__dirname, '..', '..', 'dist'),
): EmbedDist {
  const manifestFile = join(distDir, 'manifest.json');
  let manifest: EmbedManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as EmbedManifest;
  } catch (error) {
    throw new Error(`The embed is not built (${manifestFile}): run node embed/build.mjs`, {
      cause: error,
    });
  }
  return { loaderFile: join(distDir, 'embed.js'), assetsDir: join(distDir, 'assets'), manifest };
}
