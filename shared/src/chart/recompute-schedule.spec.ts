import type { ChartConfig } from '../contracts';
import { dependsOnNow, nextRecomputeAt } from './recompute-schedule';

const base: ChartConfig = { type: 'bar', x: { property: 'stage' }, y: [{ aggregation: 'count' }] };
const lastWeek: ChartConfig = {
  ...base,
  filters: [{ property: 'close', op: 'in_last_days', value: 7 }],
};

describe('recompute schedule', () => {
  it('only concerns charts filtered relative to now', () => {
    expect(dependsOnNow(base)).toBe(false);
    expect(
      dependsOnNow({ ...base, filters: [{ property: 'close', op: 'in_current', value: 'month' }] }),
    ).toBe(true);
    expect(nextRecomputeAt(base, new Date('2026-06-15T12:00:00.000Z'))).toBeNull();
  });

  it('recomputes within the hour', () => {
    expect(nextRecomputeAt(lastWeek, new Date('2026-06-15T12:20:00.000Z'))?.toISOString()).toBe(
      '2026-06-15T13:20:00.000Z',
    );
  });

  it('recomputes at midnight in the chart time zone when that comes first', () => {
    expect(nextRecomputeAt(lastWeek, new Date('2026-06-15T23:30:00.000Z'))?.toISOString()).toBe(
      '2026-06-16T00:00:00.000Z',
    );
    // 21:40 UTC is 23:40 in Berlin (CEST): its midnight is 22:00 UTC.
    const berlin = { ...lastWeek, timezone: 'Europe/Berlin' };
    expect(nextRecomputeAt(berlin, new Date('2026-06-15T21:40:00.000Z'))?.toISOString()).toBe(
      '2026-06-15T22:00:00.000Z',
    );
  });
});
