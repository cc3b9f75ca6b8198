import { normalizeId } from './ids.util';
import { quoted, validationError } from './notion-error.error';

export const MAX_PAGE_SIZE = 100;

/** An ordered result with O(1) lookup of an id's position, built on first use. */
export class OrderedList {
  private positions: Map<string, number> | undefined;

  constructor(readonly ids: readonly string[]) {}

  position(id: string): number | undefined {
    if (!this.positions) {
      this.positions = new Map();
      this.ids.forEach((value, index) => this.positions?.set(value, index));
    }
    return this.positions.get(id);
  }
}

export interface ListPage {
  ids: string[];
  /** Like Notion's query cursors: the id of the first item of the next page. */
  nextCursor: string | null;
}

export function pageAt(list: OrderedList, start: number, pageSize: number): ListPage {
  const end = start + pageSize;
  return {
    ids: list.ids.slice(start, end),
    nextCursor: end < list.ids.length ? list.ids[end] : null,
  };
}

/** `page_size` from a JSON body (number) or a query string (text): 1 to 100, default 100. */
export function parsePageSize(raw: unknown, path: string): number {
  if (raw === undefined) return MAX_PAGE_SIZE;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw validationError(
      `${path.split('.')[0]} failed validation: ${path} should be an integer, instead was ${quoted(raw)}.`,
    );
  }
  if (value < 1 || value > MAX_PAGE_SIZE) {
    throw validationError(
      `${path.split('.')[0]} failed validation: ${path} should be between 1 and ${MAX_PAGE_SIZE}, instead was ${quoted(value)}.`,
    );
  }
  return value;
}

/** A list cursor is the id of the first item to return; malformed ones are rejected. */
export function parseStartCursor(raw: unknown, path: string): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const id = typeof raw === 'string' ? normalizeId(raw) : null;
  if (!id) {
    throw validationError(
      `${path.split('.')[0]} failed validation: ${path} should be a valid uuid, instead was ${quoted(raw)}.`,
    );
  }
  return id;
}

export function invalidCursorError(cursor: string) {
  return validationError(`The start_cursor provided is invalid: ${cursor}`);
}

/** Position of a cursor in a list that has not changed since the cursor was handed out. */
export function startOf(list: OrderedList, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const position = list.position(cursor);
  if (position === undefined) throw invalidCursorError(cursor);
  return position;
}
