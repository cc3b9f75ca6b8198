import type { TokenRegistry } from '../auth/token.registry';
import type { RowWriter } from '../store/row-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import { seedGlobex } from './globex.seed';
import { seedHabitTracker } from './habit-tracker.seed';
import { DEFAULT_LARGE_ROWS, seedLargeDataSource } from './large-data-source.seed';
import { seedSalaries } from './salaries.seed';
import { seedSalesPipeline } from './sales-pipeline.seed';
import { SEED_IDS } from './seed-ids.constants';
import { seedTaskTracker } from './task-tracker.seed';
import { seedWorkspaces } from './workspaces.seed';

/**
 * Content to load: `acme` (sales pipeline with accounts, task tracker, habit tracker, an
 * unshared database), `globex` (campaigns in the second workspace), `large` (the Orders data
 * source for benchmarks, in Acme). Both workspaces, their people and tokens always exist.
 */
export type SeedName = 'acme' | 'globex' | 'large';
export const SEED_NAMES: readonly SeedName[] = ['acme', 'globex', 'large'];
export const DEMO_SEED: readonly SeedName[] = ['acme', 'globex'];

export interface SeedOptions {
  seed: readonly SeedName[];
  largeRows: number;
}

export function loadSeeds(
  store: WorkspaceStore,
  tokens: TokenRegistry,
  writer: RowWriter,
  options: Partial<SeedOptions> = {},
): void {
  const seeds = new Set(options.seed ?? DEMO_SEED);
  seedWorkspaces(store, tokens);
  if (seeds.has('acme')) {
    seedSalesPipeline(store, writer);
    seedTaskTracker(store, writer);
    seedHabitTracker(store, writer);
    seedSalaries(store, writer);
  }
  if (seeds.has('globex')) seedGlobex(store, writer);
  if (seeds.has('large')) {
    seedLargeDataSource(store, {
      rows: options.largeRows ?? DEFAULT_LARGE_ROWS,
      databaseId: SEED_IDS.acme.largeDatabaseId,
      dataSourceId: SEED_IDS.acme.largeDataSourceId,
    });
  }
}
