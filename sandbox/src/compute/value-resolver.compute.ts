import type {
  DateValue,
  FormulaRow,
  PropertySchema,
  SchemaOf,
  StoredCell,
  StoredType,
} from '../model/property.types';
import { isStoredType } from '../model/property.types';
import type { PageRecord } from '../model/records.types';
import { findProperty, type WorkspaceStore } from '../store/workspace.store';
import { computeRollup } from './rollup.compute';
import {
  emptyCell,
  type FormulaResult,
  type ResolvedValue,
  type RollupResult,
} from './resolved-value.types';

/** Deeper chains (rollup of a rollup of a rollup…) answer `unsupported`, as broken ones do in Notion. */
const MAX_DEPTH = 3;

/** No cap: filters, sorts and the property-item endpoint see every related page. */
export const ALL_RELATIONS = Number.POSITIVE_INFINITY;

/** Page objects compute rollups over the first 25 related pages only. */
export const PAGE_OBJECT_RELATION_CAP = 25;

/** Reads stored values and computes formulas and rollups for a row. */
export class ValueResolver {
  constructor(private readonly store: WorkspaceStore) {}

  resolve(
    page: PageRecord,
    schema: PropertySchema,
    relationCap = ALL_RELATIONS,
    depth = 0,
  ): ResolvedValue {
    if (schema.type === 'relation') {
      return { type: 'relation', value: this.relatedIds(page, schema) };
    }
    if (isStoredType(schema.type)) return this.stored(page, schema.id, schema.type);
    switch (schema.type) {
      case 'created_time':
        return { type: 'created_time', value: page.createdTime };
      case 'last_edited_time':
        return { type: 'last_edited_time', value: page.lastEditedTime };
      case 'created_by':
        return { type: 'created_by', value: page.createdBy };
      case 'last_edited_by':
        return { type: 'last_edited_by', value: page.lastEditedBy };
      case 'formula':
        return { type: 'formula', value: this.formula(page, schema, depth) };
      case 'rollup':
        return this.rollup(page, schema, relationCap, depth);
      default:
        return { type: 'button', value: null };
    }
  }

  /** A stored cell, or the empty value of its type when the row has none (new properties). */
  private stored(page: PageRecord, propertyId: string, type: StoredType): StoredCell {
    const cell = page.cells.get(propertyId);
    return cell?.type === type ? cell : emptyCell(type);
  }

  /** A page's title as plain text. */
  titleOf(page: PageRecord): string {
    const schema = this.store.propertiesOf(page).find((p) => p.type === 'title');
    return schema ? textOf(this.stored(page, schema.id, 'title')) : '';
  }

  /** Related pages that still exist and are not in the trash, in relation order. */
  relatedIds(page: PageRecord, relation: SchemaOf<'relation'>): string[] {
    const cell = this.stored(page, relation.id, 'relation');
    if (cell.type !== 'relation') return [];
    return cell.value.filter((id) => {
      const target = this.store.page(id);
      return target !== undefined && !target.inTrash;
    });
  }

  private formula(page: PageRecord, schema: SchemaOf<'formula'>, depth: number): FormulaResult {
    const { formula } = schema;
    const output = depth >= MAX_DEPTH ? null : formula.evaluate(this.rowReader(page, depth + 1));
    switch (formula.resultType) {
      case 'number':
        return { type: 'number', value: typeof output === 'number' ? output : null };
      case 'string':
        return { type: 'string', value: typeof output === 'string' ? output : null };
      case 'boolean':
        return { type: 'boolean', value: typeof output === 'boolean' ? output : null };
      case 'date':
        return { type: 'date', value: isDateValue(output) ? output : null };
    }
  }

  /** The property a rollup reads on the related pages, if its relation is still there. */
  rolledUpProperty(
    properties: readonly PropertySchema[],
    schema: SchemaOf<'rollup'>,
  ): PropertySchema | undefined {
    const relation = rollupRelation(properties, schema);
    const target = relation && this.store.dataSource(relation.dataSourceId);
    return target?.properties.find((p) => p.id === schema.rollupPropertyId);
  }

  private rollup(
    page: PageRecord,
    schema: SchemaOf<'rollup'>,
    relationCap: number,
    depth: number,
  ): ResolvedValue {
    const properties = this.store.propertiesOf(page);
    const relation = rollupRelation(properties, schema);
    const rolled = this.rolledUpProperty(properties, schema);
    if (!relation || !rolled || depth >= MAX_DEPTH) {
      const value: RollupResult = { type: 'unsupported', value: null, function: schema.function };
      return { type: 'rollup', value, items: [], relatedIds: [], rolledUp: rolled };
    }
    const relatedIds = this.relatedIds(page, relation).slice(0, relationCap);
    const items: ResolvedValue[] = [];
    for (const id of relatedIds) {
      const related = this.store.page(id);
      if (related) items.push(this.resolve(related, rolled, relationCap, depth + 1));
    }
    const value = computeRollup(schema.function, items, relatedIds.length);
    return { type: 'rollup', value, items, relatedIds, rolledUp: rolled };
  }

  private rowReader(page: PageRecord, depth: number): FormulaRow {
    const properties = this.store.propertiesOf(page);
    const read = (name: string): ResolvedValue | null => {
      const schema = findProperty(properties, name);
      return schema ? this.resolve(page, schema, ALL_RELATIONS, depth) : null;
    };
    const optionName = (name: string, optionId: string | null): string => {
      const schema = findProperty(properties, name);
      return optionId && schema ? optionNameOf(schema, optionId) : '';
    };
    return {
      number: (name) => numberOf(read(name)),
      date: (name) => dateOf(read(name)),
      checkbox: (name) => booleanOf(read(name)) ?? false,
      text: (name) => {
        const value = read(name);
        if (value?.type === 'select' || value?.type === 'status') {
          return optionName(name, value.value);
        }
        return textOf(value);
      },
    };
  }
}

function rollupRelation(
  properties: readonly PropertySchema[],
  schema: SchemaOf<'rollup'>,
): SchemaOf<'relation'> | undefined {
  const relation = properties.find((p) => p.id === schema.relationPropertyId);
  return relation?.type === 'relation' ? relation : undefined;
}

export function optionNameOf(schema: PropertySchema, optionId: string): string {
  if (schema.type !== 'select' && schema.type !== 'multi_select' && schema.type !== 'status') {
    return '';
  }
  return schema.options.find((o) => o.id === optionId)?.name ?? '';
}

function isDateValue(value: unknown): value is DateValue {
  return typeof value === 'object' && value !== null && 'start' in value;
}

/** The number a value stands for, when it stands for one. */
export function numberOf(value: ResolvedValue | null): number | null {
  if (!value) return null;
  switch (value.type) {
    case 'number':
    case 'unique_id':
      return value.value;
    case 'formula':
      return value.value.type === 'number' ? value.value.value : null;
    case 'rollup':
      return value.value.type === 'number' ? value.value.value : null;
    default:
      return null;
  }
}

export function dateOf(value: ResolvedValue | null): DateValue | null {
  if (!value) return null;
  switch (value.type) {
    case 'date':
      return value.value;
    case 'created_time':
    case 'last_edited_time':
      return { start: new Date(value.value).toISOString(), end: null, timeZone: null };
    case 'formula':
      return value.value.type === 'date' ? value.value.value : null;
    case 'rollup':
      return value.value.type === 'date' ? value.value.value : null;
    default:
      return null;
  }
}

export function booleanOf(value: ResolvedValue | null): boolean | null {
  if (!value) return null;
  if (value.type === 'checkbox') return value.value;
  if (value.type === 'formula' && value.value.type === 'boolean') return value.value.value;
  return null;
}

/** Plain text of text-like values; option-valued types need their schema, see `optionNameOf`. */
export function textOf(value: ResolvedValue | null): string {
  if (!value) return '';
  switch (value.type) {
    case 'title':
    case 'rich_text':
      return value.value.map((run) => run.content).join('');
    case 'url':
    case 'email':
    case 'phone_number':
      return value.value ?? '';
    case 'formula':
      return value.value.type === 'string' ? (value.value.value ?? '') : '';
    default:
      return '';
  }
}
