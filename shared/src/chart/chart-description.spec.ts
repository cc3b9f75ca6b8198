import type { ChartData } from '../contracts';
import { chartDataTable, describeChart, MAX_TABLE_POINTS } from './chart-description';

const meta = { rowCount: 62, datasetSyncedAt: null, computedAt: '2026-06-15T12:00:00.000Z' };

const byStage: ChartData = {
  labels: ['Won', 'Lost', '(empty)'],
  series: [{ key: 'count:rows', label: 'Count', values: [42, 17, 3] }],
  meta: { ...meta, xAxis: { kind: 'category' } },
};

const monthly: ChartData = {
  labels: ['2026-01', '2026-02'],
  series: [
    { key: 'sum:amount', label: 'Sum of Amount', format: 'dollar', values: [1200, 800.5] },
    { key: 'avg:amount', label: 'Average of Amount', format: 'dollar', values: [400, null] },
  ],
  meta: { ...meta, format: 'dollar', xAxis: { kind: 'date', bucket: 'month' } },
};

describe('describeChart', () => {
  it('names the chart and reads out its labels and formatted values', () => {
    expect(describeChart({ type: 'bar', name: 'Deals by stage', data: byStage })).toBe(
      'Bar chart, Deals by stage: Won 42, Lost 17, (empty) 3.',
    );
    expect(
      describeChart({ type: 'bar', name: 'Deals', options: { horizontal: true }, data: byStage }),
    ).toMatch(/^Horizontal bar chart, Deals: /);
  });

  it('reads each series with several, dates as people write them, missing values as such', () => {
    expect(describeChart({ type: 'line', name: 'Revenue', data: monthly })).toBe(
      'Line chart, Revenue: Sum of Amount: Jan 2026 $1,200.00, Feb 2026 $800.50; Average of Amount: Jan 2026 $400.00, Feb 2026 no value.',
    );
  });

  it('says how many labels and series it left out', () => {
    const labels = Array.from({ length: 15 }, (_, index) => `Team ${index + 1}`);
    const many: ChartData = {
      labels,
      series: Array.from({ length: 7 }, (_, index) => ({
        key: `s${index}`,
        label: `S${index}`,
        values: labels.map(() => index),
      })),
      meta,
    };
    const text = describeChart({ type: 'bar', data: many }, { maxLabels: 2, maxSeries: 2 });
    expect(text).toBe(
      'Bar chart: S0: Team 1 0, Team 2 0, and 13 more; S1: Team 1 1, Team 2 1, and 13 more; and 5 more series.',
    );
  });

  it('reads stacked shares as percentages', () => {
    const shares: ChartData = {
      ...byStage,
      series: [{ key: 'a', label: 'Count', values: [62.5, 37.5, 0] }],
      meta: { ...meta, stacked: 'percent' },
    };
    expect(describeChart({ type: 'area', name: 'Mix', data: shares })).toBe(
      '100% stacked area chart, Mix: Won 62.5%, Lost 37.5%, (empty) 0%.',
    );
  });

  it('reads number charts as figures', () => {
    const figure: ChartData = {
      labels: [],
      series: [
        { key: 'sum:amount', label: 'Sum of Amount', format: 'dollar', values: [12345] },
        { key: 'count:rows', label: 'Count', values: [42] },
      ],
      meta,
    };
    expect(describeChart({ type: 'number', name: 'Pipeline', data: figure })).toBe(
      'Number chart, Pipeline: Sum of Amount $12,345.00; Count 42.',
    );
  });

  it('summarises scatter charts by their ranges', () => {
    const scatter: ChartData = {
      labels: [],
      series: [
        {
          key: 'scatter:amount',
          label: 'Amount',
          format: 'dollar',
          points: [
            [1, 5],
            [3, 90],
            [2, 40],
          ],
        },
      ],
      meta: { ...meta, xAxis: { kind: 'number' } },
    };
    expect(describeChart({ type: 'scatter', name: 'Deals', data: scatter })).toBe(
      'Scatter chart, Deals: Amount: 3 points, x from 1 to 3, y from $5.00 to $90.00.',
    );
  });

  it('says when there is nothing to show', () => {
    expect(
      describeChart({
        type: 'pie',
        name: 'Empty',
        data: { labels: [], series: [{ key: 'c', label: 'Count', values: [] }], meta },
      }),
    ).toBe('Pie chart, Empty: no data.');
    expect(
      describeChart({
        type: 'scatter',
        data: { labels: [], series: [{ key: 's', label: 'S', points: [] }], meta },
      }),
    ).toBe('Scatter chart: no data.');
  });
});

describe('chartDataTable', () => {
  it('has a row per label and a column per series, values formatted', () => {
    expect(chartDataTable({ type: 'bar', data: monthly })).toEqual({
      columns: ['Date', 'Sum of Amount', 'Average of Amount'],
      rows: [
        ['Jan 2026', '$1,200.00', '$400.00'],
        ['Feb 2026', '$800.50', '—'],
      ],
    });
    expect(
      chartDataTable({ type: 'pie', options: { xLabel: 'Stage' }, data: byStage }).columns,
    ).toEqual(['Stage', 'Count']);
  });

  it('lists measures and figures for number charts', () => {
    const figure: ChartData = {
      labels: [],
      series: [{ key: 'avg:amount', label: 'Average of Amount', format: 'euro', values: [12.5] }],
      meta,
    };
    expect(chartDataTable({ type: 'number', data: figure })).toEqual({
      columns: ['Measure', 'Value'],
      rows: [['Average of Amount', '€12.50']],
    });
  });

  it('lists scatter points, up to a limit it states', () => {
    const points = Array.from({ length: MAX_TABLE_POINTS + 5 }, (_, index): [number, number] => [
      index,
      index * 2,
    ]);
    const table = chartDataTable({
      type: 'scatter',
      options: { xLabel: 'Size', yLabel: 'Price' },
      data: {
        labels: [],
        series: [{ key: 's', label: 'Deals', points }],
        meta: { ...meta, xAxis: { kind: 'number' } },
      },
    });
    expect(table.columns).toEqual(['Series', 'Size', 'Price']);
    expect(table.rows[2]).toEqual(['Deals', '2', '4']);
    expect(table.rows).toHaveLength(MAX_TABLE_POINTS);
    expect(table.note).toBe('Showing the first 1,000 of 1,005 points.');
  });
});
