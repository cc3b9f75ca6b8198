import { describeChart, type PublicChartPayload } from '@notionchartkit/shared';
import { dataTableHtml, figuresHtml } from '../page/chart-content';
import { PAGE_IDS } from '../page/page-state';

/**
 * Brings the page's text in step with new data: titles, the chart's description, the data table
 * and a number chart's figures. Its own module, loaded on the first update, since most pages
 * never get one.
 */
export function refreshContent(payload: PublicChartPayload): void {
  const title = document.getElementById(PAGE_IDS.title);
  if (title) title.textContent = payload.options.title ?? '';
  const chart = document.getElementById(PAGE_IDS.chart);
  if (chart) {
    chart.setAttribute('aria-label', describeChart(payload));
    if (payload.type === 'number') chart.innerHTML = figuresHtml(payload);
  }
  const table = document.getElementById(PAGE_IDS.table);
  if (table) table.outerHTML = dataTableHtml(payload);
  document.title = payload.name;
}
