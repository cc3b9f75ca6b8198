import { chartTheme, type ChartTheme } from '@notionchartkit/shared';

/** The page's colours come from the chart theme, so text around the canvas matches the chart. */
function themeVariables(theme: ChartTheme): string {
  return `--bg:${theme.background};--text:${theme.text};--muted:${theme.mutedText}`;
}

const light = themeVariables(chartTheme('light'));
const dark = themeVariables(chartTheme('dark'));

/**
 * One small stylesheet for every state. The chart fills the frame; figures and messages keep
 * their natural height, which the page reports to the loader so the frame fits them.
 */
export const PAGE_CSS = [
  `:root{${light}}`,
  `:root[data-theme=dark]{${dark}}`,
  `@media (prefers-color-scheme:dark){:root[data-theme=auto]{${dark}}}`,
  'html,body{height:100%;margin:0}',
  `body{background:var(--bg);color:var(--text);font:14px/1.5 ${chartTheme('light').fontFamily};-webkit-font-smoothing:antialiased}`,
  '[data-bg=transparent] body{background:none}',
  'main{display:flex;flex-direction:column;justify-content:center;height:100%}',
  '.nck-content{box-sizing:border-box;display:flex;flex-direction:column;padding:4px 8px}',
  '.nck-fill{flex:1;min-height:220px}',
  '.nck-plot{position:relative;flex:1;min-height:0}',
  '.nck-plot canvas{position:absolute;inset:0}',
  '.nck-updated{margin:2px 4px 0;font-size:11px;color:var(--muted);text-align:right}',
  '.nck-title{margin:4px 4px 8px;font-size:14px;font-weight:600;line-height:1.4}',
  '.nck-title:empty{display:none}',
  '.nck-figures{display:flex;flex-wrap:wrap;gap:12px 40px;padding:4px}',
  '.nck-figure{margin:0}',
  '.nck-figure-value{display:block;font-size:clamp(28px,9vw,48px);font-weight:600;line-height:1.15;font-variant-numeric:tabular-nums}',
  '.nck-figure-label{display:block;color:var(--muted)}',
  '.nck-state{padding:24px 16px;text-align:center}',
  '.nck-state h1{margin:0 0 4px;font-size:16px;font-weight:600}',
  '.nck-state p{margin:0;color:var(--muted)}',
  '.nck-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
].join('');
