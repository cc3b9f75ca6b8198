import type { ChartData, ChartType, PublicChartPayload } from '@notionchartkit/shared';

const meta: ChartData['meta'] = {
  rowCount: 62,
  datasetSyncedAt: '2026-06-15T11:58:00.000Z',
  computedAt: '2026-06-15T12:00:00.000Z',
};

function payload(
  type: ChartType,
  name: string,
  data: Omit<ChartData, 'meta'> & { meta?: Partial<ChartData['meta']> },
  options: PublicChartPayload['options'] = {},
): PublicChartPayload {
  return {
    name,
    type,
    options,
    updatedAt: '2026-06-15T12:00:00.000Z',
    data: { ...data, meta: { ...meta, ...data.meta } },
  };
}

/** One chart of each type, as the public endpoint would serve them. */
export const CHARTS: Record<ChartType, PublicChartPayload> = {
  bar: payload('bar', 'Deals by stage', {
    labels: ['Won', 'Lost', '(empty)'],
    labelColors: ['green', 'red', null],
    series: [{ key: 'count:rows', label: 'Count', values: [42, 17, 3] }],
    meta: { xAxis: { kind: 'category' } },
  }),
  line: payload(
    'line',
    'Revenue by month',
    {
      labels: ['2026-01', '2026-02', '2026-03'],
      series: [
        {
          key: 'sum:amount',
          label: 'Sum of Amount',
          format: 'dollar',
          values: [1200, 800.5, 1530],
        },
      ],
      meta: { format: 'dollar', xAxis: { kind: 'date', bucket: 'month' } },
    },
    { title: 'Revenue, first quarter' },
  ),
  area: payload('area', 'Deals by quarter and region', {
    labels: ['2026-Q1', '2026-Q2'],
    series: [
      { key: 'count:rows|EU', label: 'EU', color: 'blue', values: [3, 5] },
      { key: 'count:rows|US', label: 'US', color: 'red', values: [4, 2] },
    ],
    meta: { stacked: true, xAxis: { kind: 'date', bucket: 'quarter' } },
  }),
  pie: payload('pie', 'Deals by region', {
    labels: ['US', 'EU', 'APAC'],
    series: [{ key: 'count:rows', label: 'Count', values: [10, 7, 4] }],
    meta: { xAxis: { kind: 'category' } },
  }),
  doughnut: payload('doughnut', 'Tasks by status', {
    labels: ['Done', 'In progress'],
    series: [{ key: 'count:rows', label: 'Count', values: [12, 5] }],
    meta: { xAxis: { kind: 'category' } },
  }),
  scatter: payload(
    'scatter',
    'Amount against score',
    {
      labels: [],
      series: [
        {
          key: 'scatter:amount',
          label: 'Amount',
          points: [
            [1, 200],
            [3, 450],
          ],
        },
      ],
      meta: { xAxis: { kind: 'number' } },
    },
    { xLabel: 'Score', yLabel: 'Amount' },
  ),
  number: payload('number', 'Pipeline', {
    labels: [],
    series: [
      { key: 'sum:amount', label: 'Sum of Amount', format: 'dollar', values: [12345] },
      { key: 'count:rows', label: 'Count', values: [42] },
    ],
  }),
};
