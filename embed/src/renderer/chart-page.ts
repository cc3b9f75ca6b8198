import { isChartJsType, type PublicChartPayload, resolveTheme } from '@notionchartkit/shared';
import { PAGE_IDS, pageLook, type PageState } from '../page/page-state';
import { updatedText } from '../page/relative-time';
import { reportContentHeight } from './content-height';
import type { DrawChart } from './draw-chart';
import { subscribeToUpdates } from './live-updates';
import type { refreshContent } from './refresh-content';

interface RefreshContentModule {
  refreshContent: typeof refreshContent;
}

/**
 * The renderer of `/e/:publicKey`, one bundle per chart type (see chart-types/): draws the chart
 * the server inlined in the page, keeps it live over Server-Sent Events, follows the reader's
 * colour scheme and tells the embedding page how tall it is. The server has already written the
 * description, the data table and any figures; they are rewritten only when the data changes.
 */
export function startChartPage(drawChart?: DrawChart): void {
  const byId = (id: string) => document.getElementById(id);
  const state = JSON.parse(byId(PAGE_IDS.state)?.textContent ?? 'null') as PageState;
  const content = byId(PAGE_IDS.content);
  if (content) reportContentHeight(content);
  const { payload } = state;
  if (!payload) {
    // Waiting for the first sync: its update means there is a chart to show.
    subscribeToUpdates(state.publicKey, () => location.reload());
    return;
  }

  const darkScheme = matchMedia('(prefers-color-scheme: dark)');
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  let current = payload;
  let drawn = false;

  const draw = () => {
    const look = pageLook(state, current);
    document.documentElement.dataset.theme = look.theme;
    document.documentElement.dataset.bg = look.background;
    const canvas = byId(PAGE_IDS.chart);
    if (!drawChart || !isChartJsType(current.type) || !(canvas instanceof HTMLCanvasElement)) {
      return;
    }
    drawChart(canvas, current, {
      theme: resolveTheme(look.theme, darkScheme.matches),
      background: look.background,
      // The first drawing shows at once; later ones animate from the values before.
      animation: drawn && !reducedMotion.matches,
    });
    // When the chart first appeared, for benchmarks and real-user monitoring.
    if (!drawn) performance.mark('nck-chart-drawn');
    drawn = true;
  };
  const showUpdatedAt = () => {
    const time = byId(PAGE_IDS.updated);
    if (!time) return;
    time.textContent = updatedText(current.updatedAt, Date.now());
    time.setAttribute('datetime', current.updatedAt);
  };
  const refresh = async () => {
    const response = await fetch(`/api/public/charts/${encodeURIComponent(state.publicKey)}`, {
      cache: 'no-cache',
    });
    // Gone (deleted, private, key rotated): the server renders what to say instead.
    if (response.status === 404) return location.reload();
    if (!response.ok) return;
    const next = (await response.json()) as PublicChartPayload;
    // Another type needs another bundle, which the server picks.
    if (next.type !== current.type) return location.reload();
    current = next;
    draw();
    const content = (await import(state.refreshContentUrl)) as RefreshContentModule;
    content.refreshContent(next);
    showUpdatedAt();
  };

  draw();
  showUpdatedAt();
  setInterval(showUpdatedAt, 60_000);
  darkScheme.addEventListener('change', draw);
  subscribeToUpdates(state.publicKey, queued(refresh));
}

/**
 * Runs `task` when called, one run at a time and at most one more queued behind it, however
 * often it is called meanwhile. A failed run is let go: the next call tries again.
 */
function queued(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}
