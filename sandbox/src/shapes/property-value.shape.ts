import { createHash } from 'node:crypto';
import { HOUR_MS } from '../core/clock.util';
import type { DateValue, FileValue, PropertySchema } from '../model/property.types';
import type { PageRecord } from '../model/records.types';
import type { DateResponse, PagePropertyValue } from '../model/sdk.types';
import type { ResolvedValue } from '../compute/resolved-value.types';
import { PAGE_OBJECT_RELATION_CAP } from '../compute/value-resolver.compute';
import { richText } from './rich-text.shape';
import type { ShapeContext } from './shape-context.shape';
import { peopleEntry, userValue } from './user.shape';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A page property value without its `id`, the form rollup arrays use. */
export type ValueBody = DistributiveOmit<PagePropertyValue, 'id'>;
type RollupBody = Extract<ValueBody, { type: 'rollup' }>['rollup'];
type RollupArrayItem = Extract<RollupBody, { type: 'array' }>['array'][number];

/** Page objects list at most 25 related pages or people; the property endpoint has the rest. */
const PAGE_OBJECT_REFERENCE_CAP = 25;

/** Notion-hosted files come back as signed URLs valid for one hour. */
const FILE_URL_TTL_MS = HOUR_MS;

function dateResponse(date: DateValue): DateResponse {
  return { start: date.start, end: date.end, time_zone: date.timeZone };
}

function option(schema: PropertySchema, id: string) {
  const found = 'options' in schema ? schema.options.find((o) => o.id === id) : undefined;
  return found ? { id: found.id, name: found.name, color: found.color } : null;
}

function fileEntry(file: FileValue, now: number) {
  if (file.kind === 'external') {
    return { name: file.name, type: 'external' as const, external: { url: file.url } };
  }
  const expiry = now + FILE_URL_TTL_MS;
  const stamp = new Date(now).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const signature = createHash('sha256').update(`${file.url}|${stamp}`).digest('hex');
  const url = `${file.url}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${stamp}&X-Amz-Expires=3600&X-Amz-Signature=${signature}`;
  return {
    name: file.name,
    type: 'file' as const,
    file: { url, expiry_time: new Date(expiry).toISOString() },
  };
}

/** Renders a resolved value of `schema` the way page objects carry it. */
export function valueBody(
  value: ResolvedValue,
  schema: PropertySchema,
  ctx: ShapeContext,
): ValueBody {
  switch (value.type) {
    case 'title':
      return { type: 'title', title: richText(value.value) };
    case 'rich_text':
      return { type: 'rich_text', rich_text: richText(value.value) };
    case 'number':
      return { type: 'number', number: value.value };
    case 'select':
      return { type: 'select', select: value.value ? option(schema, value.value) : null };
    case 'status':
      return { type: 'status', status: value.value ? option(schema, value.value) : null };
    case 'multi_select':
      return {
        type: 'multi_select',
        multi_select: value.value.flatMap((id) => option(schema, id) ?? []),
      };
    case 'date':
      return { type: 'date', date: value.value ? dateResponse(value.value) : null };
    case 'people':
      return {
        type: 'people',
        people: value.value
          .slice(0, PAGE_OBJECT_REFERENCE_CAP)
          .map((id) => peopleEntry(ctx.store, id)),
      };
    case 'files':
      return { type: 'files', files: value.value.map((file) => fileEntry(file, ctx.now)) };
    case 'checkbox':
      return { type: 'checkbox', checkbox: value.value };
    case 'url':
      return { type: 'url', url: value.value };
    case 'email':
      return { type: 'email', email: value.value };
    case 'phone_number':
      return { type: 'phone_number', phone_number: value.value };
    case 'relation': {
      // `has_more` is in Notion's answers and docs, though not in the SDK's type.
      const relation = {
        type: 'relation' as const,
        relation: value.value.slice(0, PAGE_OBJECT_REFERENCE_CAP).map((id) => ({ id })),
        has_more: value.value.length > PAGE_OBJECT_REFERENCE_CAP,
      };
      return relation;
    }
    case 'unique_id':
      return {
        type: 'unique_id',
        unique_id: {
          prefix: schema.type === 'unique_id' ? schema.prefix : null,
          number: value.value,
        },
      };
    case 'verification': {
      const v = value.value;
      if (!v || v.state === 'unverified') {
        return {
          type: 'verification',
          verification: v ? { state: 'unverified', date: null, verified_by: null } : null,
        };
      }
      return {
        type: 'verification',
        verification: {
          state: v.state,
          date: v.date ? dateResponse(v.date) : null,
          verified_by: v.verifiedBy ? userValue(ctx.store, v.verifiedBy) : null,
        },
      };
    }
    case 'place':
      return {
        type: 'place',
        place: value.value ? { ...value.value, aws_place_id: null, google_place_id: null } : null,
      };
    case 'created_time':
      return { type: 'created_time', created_time: new Date(value.value).toISOString() };
    case 'last_edited_time':
      return { type: 'last_edited_time', last_edited_time: new Date(value.value).toISOString() };
    case 'created_by':
      return { type: 'created_by', created_by: userValue(ctx.store, value.value) };
    case 'last_edited_by':
      return { type: 'last_edited_by', last_edited_by: userValue(ctx.store, value.value) };
    case 'button':
      return { type: 'button', button: {} };
    case 'formula':
      return { type: 'formula', formula: formulaBody(value.value) };
    case 'rollup':
      return { type: 'rollup', rollup: rollupBody(value, ctx) };
  }
}

function formulaBody(result: Extract<ResolvedValue, { type: 'formula' }>['value']) {
  switch (result.type) {
    case 'number':
      return { type: 'number' as const, number: result.value };
    case 'string':
      return { type: 'string' as const, string: result.value };
    case 'boolean':
      return { type: 'boolean' as const, boolean: result.value };
    case 'date':
      return { type: 'date' as const, date: result.value ? dateResponse(result.value) : null };
  }
}

export function rollupBody(
  value: Extract<ResolvedValue, { type: 'rollup' }>,
  ctx: ShapeContext,
): RollupBody {
  const result = value.value;
  switch (result.type) {
    case 'number':
      return { type: 'number', number: result.value, function: result.function };
    case 'date':
      return {
        type: 'date',
        date: result.value ? dateResponse(result.value) : null,
        function: result.function,
      };
    case 'unsupported':
      return { type: 'unsupported', unsupported: {}, function: result.function };
    case 'array': {
      const rolled = value.rolledUp;
      const array = rolled
        ? result.value.flatMap((item): RollupArrayItem[] => {
            const body = valueBody(item, rolled, ctx);
            // A rollup of a rollup has no array form in the API; Notion leaves it out.
            return body.type === 'rollup' ? [] : [body];
          })
        : [];
      return { type: 'array', array, function: result.function };
    }
  }
}

/** A property of a page, as it appears in the page object's `properties`. */
export function pagePropertyValue(
  page: PageRecord,
  schema: PropertySchema,
  ctx: ShapeContext,
): PagePropertyValue {
  const value = ctx.resolver.resolve(page, schema, PAGE_OBJECT_RELATION_CAP);
  return { id: schema.id, ...valueBody(value, schema, ctx) };
}
