import type { Cell, ChartAxisMeta, MeasureConfig, SchemaProperty, Series } from '../contracts';
import type { Axis } from './axis';
import { type CellInput, numberOf } from './cell-values';
import { layoutAxis } from './label-order';
import { traitsOf } from './property-kinds';
import type { RowTest } from './row-filters';
import { parseDateValue, type ZonedCalendar } from './zoned-calendar';

export interface ScatterInput {
  rows: Iterable<{ values: Readonly<Record<string, Cell>> }>;
  filter: RowTest | null;
  xProperty: SchemaProperty;
  measures: readonly MeasureConfig[];
  properties: ReadonlyMap<string, SchemaProperty>;
  groupProperty: string | undefined;
  groupAxis: Axis | null;
  calendar: ZonedCalendar;
}

/** How scatter x values read: numbers as they are, dates as epoch ms (dates without time at zone midnight). */
function xReader(property: SchemaProperty, calendar: ZonedCalendar): (cell: CellInput) => number {
  if (traitsOf(property).kind !== 'date') return numberOf;
  const cache = new Map<string, number>();
  return (cell) => {
    if (typeof cell !== 'string') return Number.NaN;
    let ms = cache.get(cell);
    if (ms === undefined) {
      const date = parseDateValue(cell);
      ms = date ? calendar.instantOf(date) : Number.NaN;
      cache.set(cell, ms);
    }
    return ms;
  };
}

export function scatterAxisMeta(property: SchemaProperty, calendar: ZonedCalendar): ChartAxisMeta {
  if (traitsOf(property).kind === 'date') return { kind: 'time', timezone: calendar.timeZone };
  return property.type === 'number' && property.format
    ? { kind: 'number', format: property.format }
    : { kind: 'number' };
}

/**
 * One point per row and measure (per group value with a groupBy), x against the measure's
 * property; aggregations do not apply. Rows with an empty x or y are skipped. Points are sorted
 * by x, then y, so the payload does not depend on row order.
 */
export function scatterSeries(input: ScatterInput): { series: Series[]; rowCount: number } {
  const { groupAxis, groupProperty } = input;
  const readX = xReader(input.xProperty, input.calendar);
  const measures = input.measures.filter((measure) => measure.property !== undefined);
  const points = measures.map(() => new Map<number, [number, number][]>());
  const noGroup: readonly number[] = [0];
  let rowCount = 0;
  for (const { values } of input.rows) {
    if (input.filter && !input.filter(values)) continue;
    rowCount++;
    const groups =
      groupAxis && groupProperty !== undefined ? groupAxis.keysOf(values[groupProperty]) : noGroup;
    const x = readX(values[input.xProperty.id]);
    if (Number.isNaN(x)) continue;
    measures.forEach((measure, m) => {
      const y = numberOf(values[measure.property ?? '']);
      if (Number.isNaN(y)) return;
      for (const group of groups) {
        const list = points[m].get(group);
        if (list) list.push([x, y]);
        else points[m].set(group, [[x, y]]);
      }
    });
  }

  const groupLayout = groupAxis ? layoutAxis(groupAxis, {}) : null;
  const series: Series[] = [];
  measures.forEach((measure, m) => {
    const property = input.properties.get(measure.property ?? '');
    const label = measure.label || property?.name || (measure.property ?? '');
    const key = `scatter:${measure.property ?? ''}`;
    const format =
      property?.type === 'number' && property.format ? { format: property.format } : {};
    if (!groupAxis || !groupLayout) {
      series.push({ key, label, points: sortPoints(points[m].get(0)), ...format });
      return;
    }
    groupLayout.labels.forEach((group) => {
      const color = groupAxis.colorOf(group);
      series.push({
        key: `${key}|${group}`,
        label: measures.length === 1 ? group : `${label} · ${group}`,
        points: sortPoints(points[m].get(groupAxis.indexOf(group))),
        ...(color === undefined ? {} : { color }),
        ...format,
      });
    });
  });
  return { series, rowCount };
}

function sortPoints(points: [number, number][] | undefined): [number, number][] {
  return (points ?? []).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
