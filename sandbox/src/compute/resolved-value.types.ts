import type {
  DateValue,
  PropertySchema,
  RollupFunction,
  StoredCell,
  StoredType,
} from '../model/property.types';
import type { StoredValueByType } from '../model/property.types';

export type FormulaResult =
  | { type: 'number'; value: number | null }
  | { type: 'string'; value: string | null }
  | { type: 'boolean'; value: boolean | null }
  | { type: 'date'; value: DateValue | null };

export type RollupResult =
  | { type: 'number'; value: number | null; function: RollupFunction }
  | { type: 'date'; value: DateValue | null; function: RollupFunction }
  | { type: 'array'; value: ResolvedValue[]; function: RollupFunction }
  | { type: 'unsupported'; value: null; function: RollupFunction };

/** A property's value for one row, stored or computed, before it is shaped for the wire. */
export type ResolvedValue =
  | StoredCell
  | { type: 'formula'; value: FormulaResult }
  | {
      type: 'rollup';
      value: RollupResult;
      /** The rolled-up values, one per related page (filters test them with any/every/none). */
      items: ResolvedValue[];
      relatedIds: string[];
      /** The property read on the related pages; its schema renders the items. */
      rolledUp: PropertySchema | undefined;
    }
  | { type: 'created_time' | 'last_edited_time'; value: number }
  | { type: 'created_by' | 'last_edited_by'; value: string }
  | { type: 'button'; value: null };

/**
 * Pairs a type with its value. TypeScript cannot correlate `K` across the mapped union on
 * its own; the signature guarantees the pairing, so the assertion is safe.
 */
export function storedCell<K extends StoredType>(type: K, value: StoredValueByType[K]): StoredCell {
  return { type, value } as StoredCell;
}

export function emptyCell(type: StoredType): StoredCell {
  switch (type) {
    case 'title':
    case 'rich_text':
    case 'multi_select':
    case 'people':
    case 'files':
    case 'relation':
      return storedCell(type, []);
    case 'checkbox':
      return storedCell(type, false);
    case 'number':
    case 'select':
    case 'status':
    case 'date':
    case 'url':
    case 'email':
    case 'phone_number':
    case 'unique_id':
    case 'verification':
    case 'place':
      return storedCell(type, null);
  }
}
