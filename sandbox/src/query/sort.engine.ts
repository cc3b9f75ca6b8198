import { quoted, validationError } from '../core/notion-error.error';
import type { PropertySchema } from '../model/property.types';
import type { PageRecord } from '../model/records.types';
import type { ResolvedValue } from '../compute/resolved-value.types';
import {
  booleanOf,
  dateOf,
  numberOf,
  textOf,
  type ValueResolver,
} from '../compute/value-resolver.compute';
import { valueInstant } from './date-condition.engine';
import { findProperty, type WorkspaceStore } from '../store/workspace.store';

type SortKey = number | string | null;

interface SortSpec {
  key: (page: PageRecord) => SortKey;
  descending: boolean;
}

export interface SortContext {
  properties: readonly PropertySchema[];
  resolver: ValueResolver;
  store: WorkspaceStore;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compiles `sorts` into a function that orders rows; rows without sorts keep creation order. */
export function compileSorts(raw: unknown, ctx: SortContext): (rows: PageRecord[]) => PageRecord[] {
  if (raw === undefined) return (rows) => rows;
  if (!Array.isArray(raw)) {
    throw validationError(
      `body failed validation: body.sorts should be an array, instead was ${quoted(raw)}.`,
    );
  }
  const specs = raw.map((item, i) => compileSpec(item, ctx, `body.sorts[${i}]`));
  return (rows) => sortRows(rows, specs);
}

function compileSpec(raw: unknown, ctx: SortContext, path: string): SortSpec {
  if (typeof raw !== 'object' || raw === null) {
    throw validationError(
      `body failed validation: ${path} should be an object, instead was ${quoted(raw)}.`,
    );
  }
  const item = raw as Record<string, unknown>;
  const selector = 'timestamp' in item ? 'timestamp' : 'property';
  for (const key of Object.keys(item)) {
    if (key !== selector && key !== 'direction') {
      throw validationError(`body failed validation: ${path}.${key} should be not present.`);
    }
  }
  const direction = item.direction;
  if (direction !== 'ascending' && direction !== 'descending') {
    throw validationError(
      `body failed validation: ${path}.direction should be "ascending" or "descending", instead was ${quoted(direction)}.`,
    );
  }
  const descending = direction === 'descending';
  if (selector === 'timestamp') {
    if (item.timestamp === 'created_time') return { key: (p) => p.createdTime, descending };
    if (item.timestamp === 'last_edited_time') return { key: (p) => p.lastEditedTime, descending };
    throw validationError(
      `body failed validation: ${path}.timestamp should be "created_time" or "last_edited_time", instead was ${quoted(item.timestamp)}.`,
    );
  }
  if (typeof item.property !== 'string') {
    throw validationError(`body failed validation: ${path}.property should be a string.`);
  }
  const schema = findProperty(ctx.properties, item.property);
  if (!schema)
    throw validationError(`Could not find sort property with name or id: ${item.property}`);
  const extract = keyExtractor(schema, ctx);
  return { key: (page) => extract(ctx.resolver.resolve(page, schema)), descending };
}

/** How a value orders: options by their position in the schema (as Notion does), text by collation. */
function keyExtractor(schema: PropertySchema, ctx: SortContext): (value: ResolvedValue) => SortKey {
  const optionIndex = (id: string): number =>
    'options' in schema ? schema.options.findIndex((o) => o.id === id) : -1;
  const userName = (id: string): string => {
    const user = ctx.store.user(id);
    return user ? user.name : '';
  };
  return (value) => {
    switch (value.type) {
      case 'select':
      case 'status':
        return value.value === null ? null : optionIndex(value.value);
      case 'multi_select':
        return value.value.length === 0 ? null : optionIndex(value.value[0]);
      case 'people':
        return value.value.length === 0 ? null : userName(value.value[0]);
      case 'created_by':
      case 'last_edited_by':
        return userName(value.value);
      case 'relation':
        return value.value.length;
      case 'files':
        return value.value.length === 0 ? null : value.value[0].name;
      case 'verification':
        return value.value?.state ?? null;
      case 'checkbox':
        return value.value ? 1 : 0;
      case 'button':
      case 'place':
        return null;
      default: {
        const date = dateOf(value);
        if (date) return valueInstant(date);
        const number = numberOf(value);
        if (number !== null) return number;
        const bool = booleanOf(value);
        if (bool !== null) return bool ? 1 : 0;
        const text = textOf(value);
        return text === '' ? null : text;
      }
    }
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Empty values go last in either direction; creation order breaks ties. */
function sortRows(rows: PageRecord[], specs: readonly SortSpec[]): PageRecord[] {
  const decorated = rows.map((page) => ({ page, keys: specs.map((spec) => spec.key(page)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < specs.length; i++) {
      const ka = a.keys[i];
      const kb = b.keys[i];
      if (ka === kb) continue;
      if (ka === null) return 1;
      if (kb === null) return -1;
      const order = compareKeys(ka, kb);
      if (order !== 0) return specs[i].descending ? -order : order;
    }
    return a.page.seq - b.page.seq;
  });
  return decorated.map((d) => d.page);
}
