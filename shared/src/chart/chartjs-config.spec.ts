import type { Chart, Plugin } from 'chart.js';
import type { ChartData, ChartOptions } from '../contracts';
import {
  buildChartJsConfig,
  type ChartJsChartType,
  type ChartRenderEnv,
  isChartJsType,
} from './chartjs-config';
import { chartTheme, notionColor } from './themes';

const meta = { rowCount: 3, datasetSyncedAt: null, computedAt: '2026-06-15T12:00:00.000Z' };

const monthly: ChartData = {
  labels: ['2026-01', '2026-02', '2026-03'],
  series: [
    { key: 'sum:amount', label: 'Sum of Amount', format: 'dollar', values: [1200, null, 800] },
  ],
  meta: { ...meta, format: 'dollar', xAxis: { kind: 'date', bucket: 'month' } },
};

const byStage: ChartData = {
  labels: ['Won', 'Lost', '(empty)'],
  series: [{ key: 'count:rows', label: 'Count', values: [42, 17, 3] }],
  meta: { ...meta, xAxis: { kind: 'category' } },
  labelColors: ['green', 'red', null],
};

const grouped: ChartData = {
  labels: ['Q1', 'Q2'],
  series: [
    { key: 'count:rows|Won', label: 'Won', color: 'green', values: [60, 25] },
    { key: 'count:rows|Lost', label: 'Lost', color: 'red', values: [40, 75] },
    { key: 'count:rows|(empty)', label: '(empty)', values: [0, 0] },
  ],
  meta: { ...meta, xAxis: { kind: 'category' }, stacked: 'percent' },
};

/** Chart.js option types are deep unions of every chart type; specs read the built config as this. */
interface BuiltScale {
  type: string;
  stacked?: boolean;
  min?: number;
  max?: number;
  beginAtZero?: boolean;
  grid: { color?: string };
  ticks: { callback: (value: number) => string };
}

interface BuiltConfig {
  type: string;
  data: { labels?: unknown[]; datasets: Record<string, unknown>[] };
  options: {
    indexAxis?: string;
    cutout?: string;
    color?: string;
    animation?: boolean;
    scales: Record<'x' | 'y', BuiltScale>;
    plugins: {
      legend: { display: boolean };
      title: object;
      tooltip: { callbacks: { label: (item: object) => string } };
    };
  };
  plugins?: Plugin[];
}

type Hooks = Record<'beforeDraw' | 'afterDatasetsDraw', (chart: Chart) => void>;

function build(
  type: ChartJsChartType,
  data: ChartData,
  options: ChartOptions = {},
  env: Partial<ChartRenderEnv> = {},
) {
  return buildChartJsConfig(
    { type, data, options },
    { theme: 'light', ...env },
  ) as unknown as BuiltConfig;
}

const pluginIds = (config: BuiltConfig) => (config.plugins ?? []).map((plugin) => plugin.id);
const plugin = (config: BuiltConfig, id: string) =>
  (config.plugins ?? []).find((one) => one.id === id) as unknown as Hooks;

/** A canvas context that records what is written. */
function recordingChart(
  datasets: { data: (number | null)[] }[],
  elements: { x: number; y: number; base?: number }[][],
) {
  const texts: string[] = [];
  const lines: number[][] = [];
  const ctx = {
    save: jest.fn(),
    restore: jest.fn(),
    fillRect: jest.fn(),
    beginPath: jest.fn(),
    moveTo: (x: number, y: number) => lines.push([x, y]),
    lineTo: (x: number, y: number) => lines[lines.length - 1].push(x, y),
    stroke: jest.fn(),
    setLineDash: jest.fn(),
    fillText: (text: string) => texts.push(text),
  };
  const chart = {
    ctx,
    width: 400,
    height: 300,
    chartArea: { left: 40, right: 380, top: 10, bottom: 280 },
    scales: {
      y: { getPixelForValue: (value: number) => 280 - value / 10 },
      x: { getPixelForValue: (value: number) => 40 + value },
    },
    data: { datasets },
    isDatasetVisible: () => true,
    getDatasetMeta: (index: number) => ({
      data: elements[index].map((point) => ({
        getProps: () => point,
        tooltipPosition: () => point,
      })),
    }),
  } as unknown as Chart;
  return { chart, texts, lines, ctx };
}

describe('buildChartJsConfig', () => {
  it('tells the number type apart', () => {
    expect(isChartJsType('number')).toBe(false);
    expect(isChartJsType('area')).toBe(true);
  });

  describe('bar charts', () => {
    it('shows date buckets as people read them and formats values in the Notion format', () => {
      const config = build('bar', monthly);
      expect(config.type).toBe('bar');
      expect(config.data.labels).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
      expect(config.data.datasets).toMatchObject([
        {
          label: 'Sum of Amount',
          data: [1200, null, 800],
          backgroundColor: notionColor('blue', 'light'),
        },
      ]);
      expect(config.options.scales.y.ticks.callback(1500)).toBe('$1.5K');
      expect(config.options.scales.y.beginAtZero).toBe(true);
      expect(
        config.options.plugins.tooltip.callbacks.label({
          dataset: { label: 'Sum of Amount' },
          datasetIndex: 0,
          raw: 1200,
        }),
      ).toBe('Sum of Amount: $1,200.00');
      expect(config.options.plugins.legend.display).toBe(false);
    });

    it('colors the bars of one series by their Notion option, quietly for (empty)', () => {
      const config = build('bar', byStage);
      expect(config.data.datasets[0].backgroundColor).toEqual([
        notionColor('green', 'light'),
        notionColor('red', 'light'),
        chartTheme('light').reservedColor,
      ]);
      const custom = build('bar', byStage, { colors: ['#111111', '#222222'] });
      expect(custom.data.datasets[0].backgroundColor).toEqual(['#111111', '#222222', '#111111']);
    });

    it('turns horizontal, with the value scale on x and x labels on the category axis', () => {
      const config = build('bar', byStage, {
        horizontal: true,
        xLabel: 'Stage',
        yLabel: 'Deals',
        yMin: 0,
        yMax: 50,
      });
      expect(config.options.indexAxis).toBe('y');
      expect(config.options.scales.x).toMatchObject({
        type: 'linear',
        min: 0,
        max: 50,
        title: { display: true, text: 'Deals' },
      });
      expect(config.options.scales.y).toMatchObject({
        type: 'category',
        title: { display: true, text: 'Stage' },
      });
    });

    it('stacks percent series on a 0–100 scale with series in their option colors', () => {
      const config = build('bar', grouped);
      expect(config.options.scales.x.stacked).toBe(true);
      expect(config.options.scales.y).toMatchObject({ stacked: true, min: 0, max: 100 });
      expect(config.options.scales.y.ticks.callback(50)).toBe('50%');
      expect(config.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual([
        notionColor('green', 'light'),
        notionColor('red', 'light'),
        chartTheme('light').reservedColor,
      ]);
      expect(config.options.plugins.legend.display).toBe(true);
    });

    it('truncates long category ticks', () => {
      const config = build('bar', {
        ...byStage,
        labels: ['A customer with a remarkably long name', 'B', 'C'],
      });
      expect(config.options.scales.x.ticks.callback(0)).toBe('A customer with a remar…');
    });
  });

  describe('line and area charts', () => {
    it('draws lines unfilled and areas filled from the origin, stacked areas on the one below', () => {
      expect(build('line', monthly).data.datasets[0]).toMatchObject({
        type: 'line',
        fill: false,
        borderColor: notionColor('blue', 'light'),
      });
      expect(build('area', monthly).data.datasets[0]).toMatchObject({
        type: 'line',
        fill: 'origin',
        backgroundColor: 'rgba(51, 126, 169, 0.2)',
      });
      const stacked = build('area', { ...grouped, meta: { ...grouped.meta, stacked: true } });
      expect(stacked.type).toBe('line');
      expect(stacked.data.datasets.map((dataset) => dataset.fill)).toEqual(['origin', '-1', '-1']);
      expect(stacked.options.scales.y.stacked).toBe(true);
    });
  });

  describe('pie and doughnut charts', () => {
    it('colors slices by option and shows each slice share in the tooltip', () => {
      const config = build('doughnut', byStage);
      expect(config.type).toBe('doughnut');
      expect(config.options.cutout).toBe('60%');
      expect(config.data.datasets[0].backgroundColor).toEqual([
        notionColor('green', 'light'),
        notionColor('red', 'light'),
        chartTheme('light').reservedColor,
      ]);
      expect(config.options.plugins.legend.display).toBe(true);
      const label = config.options.plugins.tooltip.callbacks.label({
        dataset: { data: [42, 17, 3] },
        datasetIndex: 0,
        dataIndex: 0,
        label: 'Won',
      });
      expect(label).toBe('Won: 42 (67.7%)');
      expect(build('pie', byStage, { legend: false }).options.plugins.legend.display).toBe(false);
    });
  });

  describe('scatter charts', () => {
    const points: ChartData = {
      labels: [],
      series: [
        {
          key: 'scatter:amount',
          label: 'Amount',
          format: 'dollar',
          points: [[Date.UTC(2026, 2, 1, 23, 30), 5]],
        },
      ],
      meta: { ...meta, xAxis: { kind: 'time', timezone: 'Europe/Berlin' } },
    };

    it('plots points with times shown as dates in the chart zone', () => {
      const config = build('scatter', points);
      expect(config.data.datasets[0].data).toEqual([{ x: Date.UTC(2026, 2, 1, 23, 30), y: 5 }]);
      expect(config.options.scales.x.ticks.callback(Date.UTC(2026, 2, 1, 23, 30))).toBe(
        'Mar 2, 2026',
      );
      expect(
        config.options.plugins.tooltip.callbacks.label({
          dataset: { label: 'Amount' },
          datasetIndex: 0,
          parsed: { x: Date.UTC(2026, 2, 1, 23, 30), y: 5 },
        }),
      ).toBe('Amount: Mar 2, 2026, $5.00');
    });

    it('formats number x values in the x property format', () => {
      const config = build('scatter', {
        ...points,
        meta: { ...meta, xAxis: { kind: 'number', format: 'percent' } },
      });
      expect(config.options.scales.x.ticks.callback(0.25)).toBe('25%');
    });
  });

  describe('look', () => {
    it('paints a solid background unless the chart or the embed asks for transparency', () => {
      expect(pluginIds(build('bar', monthly))).toContain('nckBackground');
      expect(pluginIds(build('bar', monthly, { background: 'transparent' }))).not.toContain(
        'nckBackground',
      );
      expect(
        pluginIds(build('bar', monthly, { background: 'solid' }, { background: 'transparent' })),
      ).not.toContain('nckBackground');
      const { chart, ctx } = recordingChart([], []);
      plugin(build('bar', monthly, {}, { theme: 'dark' }), 'nckBackground').beforeDraw(chart);
      expect(ctx.fillRect).toHaveBeenCalledWith(0, 0, 400, 300);
    });

    it('uses the dark theme colors', () => {
      const config = build(
        'line',
        monthly,
        { title: 'Revenue' },
        { theme: 'dark', animation: false },
      );
      expect(config.options.color).toBe(chartTheme('dark').text);
      expect(config.options.scales.y.grid.color).toBe(chartTheme('dark').grid);
      expect(config.data.datasets[0].borderColor).toBe(notionColor('blue', 'dark'));
      expect(config.options.plugins.title).toMatchObject({ display: true, text: 'Revenue' });
      expect(config.options.animation).toBe(false);
    });
  });

  describe('overlays', () => {
    it('draws reference lines across the value scale, with room made for them', () => {
      const config = build('bar', monthly, {
        referenceLines: [{ value: 2000, label: 'Goal' }, { value: 100000 }],
      });
      expect(config.options.scales.y).toMatchObject({ suggestedMin: 0, suggestedMax: 100000 });
      const { chart, texts, lines } = recordingChart([], []);
      plugin(config, 'nckReferenceLines').afterDatasetsDraw(chart);
      // 2000 sits at pixel 80; 100000 falls outside the plot and is skipped.
      expect(texts).toEqual(['Goal ($2K)']);
      expect(lines).toEqual([[40, 80, 380, 80]]);
    });

    it('draws reference lines upright on horizontal bars', () => {
      const config = build('bar', byStage, { horizontal: true, referenceLines: [{ value: 30 }] });
      const { chart, texts, lines } = recordingChart([], []);
      plugin(config, 'nckReferenceLines').afterDatasetsDraw(chart);
      expect(texts).toEqual(['30']);
      expect(lines).toEqual([[70, 10, 70, 280]]);
    });

    it('writes data labels only when asked, compact and formatted, skipping empty values', () => {
      expect(pluginIds(build('bar', monthly))).not.toContain('nckDataLabels');
      const config = build('bar', monthly, { dataLabels: true });
      const { chart, texts } = recordingChart(
        [{ data: [1200, null, 800] }],
        [
          [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
            { x: 3, y: 3 },
          ],
        ],
      );
      plugin(config, 'nckDataLabels').afterDatasetsDraw(chart);
      expect(texts).toEqual(['$1.2K', '$800']);
    });

    it('leaves thin slices without a data label', () => {
      const config = build('pie', byStage, { dataLabels: true });
      const { chart, texts } = recordingChart(
        [{ data: [97, 2, 1] }],
        [
          [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
            { x: 3, y: 3 },
          ],
        ],
      );
      plugin(config, 'nckDataLabels').afterDatasetsDraw(chart);
      expect(texts).toEqual(['97']);
    });
  });
});
