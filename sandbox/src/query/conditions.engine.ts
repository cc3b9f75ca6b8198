import { normalizeId } from '../core/ids.util';
import { quoted, validationError } from '../core/notion-error.error';
import { requireTrue, singleEntry } from './date-condition.engine';

function existence(op: string, arg: unknown, path: string): boolean | undefined {
  if (op !== 'is_empty' && op !== 'is_not_empty') return undefined;
  requireTrue(arg, `${path}.${op}`);
  return op === 'is_empty';
}

function unsupported(path: string, op: string): never {
  throw validationError(`body failed validation: ${path}.${op} is not a supported condition.`);
}

function expectType(arg: unknown, type: 'string' | 'number' | 'boolean', path: string): void {
  if (typeof arg !== type) {
    throw validationError(
      `body failed validation: ${path} should be a ${type}, instead was ${quoted(arg)}.`,
    );
  }
}

/** Strings, or arrays of strings (SDK 5.26 accepts both for select, status and multi_select). */
function stringList(arg: unknown, path: string): string[] {
  if (typeof arg === 'string') return [arg];
  if (Array.isArray(arg) && arg.every((a): a is string => typeof a === 'string')) return arg;
  throw validationError(
    `body failed validation: ${path} should be a string or an array of strings, instead was ${quoted(arg)}.`,
  );
}

/**
 * Text conditions. `contains`, `starts_with` and `ends_with` ignore case; `equals` is exact.
 * An empty value is the empty string.
 */
export function compileTextCondition(condition: unknown, path: string): (text: string) => boolean {
  const [op, arg] = singleEntry(condition, path);
  const empty = existence(op, arg, path);
  if (empty !== undefined) return (t) => (t.length === 0) === empty;
  expectType(arg, 'string', `${path}.${op}`);
  const value = arg as string;
  const lower = value.toLowerCase();
  switch (op) {
    case 'equals':
      return (t) => t === value;
    case 'does_not_equal':
      return (t) => t !== value;
    case 'contains':
      return (t) => t.toLowerCase().includes(lower);
    case 'does_not_contain':
      return (t) => !t.toLowerCase().includes(lower);
    case 'starts_with':
      return (t) => t.toLowerCase().startsWith(lower);
    case 'ends_with':
      return (t) => t.toLowerCase().endsWith(lower);
    default:
      return unsupported(path, op);
  }
}

/** Number conditions; an empty value matches only `does_not_equal` and `is_empty`. */
export function compileNumberCondition(
  condition: unknown,
  path: string,
): (n: number | null) => boolean {
  const [op, arg] = singleEntry(condition, path);
  const empty = existence(op, arg, path);
  if (empty !== undefined) return (n) => (n === null) === empty;
  expectType(arg, 'number', `${path}.${op}`);
  const value = arg as number;
  const test = (cmp: (n: number) => boolean) => (n: number | null) => n !== null && cmp(n);
  switch (op) {
    case 'equals':
      return test((n) => n === value);
    case 'does_not_equal':
      return (n) => n !== value;
    case 'greater_than':
      return test((n) => n > value);
    case 'less_than':
      return test((n) => n < value);
    case 'greater_than_or_equal_to':
      return test((n) => n >= value);
    case 'less_than_or_equal_to':
      return test((n) => n <= value);
    default:
      return unsupported(path, op);
  }
}

export function compileCheckboxCondition(
  condition: unknown,
  path: string,
): (b: boolean) => boolean {
  const [op, arg] = singleEntry(condition, path);
  expectType(arg, 'boolean', `${path}.${op}`);
  switch (op) {
    case 'equals':
      return (b) => b === arg;
    case 'does_not_equal':
      return (b) => b !== arg;
    default:
      return unsupported(path, op);
  }
}

/** Select and status: compares option names; an array matches any of them. */
export function compileOptionCondition(
  condition: unknown,
  path: string,
): (name: string | null) => boolean {
  const [op, arg] = singleEntry(condition, path);
  const empty = existence(op, arg, path);
  if (empty !== undefined) return (name) => (name === null) === empty;
  const names = stringList(arg, `${path}.${op}`);
  switch (op) {
    case 'equals':
      return (name) => name !== null && names.includes(name);
    case 'does_not_equal':
      return (name) => name === null || !names.includes(name);
    default:
      return unsupported(path, op);
  }
}

/** Multi-select: `contains` with several names matches a row holding any of them. */
export function compileMultiOptionCondition(
  condition: unknown,
  path: string,
): (names: readonly string[]) => boolean {
  const [op, arg] = singleEntry(condition, path);
  const empty = existence(op, arg, path);
  if (empty !== undefined) return (values) => (values.length === 0) === empty;
  const names = stringList(arg, `${path}.${op}`);
  switch (op) {
    case 'contains':
      return (values) => names.some((n) => values.includes(n));
    case 'does_not_contain':
      return (values) => !names.some((n) => values.includes(n));
    default:
      return unsupported(path, op);
  }
}

/**
 * People and relation conditions over ids. For people, `me` is the person who authorized the
 * token (`null` for an internal integration, which has none, so it matches nobody); relations
 * pass `undefined` because `me` means nothing there.
 */
export function compileIdListCondition(
  condition: unknown,
  path: string,
  me: string | null | undefined,
): (ids: readonly string[]) => boolean {
  const [op, arg] = singleEntry(condition, path);
  const empty = existence(op, arg, path);
  if (empty !== undefined) return (ids) => (ids.length === 0) === empty;
  expectType(arg, 'string', `${path}.${op}`);
  const raw = arg as string;
  const isMe = raw === 'me' && me !== undefined;
  const id = isMe ? me : normalizeId(raw);
  if (!isMe && id === null) {
    throw validationError(
      `body failed validation: ${path}.${op} should be a valid uuid, instead was ${quoted(raw)}.`,
    );
  }
  switch (op) {
    case 'contains':
      return (ids) => id !== null && ids.includes(id);
    case 'does_not_contain':
      return (ids) => id === null || !ids.includes(id);
    default:
      return unsupported(path, op);
  }
}

/** Files only support existence checks. */
export function compileExistenceCondition(
  condition: unknown,
  path: string,
): (count: number) => boolean {
  const [op, arg] = singleEntry(condition, path);
  const empty = existence(op, arg, path);
  if (empty === undefined) return unsupported(path, op);
  return (count) => (count === 0) === empty;
}

const VERIFICATION_STATES = ['verified', 'expired', 'none'] as const;
export type VerificationFilterState = (typeof VERIFICATION_STATES)[number];

export function compileVerificationCondition(
  condition: unknown,
  path: string,
): (state: VerificationFilterState) => boolean {
  const [op, arg] = singleEntry(condition, path);
  if (typeof arg !== 'string' || !(VERIFICATION_STATES as readonly string[]).includes(arg)) {
    throw validationError(
      `body failed validation: ${path}.${op} should be one of "verified", "expired", "none", instead was ${quoted(arg)}.`,
    );
  }
  switch (op) {
    case 'status':
      return (state) => state === arg;
    case 'does_not_equal':
      return (state) => state !== arg;
    default:
      return unsupported(path, op);
  }
}
