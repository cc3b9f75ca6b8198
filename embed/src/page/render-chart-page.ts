import { describeChart, type PublicChartPayload } from '@notionchartkit/shared';
import { dataTableHtml, figuresHtml } from './chart-content';
import type { RendererAssets } from './embed-assets';
import { escapeHtml, scriptJson } from './html';
import { PAGE_CSS } from './page-styles';
import { PAGE_IDS, pageLook, type PageOverrides, type PageState } from './page-state';
import { updatedText } from './relative-time';

interface PageBase extends PageOverrides {
  /** Fresh per response; the CSP allows it with `'nonce-…'` in `script-src` and `style-src`. */
  nonce: string;
}

export interface ReadyPageInput extends PageBase {
  state: 'ready';
  publicKey: string;
  payload: PublicChartPayload;
  assets: RendererAssets;
  /** For the "Updated 3 min ago" line before the renderer takes over; the current time by default. */
  now?: Date;
}

export interface UnavailablePageInput extends PageBase {
  state: 'not_found' | 'private';
}

export interface NotSyncedPageInput extends PageBase {
  state: 'not_synced';
  /** With `assets`, the page waits for the chart's first update and then shows it. */
  publicKey?: string;
  assets?: RendererAssets;
}

export type ChartPageInput = ReadyPageInput | UnavailablePageInput | NotSyncedPageInput;

const MESSAGES: Record<Exclude<ChartPageInput['state'], 'ready'>, [string, string]> = {
  not_found: ['Chart not found', 'It may have been deleted, or its link has changed.'],
  private: ['This chart is private', 'Its owner has not shared it publicly.'],
  not_synced: ['This chart is almost ready', 'Its data is still on its way from Notion.'],
};

/**
 * The whole HTML document of `/e/:publicKey` for one state. Pure: the API passes everything in.
 * The chart's description and data table are in the HTML, for screen readers and before any
 * script runs.
 */
export function renderChartPage(input: ChartPageInput): string {
  const overrides: PageOverrides = { theme: input.theme, background: input.background };
  if (input.state === 'ready') {
    const { payload, publicKey, assets, nonce } = input;
    return documentHtml({
      title: payload.name,
      look: pageLook(overrides, payload),
      nonce,
      head: rendererScript(assets, payload.type, nonce),
      body:
        readyBody(payload, (input.now ?? new Date()).getTime()) +
        stateScript({ ...overrides, publicKey, payload, refreshContentUrl: assetUrl(assets) }),
    });
  }
  const [heading, detail] = MESSAGES[input.state];
  const message =
    `<main><div id="${PAGE_IDS.content}" class="nck-content nck-state">` +
    `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(detail)}</p></div></main>`;
  const page = { title: heading, look: pageLook(overrides, null), nonce: input.nonce };
  if (input.state === 'not_synced' && input.publicKey && input.assets) {
    return documentHtml({
      ...page,
      head: rendererScript(input.assets, 'number', input.nonce),
      body:
        message +
        stateScript({
          ...overrides,
          publicKey: input.publicKey,
          payload: null,
          refreshContentUrl: assetUrl(input.assets),
        }),
    });
  }
  return documentHtml({ ...page, head: '', body: message });
}

function readyBody(payload: PublicChartPayload, now: number): string {
  const description = escapeHtml(describeChart(payload));
  const isFigure = payload.type === 'number';
  const chart = isFigure
    ? `<div id="${PAGE_IDS.chart}" class="nck-figures" role="img" aria-label="${description}">${figuresHtml(payload)}</div>`
    : `<div class="nck-plot"><canvas id="${PAGE_IDS.chart}" role="img" aria-label="${description}"></canvas></div>`;
  return (
    `<main><div id="${PAGE_IDS.content}" class="nck-content${isFigure ? '' : ' nck-fill'}">` +
    // The title is text on the page, not on the canvas: sharp, selectable and a heading.
    `<h1 id="${PAGE_IDS.title}" class="nck-title">${escapeHtml(payload.options.title ?? '')}</h1>` +
    chart +
    dataTableHtml(payload) +
    `<p class="nck-updated"><time id="${PAGE_IDS.updated}" datetime="${escapeHtml(payload.updatedAt)}">` +
    `${updatedText(payload.updatedAt, now)}</time></p></div></main>`
  );
}

function stateScript(state: PageState): string {
  return `<script type="application/json" id="${PAGE_IDS.state}">${scriptJson(state)}</script>`;
}

function assetUrl(assets: RendererAssets, file = assets.manifest.refreshContent): string {
  return assets.baseUrl + file;
}

function rendererScript(
  assets: RendererAssets,
  type: PublicChartPayload['type'],
  nonce: string,
): string {
  const src = escapeHtml(assetUrl(assets, assets.manifest.chartTypes[type]));
  return `<script type="module" src="${src}" nonce="${escapeHtml(nonce)}"></script>`;
}

function documentHtml(page: {
  title: string;
  look: Required<PageOverrides>;
  nonce: string;
  head: string;
  body: string;
}): string {
  const { look } = page;
  // A frame whose colour scheme differs from its parent's is painted opaque, so a transparent
  // page declares none and keeps the parent's default.
  const colorScheme =
    look.background === 'transparent'
      ? ''
      : `<meta name="color-scheme" content="${look.theme === 'auto' ? 'light dark' : look.theme}">`;
  return (
    `<!doctype html><html lang="en" data-theme="${look.theme}" data-bg="${look.background}"><head>` +
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `${colorScheme}<title>${escapeHtml(page.title)}</title>` +
    `<style nonce="${escapeHtml(page.nonce)}">${PAGE_CSS}</style>${page.head}</head>` +
    `<body>${page.body}</body></html>`
  );
}
