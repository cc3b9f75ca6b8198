import { OrderedList } from '../core/pager.util';

interface Entry {
  version: number;
  current: OrderedList;
  /** The list this signature had before the data changed; lets old cursors carry on. */
  previous: OrderedList | undefined;
}

/**
 * Ordered results of queries and searches, kept so that each page after the first is a slice
 * instead of a new filter and sort over the whole data source. A result is reused until the
 * store's version moves; least recently used signatures are dropped.
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxSignatures = 16) {}

  get(signature: string, version: number, compute: () => readonly string[]): OrderedList {
    const entry = this.entries.get(signature);
    this.entries.delete(signature);
    if (entry && entry.version === version) {
      this.entries.set(signature, entry);
      return entry.current;
    }
    const current = new OrderedList(compute());
    this.entries.set(signature, { version, current, previous: entry?.current });
    if (this.entries.size > this.maxSignatures) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return current;
  }

  /**
   * Where a cursor lands in the current result. When its row left the result (trashed, edited
   * out of the filter) since the cursor was issued, continues at the next row of the previous
   * result that is still present, so a paginating client neither restarts nor skips rows.
   */
  resolveCursor(signature: string, current: OrderedList, cursor: string): number | undefined {
    const direct = current.position(cursor);
    if (direct !== undefined) return direct;
    const previous = this.entries.get(signature)?.previous;
    const from = previous?.position(cursor);
    if (previous === undefined || from === undefined) return undefined;
    for (let i = from + 1; i < previous.ids.length; i++) {
      const position = current.position(previous.ids[i]);
      if (position !== undefined) return position;
    }
    return current.ids.length;
  }

  clear(): void {
    this.entries.clear();
  }
}
