import type { ChartType, Series } from '../contracts';
import type { Accumulator } from './accumulators';
import type { MeasurePlan } from './measures';

/** Only these types stack; `checkChartConfig` refuses `stacked` on the others. */
export const STACKABLE_TYPES: readonly ChartType[] = ['bar', 'line', 'area'];

export interface GroupColumns {
  labels: readonly string[];
  colors: readonly (string | undefined)[];
}

export interface SeriesInput {
  measures: readonly MeasurePlan[];
  /** One per measure, slot = label position × group count + group position. */
  accumulators: readonly Accumulator[];
  labelCount: number;
  /** `null` without a groupBy: one series per measure. */
  groups: GroupColumns | null;
  percent: boolean;
  cumulative: boolean;
}

/** Series in order: measures as configured, and within each its groups in group order. */
export function assembleSeries(input: SeriesInput): Series[] {
  const { measures, accumulators, labelCount, groups } = input;
  const groupCount = groups ? groups.labels.length : 1;
  const series: Series[] = [];
  measures.forEach((measure, m) => {
    for (let g = 0; g < groupCount; g++) {
      const values: (number | null)[] = [];
      for (let x = 0; x < labelCount; x++) values.push(accumulators[m].result(x * groupCount + g));
      series.push({ ...identify(measure, measures.length, groups, g), values });
    }
  });
  if (input.percent) toShares(series, labelCount);
  if (input.cumulative) for (const { values } of series) runningTotal(values ?? []);
  return series;
}

function identify(
  measure: MeasurePlan,
  measureCount: number,
  groups: GroupColumns | null,
  g: number,
): Omit<Series, 'values'> {
  const format = measure.format === undefined ? {} : { format: measure.format };
  if (!groups) return { key: measure.key, label: measure.label, ...format };
  const group = groups.labels[g];
  const color = groups.colors[g];
  return {
    key: `${measure.key}|${group}`,
    label: measureCount === 1 ? group : `${measure.label} · ${group}`,
    ...(color === undefined ? {} : { color }),
    ...format,
  };
}

/** Each label's values as shares of its total (summing to 100; all 0 when the total is 0). */
function toShares(series: Series[], labelCount: number): void {
  for (let x = 0; x < labelCount; x++) {
    let total = 0;
    for (const { values } of series) total += values?.[x] ?? 0;
    for (const { values } of series) {
      const value = values?.[x];
      if (values && value !== null && value !== undefined) {
        values[x] = total === 0 ? 0 : (value / total) * 100;
      }
    }
  }
}

function runningTotal(values: (number | null)[]): void {
  let total = 0;
  values.forEach((value, x) => {
    total += value ?? 0;
    values[x] = total;
  });
}
