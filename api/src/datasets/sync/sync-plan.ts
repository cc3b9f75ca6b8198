import type { SyncMode } from '@notionchartkit/shared';

/** Notion floors edit times to the minute; reading from two minutes back misses nothing. */
export const WATERMARK_OVERLAP_MS = 2 * 60 * 1000;
/** Formulas and rollups change without the row's edit time moving: re-read them this often. */
export const COMPUTED_FULL_SYNC_INTERVAL_MS = 60 * 60 * 1000;

export interface SyncPlanInput {
  requested: SyncMode;
  now: Date;
  watermark: Date | null;
  lastFullSyncAt: Date | null;
  fullSyncIntervalHours: number;
  /** Some chart of the dataset reads a formula or rollup property. */
  chartsUseComputedValues: boolean;
}

export type SyncPlan =
  | { mode: 'full'; reason: 'requested' | 'first' | 'reconcile' | 'computed' }
  | { mode: 'incremental'; editedSince: Date };

/** Decides whether this sync reads every row or only those edited since the watermark. */
export function planSync(input: SyncPlanInput): SyncPlan {
  const { now, watermark, lastFullSyncAt } = input;
  if (input.requested === 'full') return { mode: 'full', reason: 'requested' };
  if (!watermark || !lastFullSyncAt) return { mode: 'full', reason: 'first' };
  const sinceFull = now.getTime() - lastFullSyncAt.getTime();
  if (sinceFull >= input.fullSyncIntervalHours * 3600 * 1000)
    return { mode: 'full', reason: 'reconcile' };
  if (input.chartsUseComputedValues && sinceFull >= COMPUTED_FULL_SYNC_INTERVAL_MS) {
    return { mode: 'full', reason: 'computed' };
  }
  return { mode: 'incremental', editedSince: new Date(watermark.getTime() - WATERMARK_OVERLAP_MS) };
}
