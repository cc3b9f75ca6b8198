import type { ChartConfig } from '../contracts';
import { ZonedCalendar } from './zoned-calendar';

const MS_PER_HOUR = 3_600_000;

/** Whether the chart's data depends on the time of computation (`in_last_days`, `in_current`). */
export function dependsOnNow(config: ChartConfig): boolean {
  return (config.filters ?? []).some(
    (filter) => filter.op === 'in_last_days' || filter.op === 'in_current',
  );
}

/**
 * When a chart computed at `now` must be computed again even if no row changed: within the
 * hour, and at the next midnight in its time zone if that comes first (the contract's rule for
 * `in_last_days` and `in_current`). `null` when its data does not depend on the time.
 */
export function nextRecomputeAt(config: ChartConfig, now: Date): Date | null {
  if (!dependsOnNow(config)) return null;
  const calendar = ZonedCalendar.of(config.timezone ?? 'UTC');
  const nextMidnight = calendar.midnightOf(calendar.dayOfInstant(now.getTime()) + 1);
  return new Date(Math.min(now.getTime() + MS_PER_HOUR, nextMidnight));
}
