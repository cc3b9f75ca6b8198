import { stableUuid, normalizeId } from '../core/ids.util';
import { quoted, validationError } from '../core/notion-error.error';
import { storedCell } from '../compute/resolved-value.types';
import type {
  DateValue,
  FileValue,
  PlaceValue,
  PropertySchema,
  SchemaOf,
  StoredCell,
  TextRun,
  VerificationValue,
} from '../model/property.types';
import { isStoredType } from '../model/property.types';
import type { WorkspaceStore } from './workspace.store';

export type DateInput = string | { start: string; end?: string | null; timeZone?: string | null };
export type FileInput = { name: string; url: string; kind?: 'file' | 'external' };
export type VerificationInput = {
  state: 'verified' | 'expired' | 'unverified';
  date?: DateInput | null;
  verifiedBy?: string | null;
};

/**
 * A value as tests write it, per property type: text for title and text-like types, option
 * names for select/status/multi_select, user ids for people, page ids for relations, an ISO
 * string or `{start, end?, timeZone?}` for dates, `null` to empty.
 */
export type RowValue =
  | string
  | number
  | boolean
  | null
  | readonly string[]
  | DateInput
  | readonly TextRun[]
  | readonly FileInput[]
  | PlaceValue
  | VerificationInput;

/** Values keyed by property name or id. */
export type RowValues = Readonly<Record<string, RowValue>>;

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([zZ]|[+-]\d{2}:?\d{2})?)?$/;

function fail(schema: PropertySchema, expected: string, value: unknown): never {
  throw validationError(
    `${schema.name} (${schema.type}) expects ${expected}, got ${quoted(value)}.`,
  );
}

function text(schema: PropertySchema, value: unknown): TextRun[] {
  if (value === null) return [];
  if (typeof value === 'string') return value ? [{ content: value, link: null }] : [];
  if (Array.isArray(value) && value.every((run) => typeof (run as TextRun)?.content === 'string')) {
    return value.map((run: TextRun) => ({
      content: run.content,
      link: run.link ?? null,
      ...(run.annotations ? { annotations: run.annotations } : {}),
    }));
  }
  return fail(schema, 'a string or text runs', value);
}

function nullableString(schema: PropertySchema, value: unknown): string | null {
  if (value === null || typeof value === 'string') return value === '' ? null : value;
  return fail(schema, 'a string or null', value);
}

function stringList(schema: PropertySchema, value: unknown): string[] {
  if (value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return fail(schema, 'an array of strings', value);
}

function parseDate(schema: PropertySchema, value: unknown): DateValue | null {
  if (value === null) return null;
  const input =
    typeof value === 'string' ? { start: value } : (value as Exclude<DateInput, string>);
  const valid = (s: unknown) =>
    typeof s === 'string' && DATE.test(s) && !Number.isNaN(Date.parse(s));
  if (
    typeof input !== 'object' ||
    !valid(input.start) ||
    !(input.end == null || valid(input.end))
  ) {
    return fail(schema, 'an ISO date, or {start, end?, timeZone?}', value);
  }
  return { start: input.start, end: input.end ?? null, timeZone: input.timeZone ?? null };
}

/** Select and multi-select create unknown options on write, as Notion does; status does not. */
function optionId(schema: SchemaOf<'select' | 'multi_select' | 'status'>, name: string): string {
  const existing = schema.options.find((o) => o.name === name);
  if (existing) return existing.id;
  if (schema.type === 'status') return fail(schema, `one of its options`, name);
  const option = {
    id: stableUuid(`option:${schema.id}:${name}`),
    name,
    color: 'default' as const,
    description: null,
  };
  schema.options.push(option);
  return option.id;
}

function ids(schema: PropertySchema, value: unknown, exists: (id: string) => boolean): string[] {
  return stringList(schema, value).map((raw) => {
    const id = normalizeId(raw);
    if (!id || !exists(id)) return fail(schema, 'ids of existing users or pages', raw);
    return id;
  });
}

function files(schema: PropertySchema, value: unknown): FileValue[] {
  if (value === null) return [];
  if (!Array.isArray(value)) return fail(schema, 'an array of {name, url, kind?}', value);
  return value.map((f: Partial<FileInput>) => {
    if (typeof f?.name !== 'string' || typeof f.url !== 'string') {
      return fail(schema, 'an array of {name, url, kind?}', value);
    }
    return { name: f.name, url: f.url, kind: f.kind === 'external' ? 'external' : 'file' };
  });
}

/** Turns one input value into the cell stored for `schema`; computed types cannot be written. */
export function parseCell(
  store: WorkspaceStore,
  workspaceId: string,
  schema: PropertySchema,
  value: RowValue,
): StoredCell {
  if (!isStoredType(schema.type) || schema.type === 'unique_id') {
    throw validationError(`${schema.name} is a ${schema.type} property and cannot be written.`);
  }
  switch (schema.type) {
    case 'title':
    case 'rich_text':
      return storedCell(schema.type, text(schema, value));
    case 'number':
      if (value === null || typeof value === 'number') return storedCell('number', value);
      return fail(schema, 'a number or null', value);
    case 'checkbox':
      if (typeof value === 'boolean') return storedCell('checkbox', value);
      return fail(schema, 'true or false', value);
    case 'url':
    case 'email':
    case 'phone_number':
      return storedCell(schema.type, nullableString(schema, value));
    case 'select':
    case 'status': {
      const name = nullableString(schema, value);
      return storedCell(schema.type, name === null ? null : optionId(schema, name));
    }
    case 'multi_select':
      return storedCell(
        'multi_select',
        stringList(schema, value).map((n) => optionId(schema, n)),
      );
    case 'date':
      return storedCell('date', parseDate(schema, value));
    case 'people':
      return storedCell(
        'people',
        ids(schema, value, (id) => store.user(id)?.workspaceIds.includes(workspaceId) ?? false),
      );
    case 'relation':
      return storedCell(
        'relation',
        ids(schema, value, (id) => {
          const page = store.page(id);
          return (
            page?.parent.type === 'data_source' && page.parent.dataSourceId === schema.dataSourceId
          );
        }),
      );
    case 'files':
      return storedCell('files', files(schema, value));
    case 'place':
      if (value === null || (typeof value === 'object' && 'lat' in value && 'lon' in value)) {
        return storedCell('place', value);
      }
      return fail(schema, '{lat, lon, name, address} or null', value);
    case 'verification': {
      if (value === null) return storedCell('verification', null);
      const input = value as Partial<VerificationInput>;
      if (!['verified', 'expired', 'unverified'].includes(String(input.state))) {
        return fail(schema, '{state, date?, verifiedBy?}', value);
      }
      const verification: VerificationValue = {
        state: input.state as VerificationValue['state'],
        date: input.date ? parseDate(schema, input.date) : null,
        verifiedBy: input.verifiedBy ?? null,
      };
      return storedCell('verification', verification);
    }
  }
}
