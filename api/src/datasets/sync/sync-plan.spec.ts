import { planSync, type SyncPlanInput } from './sync-plan';

const now = new Date('2026-03-10T12:00:00.000Z');
const base: SyncPlanInput = {
  requested: 'incremental',
  now,
  watermark: new Date('2026-03-10T11:55:00.000Z'),
  lastFullSyncAt: new Date('2026-03-10T11:30:00.000Z'),
  fullSyncIntervalHours: 24,
  chartsUseComputedValues: false,
};

describe('planSync', () => {
  it('reads from two minutes before the watermark when incremental', () => {
    expect(planSync(base)).toEqual({
      mode: 'incremental',
      editedSince: new Date('2026-03-10T11:53:00.000Z'),
    });
  });

  it('reads everything on request, on the first sync, and when the reconcile is due', () => {
    expect(planSync({ ...base, requested: 'full' })).toEqual({ mode: 'full', reason: 'requested' });
    expect(planSync({ ...base, watermark: null, lastFullSyncAt: null })).toEqual({
      mode: 'full',
      reason: 'first',
    });
    expect(planSync({ ...base, lastFullSyncAt: new Date('2026-03-09T12:00:00.000Z') })).toEqual({
      mode: 'full',
      reason: 'reconcile',
    });
    expect(
      planSync({
        ...base,
        fullSyncIntervalHours: 1,
        lastFullSyncAt: new Date('2026-03-10T10:59:00.000Z'),
      }),
    ).toEqual({ mode: 'full', reason: 'reconcile' });
  });

  it('re-reads formula and rollup values at least hourly', () => {
    const computed = { ...base, chartsUseComputedValues: true };
    expect(planSync(computed).mode).toBe('incremental');
    expect(planSync({ ...computed, lastFullSyncAt: new Date('2026-03-10T10:59:59.000Z') })).toEqual(
      {
        mode: 'full',
        reason: 'computed',
      },
    );
  });
});
