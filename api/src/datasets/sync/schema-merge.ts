import type { ResultType, SchemaProperty } from '@notionchartkit/shared';
import { withObservedResultTypes } from '../../notion/normalize/schema.normalizer';
import type { NotionRow } from '../../notion/notion.types';

/**
 * Notion's schema does not always say what a formula returns; the rows do. Fills the gaps
 * from this sync's rows, then from what earlier syncs learned (an incremental sync may read
 * no row at all). Properties keep Notion's order; removed properties drop out.
 */
export function mergeResultTypes(
  fresh: readonly SchemaProperty[],
  previous: readonly SchemaProperty[],
  rows: readonly NotionRow[],
): SchemaProperty[] {
  const seen: Record<string, ResultType> = {};
  for (const row of rows)
    for (const [id, type] of Object.entries(row.resultTypes)) seen[id] ??= type;
  const learnedBefore: Record<string, ResultType> = {};
  for (const property of previous)
    if (property.resultType) learnedBefore[property.id] = property.resultType;
  return withObservedResultTypes(withObservedResultTypes(fresh, seen), learnedBefore);
}
