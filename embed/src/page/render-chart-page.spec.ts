import type { PublicChartPayload } from '@notionchartkit/shared';
import type { EmbedManifest } from './embed-assets';
import { type ChartPageInput, renderChartPage } from './render-chart-page';

const manifest: EmbedManifest = {
  chartTypes: {
    bar: 'bar-A1.js',
    line: 'line-B2.js',
    area: 'area-C3.js',
    pie: 'pie-D4.js',
    doughnut: 'doughnut-E5.js',
    scatter: 'scatter-F6.js',
    number: 'number-G7.js',
  },
  refreshContent: 'refresh-content-H8.js',
};
const assets = { baseUrl: '/e/assets/', manifest };

const meta = { rowCount: 62, datasetSyncedAt: null, computedAt: '2026-06-15T12:00:00.000Z' };
const deals: PublicChartPayload = {
  name: 'Deals by stage',
  type: 'bar',
  options: { title: 'Deals' },
  updatedAt: '2026-06-15T12:00:00.000Z',
  data: {
    labels: ['Won', 'Lost'],
    series: [{ key: 'count:rows', label: 'Count', values: [42, 17] }],
    meta: { ...meta, xAxis: { kind: 'category' } },
  },
};

function ready(overrides: Partial<Extract<ChartPageInput, { state: 'ready' }>> = {}): Document {
  return parse({
    state: 'ready',
    nonce: 'n0nce+/=',
    publicKey: 'key_123',
    payload: deals,
    assets,
    now: new Date('2026-06-15T12:03:30.000Z'),
    ...overrides,
  });
}

function parse(input: ChartPageInput): Document {
  return new DOMParser().parseFromString(renderChartPage(input), 'text/html');
}

const texts = (page: Document, selector: string) =>
  Array.from(page.querySelectorAll(selector), (element) => element.textContent);
const tableRows = (page: Document) =>
  Array.from(page.querySelectorAll('#nck-table tr'), (row) =>
    Array.from(row.children, (cell) => cell.textContent),
  );

describe('renderChartPage', () => {
  it('renders a chart page that describes and tabulates its data before any script runs', () => {
    const page = ready();
    expect(page.title).toBe('Deals by stage');
    expect(page.querySelector('canvas')?.getAttribute('aria-label')).toBe(
      'Bar chart, Deals by stage: Won 42, Lost 17.',
    );
    expect(page.querySelector('canvas')?.getAttribute('role')).toBe('img');
    expect(tableRows(page)).toEqual([
      ['Category', 'Count'],
      ['Won', '42'],
      ['Lost', '17'],
    ]);
    expect(texts(page, 'caption')).toEqual(['Deals by stage']);
    expect(texts(page, 'h1')).toEqual(['Deals']);
    expect(texts(page, 'time')).toEqual(['Updated 3 min ago']);
    expect(page.querySelector('time')?.getAttribute('datetime')).toBe(deals.updatedAt);
  });

  it('loads the renderer of the chart’s type, and inlines what it needs', () => {
    const page = ready();
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(2);
    const [renderer, state] = Array.from(scripts);
    expect(renderer.getAttribute('type')).toBe('module');
    expect(renderer.getAttribute('src')).toBe('/e/assets/bar-A1.js');
    expect(renderer.getAttribute('nonce')).toBe('n0nce+/=');
    expect(page.querySelector('style')?.getAttribute('nonce')).toBe('n0nce+/=');
    expect(state.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(state.textContent ?? '')).toEqual({
      publicKey: 'key_123',
      payload: deals,
      refreshContentUrl: '/e/assets/refresh-content-H8.js',
    });
  });

  it('keeps hostile names and labels inert, and intact', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \' " \u2028';
    const payload: PublicChartPayload = {
      ...deals,
      name: hostile,
      options: { title: hostile },
      data: { ...deals.data, labels: [hostile, 'Lost'] },
    };
    const html = renderChartPage({ state: 'ready', nonce: 'n', publicKey: 'k', payload, assets });
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.title).toBe(hostile);
    expect(texts(page, 'h1')).toEqual([hostile]);
    expect(tableRows(page)[1][0]).toBe(hostile);
    const state = page.querySelector('script[type="application/json"]')?.textContent ?? '';
    expect((JSON.parse(state) as { payload: PublicChartPayload }).payload).toEqual(payload);
  });

  it('follows the chart’s theme and background unless the URL asks otherwise', () => {
    const owned = {
      ...deals,
      options: { theme: 'dark' as const, background: 'transparent' as const },
    };
    const page = ready({ payload: owned });
    expect(page.documentElement.dataset).toMatchObject({ theme: 'dark', bg: 'transparent' });
    // A transparent frame with its own colour scheme would be painted opaque.
    expect(page.querySelector('meta[name="color-scheme"]')).toBeNull();

    const asked = ready({ payload: owned, theme: 'light', background: 'solid' });
    expect(asked.documentElement.dataset).toMatchObject({ theme: 'light', bg: 'solid' });
    expect(asked.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light');

    const plain = ready();
    expect(plain.documentElement.dataset).toMatchObject({ theme: 'auto', bg: 'solid' });
    expect(plain.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe(
      'light dark',
    );
  });

  it('shows a number chart as figures, with no canvas', () => {
    const pipeline: PublicChartPayload = {
      ...deals,
      name: 'Pipeline',
      type: 'number',
      options: {},
      data: {
        labels: [],
        series: [
          { key: 'sum:amount', label: 'Sum of Amount', format: 'dollar', values: [2_500_000] },
        ],
        meta,
      },
    };
    const page = ready({ payload: pipeline });
    expect(page.querySelector('canvas')).toBeNull();
    expect(texts(page, '.nck-figure-value')).toEqual(['$2.5M']);
    expect(texts(page, '.nck-figure-label')).toEqual(['Sum of Amount']);
    expect(page.getElementById('nck-chart')?.getAttribute('aria-label')).toBe(
      'Number chart, Pipeline: Sum of Amount $2,500,000.00.',
    );
    expect(page.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '/e/assets/number-G7.js',
    );
  });

  it.each([
    ['not_found', 'Chart not found'],
    ['private', 'This chart is private'],
    ['not_synced', 'This chart is almost ready'],
  ] as const)('says why there is no chart (%s), with no script', (state, heading) => {
    const page = parse({ state, nonce: 'n', theme: 'dark' });
    expect(texts(page, 'h1')).toEqual([heading]);
    expect(page.title).toBe(heading);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.documentElement.dataset.theme).toBe('dark');
  });

  it('waits for a chart’s first sync when it may', () => {
    const page = parse({ state: 'not_synced', nonce: 'n', publicKey: 'key_123', assets });
    expect(page.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '/e/assets/number-G7.js',
    );
    const state = page.querySelector('script[type="application/json"]')?.textContent ?? '';
    expect(JSON.parse(state)).toMatchObject({ publicKey: 'key_123', payload: null });
  });
});
