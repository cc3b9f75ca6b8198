import type { ChartAxisMeta, ChartConfig, SchemaProperty } from '../contracts';
import { type Axis, SingleSlotAxis } from './axis';
import { BinAxis } from './bin-axis';
import { CategoryAxis } from './category-axis';
import { DateAxis } from './date-axis';
import { traitsOf } from './property-kinds';
import type { ZonedCalendar } from './zoned-calendar';

export interface AxisContext {
  properties: ReadonlyMap<string, SchemaProperty>;
  calendar: ZonedCalendar;
  relationTitles: ReadonlyMap<string, string> | undefined;
}

/** A property the schema lacks reads as empty everywhere rather than failing the chart. */
function propertyOrBlank(
  id: string,
  properties: ReadonlyMap<string, SchemaProperty>,
): SchemaProperty {
  return properties.get(id) ?? { id, name: id, type: 'rich_text' };
}

/** The x axis of a bar, line, area, pie or doughnut chart; one slot for a `number` chart. */
export function createXAxis(
  config: ChartConfig,
  context: AxisContext,
): { axis: Axis; meta?: ChartAxisMeta } {
  if (config.type === 'number' || !config.x) return { axis: new SingleSlotAxis() };
  const property = propertyOrBlank(config.x.property, context.properties);
  const traits = traitsOf(property);
  if (traits.kind === 'date') {
    const bucket = config.x.bucket ?? 'day';
    return { axis: new DateAxis(context.calendar, bucket), meta: { kind: 'date', bucket } };
  }
  if (traits.kind === 'number' && config.x.binSize !== undefined && config.x.binSize > 0) {
    return { axis: new BinAxis(config.x.binSize), meta: { kind: 'bin' } };
  }
  return {
    axis: new CategoryAxis(property, traits, context.relationTitles),
    meta: { kind: 'category' },
  };
}

/** Series split by groupBy: category labels of the group property, ordered like x categories. */
export function createGroupAxis(config: ChartConfig, context: AxisContext): Axis | null {
  if (!config.groupBy) return null;
  const property = propertyOrBlank(config.groupBy.property, context.properties);
  return new CategoryAxis(property, traitsOf(property), context.relationTitles);
}
