import type { ChartEmbed, ChartType } from '@notionchartkit/shared';

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page at `/e/<key>`: what Notion's embed block, iframes and oEmbed point at. */
export const chartPageUrl = (appUrl: string, publicKey: string): string =>
  `${appUrl}/e/${publicKey}`;

/** A height that fits the chart type before the page says its own (a figure is short). */
export const embedHeight = (type: ChartType): number => (type === 'number' ? 240 : 400);

/** A lazy, full-width iframe of a chart page: for sites that take HTML but no scripts. */
export function chartIframe(src: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` loading="lazy" width="100%" height="${height}"` +
    ` style="width:100%;max-width:100%;height:${height}px;border:0"></iframe>`
  );
}

/** The three ways to put a chart on a page, built from `APP_URL`. */
export function chartEmbed(
  appUrl: string,
  chart: { publicKey: string; name: string; type: ChartType },
): ChartEmbed {
  const url = chartPageUrl(appUrl, chart.publicKey);
  return {
    url,
    iframe: chartIframe(url, chart.name, embedHeight(chart.type)),
    script: `<script src="${appUrl}/embed.js" data-chart="${chart.publicKey}" async></script>`,
  };
}
