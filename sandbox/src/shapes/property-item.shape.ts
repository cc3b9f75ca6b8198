import type { PropertyItemListResponse, PropertyItemObjectResponse } from '@notionhq/client';
import { quoted, validationError } from '../core/notion-error.error';
import type { PropertySchema } from '../model/property.types';
import type { PageRecord } from '../model/records.types';
import type { ResolvedValue } from '../compute/resolved-value.types';
import { ALL_RELATIONS } from '../compute/value-resolver.compute';
import { richText } from './rich-text.shape';
import { rollupBody, valueBody } from './property-value.shape';
import type { ShapeContext } from './shape-context.shape';
import { userValue } from './user.shape';

type ListItemInfo = PropertyItemListResponse['property_item'];

/**
 * The property-item endpoint does not compute these rollups; it lists the related pages and
 * reports the value as unsupported (Notion: "show_unique, unique and median are not computed").
 */
const UNCOMPUTED_ROLLUPS = new Set(['unique', 'median']);

export interface ItemPaging {
  startCursor: string | undefined;
  pageSize: number;
}

/** Property-item cursors are opaque offsets into the item list. */
function encodeCursor(offset: number): string {
  return Buffer.from(`item:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^item:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) {
    throw validationError(
      `query failed validation: query.start_cursor should be a cursor from a previous response, instead was ${quoted(cursor)}.`,
    );
  }
  return Number(match[1]);
}

/** The items of one value, as the endpoint lists them: one rich-text run, person or page each. */
function itemsOf(
  value: ResolvedValue,
  schema: PropertySchema,
  ctx: ShapeContext,
): PropertyItemObjectResponse[] {
  const base = { object: 'property_item', id: schema.id } as const;
  switch (value.type) {
    case 'title':
      return richText(value.value).map((title) => ({ ...base, type: 'title', title }));
    case 'rich_text':
      return richText(value.value).map((text) => ({ ...base, type: 'rich_text', rich_text: text }));
    case 'people':
      return value.value.map((id) => ({
        ...base,
        type: 'people',
        people: userValue(ctx.store, id),
      }));
    case 'relation':
      return value.value.map((id) => ({ ...base, type: 'relation', relation: { id } }));
    case 'rollup': {
      const rolled = value.rolledUp;
      if (value.value.type === 'array' && rolled) {
        return value.items.flatMap((item) => itemsOf(item, rolled, ctx));
      }
      return value.relatedIds.map((id) => ({ ...base, type: 'relation', relation: { id } }));
    }
    default:
      return [singleItem(value, schema, ctx)];
  }
}

function singleItem(
  value: ResolvedValue,
  schema: PropertySchema,
  ctx: ShapeContext,
): PropertyItemObjectResponse {
  const body = valueBody(value, schema, ctx);
  switch (body.type) {
    case 'title':
    case 'rich_text':
    case 'people':
    case 'relation':
    case 'rollup':
      throw new Error(`${body.type} values are lists`);
    default:
      return { object: 'property_item', id: schema.id, ...body };
  }
}

function listInfo(
  value: ResolvedValue,
  schema: PropertySchema,
  ctx: ShapeContext,
  nextUrl: string | null,
): ListItemInfo {
  const common = { id: schema.id, next_url: nextUrl };
  switch (value.type) {
    case 'title':
      return { ...common, type: 'title', title: {} };
    case 'rich_text':
      return { ...common, type: 'rich_text', rich_text: {} };
    case 'people':
      return { ...common, type: 'people', people: {} };
    case 'rollup': {
      const fn = value.value.function;
      if (nextUrl !== null) {
        return {
          ...common,
          type: 'rollup',
          rollup: { type: 'incomplete', incomplete: {}, function: fn },
        };
      }
      if (UNCOMPUTED_ROLLUPS.has(fn)) {
        return {
          ...common,
          type: 'rollup',
          rollup: { type: 'unsupported', unsupported: {}, function: fn },
        };
      }
      const rollup = rollupBody(value, ctx);
      // The list carries the values; the summary only names the kind.
      return {
        ...common,
        type: 'rollup',
        rollup: rollup.type === 'array' ? { type: 'array', array: [], function: fn } : rollup,
      };
    }
    default:
      return { ...common, type: 'relation', relation: {} };
  }
}

const LIST_TYPES = new Set(['title', 'rich_text', 'people', 'relation', 'rollup']);

/** `GET /v1/pages/:id/properties/:property_id`: one item, or a paginated list for list types. */
export function propertyItemResponse(
  page: PageRecord,
  schema: PropertySchema,
  ctx: ShapeContext,
  paging: ItemPaging,
): PropertyItemObjectResponse | PropertyItemListResponse {
  const value = ctx.resolver.resolve(page, schema, ALL_RELATIONS);
  if (!LIST_TYPES.has(value.type)) return singleItem(value, schema, ctx);
  const items = itemsOf(value, schema, ctx);
  const start = paging.startCursor === undefined ? 0 : decodeCursor(paging.startCursor);
  const end = start + paging.pageSize;
  const nextCursor = end < items.length ? encodeCursor(end) : null;
  const nextUrl =
    nextCursor === null
      ? null
      : `${ctx.baseUrl}/v1/pages/${page.id}/properties/${schema.id}?start_cursor=${nextCursor}`;
  return {
    object: 'list',
    results: items.slice(start, end),
    next_cursor: nextCursor,
    has_more: nextCursor !== null,
    type: 'property_item',
    property_item: listInfo(value, schema, ctx, nextUrl),
  };
}
