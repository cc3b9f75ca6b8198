/**
 * `@notionchartkit/embed/page`: what the API needs to serve `/e/:publicKey`. Free of DOM and
 * Chart.js, so it runs in Node.
 */
export {
  renderChartPage,
  type ChartPageInput,
  type ReadyPageInput,
  type UnavailablePageInput,
  type NotSyncedPageInput,
} from './render-chart-page';
export { parseEmbedQuery } from './embed-query';
export { chartPageCsp } from './chart-page-csp';
export {
  readEmbedDist,
  type EmbedDist,
  type EmbedManifest,
  type RendererAssets,
} from './embed-assets';
export type { PageBackground, PageOverrides } from './page-state';
