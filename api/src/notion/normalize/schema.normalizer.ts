import type { ResultType, SchemaProperty } from '@notionchartkit/shared';
import type { RollupFunction, SchemaEntry } from './notion-values.types';

/** What a rollup function yields; `null` where only rows can tell. */
function rollupResultType(fn: RollupFunction): ResultType | null {
  switch (fn) {
    case 'show_original':
    case 'show_unique':
      return 'array';
    case 'earliest_date':
    case 'latest_date':
    case 'date_range':
      return 'date';
    case 'count':
    case 'count_values':
    case 'empty':
    case 'not_empty':
    case 'unique':
    case 'percent_empty':
    case 'percent_not_empty':
    case 'sum':
    case 'average':
    case 'median':
    case 'min':
    case 'max':
    case 'range':
    case 'checked':
    case 'unchecked':
    case 'percent_checked':
    case 'percent_unchecked':
      return 'number';
    case 'count_per_group':
    case 'percent_per_group':
    default:
      return null;
  }
}

function normalizeEntry(entry: SchemaEntry): SchemaProperty | null {
  const base = { id: entry.id, name: entry.name };
  switch (entry.type) {
    case 'number':
      return { ...base, type: entry.type, format: entry.number.format };
    case 'select':
      return { ...base, type: entry.type, options: entry.select.options.map(toOption) };
    case 'status':
      return { ...base, type: entry.type, options: entry.status.options.map(toOption) };
    case 'multi_select':
      return { ...base, type: entry.type, options: entry.multi_select.options.map(toOption) };
    case 'relation':
      return { ...base, type: entry.type, relatedDataSourceId: entry.relation.data_source_id };
    // Notion's schema does not say what a formula returns; rows do (`withObservedResultTypes`).
    case 'formula':
      return { ...base, type: entry.type, resultType: null };
    case 'rollup':
      return { ...base, type: entry.type, resultType: rollupResultType(entry.rollup.function) };
    case 'title':
    case 'rich_text':
    case 'url':
    case 'email':
    case 'phone_number':
    case 'checkbox':
    case 'date':
    case 'people':
    case 'files':
    case 'unique_id':
    case 'created_time':
    case 'created_by':
    case 'last_edited_time':
    case 'last_edited_by':
      return { ...base, type: entry.type };
    // Button, verification, place and types Notion adds later are not charted.
    default:
      return null;
  }
}

function toOption(option: { name: string; color: string }) {
  return { name: option.name, color: option.color };
}

/**
 * A data source's properties as the contract's schema: id, name, type, number format, options
 * with colors in Notion's order, and result types of formulas and rollups.
 */
export function normalizeSchema(properties: Record<string, SchemaEntry>): SchemaProperty[] {
  return Object.values(properties)
    .map(normalizeEntry)
    .filter((property) => property !== null);
}

/**
 * Fills the result types the schema leaves open (formulas, some rollups) from what rows showed;
 * result types the schema states are kept.
 */
export function withObservedResultTypes(
  schema: readonly SchemaProperty[],
  observed: Readonly<Record<string, ResultType>>,
): SchemaProperty[] {
  return schema.map((property) =>
    (property.type === 'formula' || property.type === 'rollup') &&
    property.resultType == null &&
    observed[property.id] !== undefined
      ? { ...property, resultType: observed[property.id] }
      : property,
  );
}
