import { quoted, validationError } from '../core/notion-error.error';
import type { PropertySchema, PropertyType } from '../model/property.types';
import type { PageRecord } from '../model/records.types';
import type { ResolvedValue } from '../compute/resolved-value.types';
import { valueCount } from '../compute/rollup.compute';
import {
  booleanOf,
  dateOf,
  numberOf,
  optionNameOf,
  textOf,
  type ValueResolver,
} from '../compute/value-resolver.compute';
import { findProperty } from '../store/workspace.store';
import {
  compileCheckboxCondition,
  compileExistenceCondition,
  compileIdListCondition,
  compileMultiOptionCondition,
  compileNumberCondition,
  compileOptionCondition,
  compileTextCondition,
  compileVerificationCondition,
  type VerificationFilterState,
} from './conditions.engine';
import { compileDateCondition, singleEntry } from './date-condition.engine';

export interface FilterContext {
  properties: readonly PropertySchema[];
  resolver: ValueResolver;
  now: number;
  /** The person behind the token, for the `me` value of people filters. */
  me: string | null;
}

export type RowPredicate = (page: PageRecord) => boolean;
type ValuePredicate = (value: ResolvedValue) => boolean;

/** Notion allows a compound filter inside a compound filter, no deeper. */
const MAX_NESTING = 2;
const MAX_GROUP_ITEMS = 100;

/** Which filter keys each property type accepts. */
const FILTER_KEYS: Record<PropertyType, readonly string[]> = {
  title: ['title', 'rich_text'],
  rich_text: ['rich_text', 'title'],
  number: ['number'],
  select: ['select'],
  multi_select: ['multi_select'],
  status: ['status'],
  date: ['date'],
  people: ['people'],
  files: ['files'],
  checkbox: ['checkbox'],
  url: ['url'],
  email: ['email'],
  phone_number: ['phone_number'],
  formula: ['formula'],
  relation: ['relation'],
  rollup: ['rollup'],
  created_time: ['created_time', 'date'],
  created_by: ['created_by', 'people'],
  last_edited_time: ['last_edited_time', 'date'],
  last_edited_by: ['last_edited_by', 'people'],
  unique_id: ['unique_id', 'number'],
  verification: ['verification'],
  button: [],
  place: [],
};

const FORMULA_KEYS: Record<string, { key: string; resultType: string }> = {
  string: { key: 'rich_text', resultType: 'string' },
  checkbox: { key: 'checkbox', resultType: 'boolean' },
  number: { key: 'number', resultType: 'number' },
  date: { key: 'date', resultType: 'date' },
};

const ROLLUP_ITEM_KEYS = new Set([
  'rich_text',
  'number',
  'checkbox',
  'select',
  'multi_select',
  'relation',
  'date',
  'people',
  'files',
  'status',
]);

/** Compiles a query's `filter` into a row predicate, rejecting what Notion rejects. */
export function compileFilter(raw: unknown, ctx: FilterContext): RowPredicate {
  return raw === undefined ? () => true : compileNode(raw, ctx, 'body.filter', 0);
}

function compileNode(raw: unknown, ctx: FilterContext, path: string, depth: number): RowPredicate {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw validationError(
      `body failed validation: ${path} should be an object, instead was ${quoted(raw)}.`,
    );
  }
  const node = raw as Record<string, unknown>;
  if ('and' in node || 'or' in node) return compileGroup(node, ctx, path, depth);
  if ('timestamp' in node) return compileTimestamp(node, ctx, path);
  if ('property' in node) return compileProperty(node, ctx, path);
  throw validationError(
    `body failed validation: ${path} should be a property filter, a timestamp filter, or an "and"/"or" group.`,
  );
}

function compileGroup(
  node: Record<string, unknown>,
  ctx: FilterContext,
  path: string,
  depth: number,
): RowPredicate {
  const [op, items] = singleEntry(node, path);
  if (op !== 'and' && op !== 'or') {
    throw validationError(`body failed validation: ${path}.${op} should be not present.`);
  }
  if (depth >= MAX_NESTING) {
    throw validationError(
      `body failed validation: ${path} nests filters more than ${MAX_NESTING} levels deep.`,
    );
  }
  if (!Array.isArray(items)) {
    throw validationError(`body failed validation: ${path}.${op} should be an array.`);
  }
  if (items.length > MAX_GROUP_ITEMS) {
    throw validationError(
      `body failed validation: ${path}.${op}.length should be ≤ ${MAX_GROUP_ITEMS}, instead was ${items.length}.`,
    );
  }
  const children = items.map((item, i) => compileNode(item, ctx, `${path}.${op}[${i}]`, depth + 1));
  return op === 'and'
    ? (page) => children.every((child) => child(page))
    : (page) => children.some((child) => child(page));
}

/** Splits `{property|timestamp, type?, <key>: condition}` into its condition key and value. */
function conditionOf(
  node: Record<string, unknown>,
  selector: 'property' | 'timestamp',
  path: string,
): [string, unknown] {
  const keys = Object.keys(node).filter((k) => k !== selector && k !== 'type');
  if (keys.length !== 1) {
    throw validationError(
      `body failed validation: ${path} should have exactly one condition besides "${selector}", instead had ${keys.length}.`,
    );
  }
  const key = keys[0];
  if (node.type !== undefined && node.type !== key) {
    throw validationError(
      `body failed validation: ${path}.type ${quoted(node.type)} does not match the condition key "${key}".`,
    );
  }
  return [key, node[key]];
}

function compileTimestamp(
  node: Record<string, unknown>,
  ctx: FilterContext,
  path: string,
): RowPredicate {
  const timestamp = node.timestamp;
  if (timestamp !== 'created_time' && timestamp !== 'last_edited_time') {
    throw validationError(
      `body failed validation: ${path}.timestamp should be "created_time" or "last_edited_time", instead was ${quoted(timestamp)}.`,
    );
  }
  const [key, condition] = conditionOf(node, 'timestamp', path);
  if (key !== timestamp) {
    throw validationError(`body failed validation: ${path}.${timestamp} should be defined.`);
  }
  const test = compileDateCondition(condition, ctx.now, `${path}.${key}`);
  const field = timestamp === 'created_time' ? 'createdTime' : 'lastEditedTime';
  return (page) => test({ start: new Date(page[field]).toISOString(), end: null, timeZone: null });
}

function compileProperty(
  node: Record<string, unknown>,
  ctx: FilterContext,
  path: string,
): RowPredicate {
  const name = node.property;
  if (typeof name !== 'string') {
    throw validationError(`body failed validation: ${path}.property should be a string.`);
  }
  const schema = findProperty(ctx.properties, name);
  if (!schema) throw validationError(`Could not find property with name or id: ${name}`);
  const [key, condition] = conditionOf(node, 'property', path);
  if (!FILTER_KEYS[schema.type].includes(key)) {
    throw validationError(
      `body failed validation: ${path}.${key} does not match the type of property "${schema.name}" (${schema.type}).`,
    );
  }
  const test = compileValueCondition(key, condition, `${path}.${key}`, schema, ctx);
  return (page) => test(ctx.resolver.resolve(page, schema));
}

function optionNames(value: ResolvedValue, schema: PropertySchema): string[] {
  if (value.type === 'select' || value.type === 'status') {
    return value.value ? [optionNameOf(schema, value.value)] : [];
  }
  if (value.type === 'multi_select') return value.value.map((id) => optionNameOf(schema, id));
  return [];
}

function idsOf(value: ResolvedValue): readonly string[] {
  switch (value.type) {
    case 'people':
    case 'relation':
      return value.value;
    case 'created_by':
    case 'last_edited_by':
      return [value.value];
    default:
      return [];
  }
}

function verificationState(value: ResolvedValue): VerificationFilterState {
  if (value.type !== 'verification' || !value.value || value.value.state === 'unverified') {
    return 'none';
  }
  return value.value.state;
}

/** Compiles the condition under one filter key against a resolved value of `schema`. */
function compileValueCondition(
  key: string,
  condition: unknown,
  path: string,
  schema: PropertySchema,
  ctx: FilterContext,
): ValuePredicate {
  switch (key) {
    case 'title':
    case 'rich_text':
    case 'url':
    case 'email':
    case 'phone_number': {
      const test = compileTextCondition(condition, path);
      return (v) => test(textOf(v));
    }
    case 'number':
    case 'unique_id': {
      const test = compileNumberCondition(condition, path);
      return (v) => test(numberOf(v));
    }
    case 'checkbox': {
      const test = compileCheckboxCondition(condition, path);
      return (v) => test(booleanOf(v) ?? false);
    }
    case 'select':
    case 'status': {
      const test = compileOptionCondition(condition, path);
      return (v) => test(optionNames(v, schema)[0] ?? null);
    }
    case 'multi_select': {
      const test = compileMultiOptionCondition(condition, path);
      return (v) => test(optionNames(v, schema));
    }
    case 'date':
    case 'created_time':
    case 'last_edited_time': {
      const test = compileDateCondition(condition, ctx.now, path);
      return (v) => test(dateOf(v));
    }
    case 'people':
    case 'created_by':
    case 'last_edited_by': {
      const test = compileIdListCondition(condition, path, ctx.me);
      return (v) => test(idsOf(v));
    }
    case 'relation': {
      const test = compileIdListCondition(condition, path, undefined);
      return (v) => test(idsOf(v));
    }
    case 'files': {
      const test = compileExistenceCondition(condition, path);
      return (v) => test(valueCount(v));
    }
    case 'verification': {
      const test = compileVerificationCondition(condition, path);
      return (v) => test(verificationState(v));
    }
    case 'formula':
      return compileFormulaCondition(condition, path, schema, ctx);
    case 'rollup':
      return compileRollupCondition(condition, path, schema, ctx);
    default:
      throw validationError(`body failed validation: ${path} is not a supported filter type.`);
  }
}

function compileFormulaCondition(
  condition: unknown,
  path: string,
  schema: PropertySchema,
  ctx: FilterContext,
): ValuePredicate {
  const [sub, subCondition] = singleEntry(condition, path);
  const mapping = FORMULA_KEYS[sub];
  if (!mapping) {
    throw validationError(
      `body failed validation: ${path}.${sub} is not a supported formula filter.`,
    );
  }
  if (schema.type === 'formula' && schema.formula.resultType !== mapping.resultType) {
    throw validationError(
      `body failed validation: ${path}.${sub} does not match the formula's result type (${schema.formula.resultType}).`,
    );
  }
  return compileValueCondition(mapping.key, subCondition, `${path}.${sub}`, schema, ctx);
}

function compileRollupCondition(
  condition: unknown,
  path: string,
  schema: PropertySchema,
  ctx: FilterContext,
): ValuePredicate {
  const [op, sub] = singleEntry(condition, path);
  if (op === 'number' || op === 'date') {
    return compileValueCondition(op, sub, `${path}.${op}`, schema, ctx);
  }
  if (op !== 'any' && op !== 'every' && op !== 'none') {
    throw validationError(
      `body failed validation: ${path}.${op} is not a supported rollup filter.`,
    );
  }
  const [itemKey, itemCondition] = singleEntry(sub, `${path}.${op}`);
  if (!ROLLUP_ITEM_KEYS.has(itemKey)) {
    throw validationError(`body failed validation: ${path}.${op}.${itemKey} is not supported.`);
  }
  // Option names live on the rolled-up property, in the related data source.
  const rolledUp =
    schema.type === 'rollup' ? ctx.resolver.rolledUpProperty(ctx.properties, schema) : undefined;
  const test = compileValueCondition(
    itemKey,
    itemCondition,
    `${path}.${op}.${itemKey}`,
    rolledUp ?? schema,
    ctx,
  );
  return (v) => {
    const items = v.type === 'rollup' ? v.items : [];
    if (op === 'any') return items.some((item) => test(item));
    if (op === 'every') return items.every((item) => test(item));
    return !items.some((item) => test(item));
  };
}
