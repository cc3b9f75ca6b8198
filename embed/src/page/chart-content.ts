/**
 * The parts of the page that show the data, as HTML: rendered by the server into the page and
 * again by the renderer when a live update brings new data, so both always agree.
 */
import {
  chartDataTable,
  formatNumberFigure,
  type PublicChartPayload,
} from '@notionchartkit/shared';
import { escapeHtml } from './html';
import { PAGE_IDS } from './page-state';

/** The visually hidden data table: every label (or point) with its formatted values. */
export function dataTableHtml(payload: PublicChartPayload): string {
  const table = chartDataTable(payload);
  const caption = [payload.name, table.note].filter(Boolean).join('. ');
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`);
  const rows = table.rows.map(
    ([first = '', ...rest]) =>
      `<tr><th scope="row">${escapeHtml(first)}</th>${rest
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join('')}</tr>`,
  );
  return (
    `<table id="${PAGE_IDS.table}" class="nck-sr"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** A `number` chart: one big figure per measure, with its label. */
export function figuresHtml(payload: PublicChartPayload): string {
  const { data } = payload;
  const figures = data.series.map(
    (series) =>
      `<p class="nck-figure"><span class="nck-figure-value">${escapeHtml(
        formatNumberFigure(series.values?.[0], series.format),
      )}</span><span class="nck-figure-label">${escapeHtml(series.label)}</span></p>`,
  );
  return figures.join('');
}
