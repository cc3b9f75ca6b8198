import { floorToMinute, type Clock } from '../core/clock.util';
import { randomUuid } from '../core/ids.util';
import { quoted, validationError } from '../core/notion-error.error';
import type { PropertySchema, StoredCell } from '../model/property.types';
import type { DataSourceRecord, PageRecord } from '../model/records.types';
import { parseCell, type RowValues } from './row-input.parser';
import { findProperty, type WorkspaceStore } from './workspace.store';

export interface WriteOptions {
  /** Who made the change (`created_by`, `last_edited_by`, webhook authors). Default: workspace owner. */
  actorId?: string;
  /** When it happened (epoch ms); default: the sandbox clock. Stored rounded down to the minute. */
  at?: number;
}

export interface CreateOptions extends WriteOptions {
  /** A fixed page id, for seeds; default: random. */
  id?: string;
  /** Last edit time if later than creation, for seeds. */
  editedAt?: number;
}

/** A page whose properties changed, and which ones (for webhooks). */
export interface PageChange {
  page: PageRecord;
  propertyIds: string[];
}

function sameCell(a: StoredCell | undefined, b: StoredCell): boolean {
  return a !== undefined && JSON.stringify(a.value) === JSON.stringify(b.value);
}

/**
 * Writes rows the way Notion records edits: timestamps rounded down to the minute, unique ids
 * numbered per data source, and both sides of a two-way relation kept in step.
 */
export class RowWriter {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly clock: Clock,
  ) {}

  /** Creates a row; answers it and the pages on the other side of two-way relations. */
  create(
    dataSource: DataSourceRecord,
    values: RowValues,
    options: CreateOptions = {},
  ): PageChange[] {
    const cells = this.parse(dataSource, values);
    const at = floorToMinute(options.at ?? this.clock());
    const actor = this.actor(dataSource.workspaceId, options.actorId);
    const page: PageRecord = {
      id: options.id ?? randomUuid(),
      workspaceId: dataSource.workspaceId,
      parent: { type: 'data_source', dataSourceId: dataSource.id },
      cells: new Map(),
      icon: null,
      inTrash: false,
      createdTime: at,
      lastEditedTime: Math.max(at, floorToMinute(options.editedAt ?? at)),
      createdBy: actor,
      lastEditedBy: actor,
      seq: this.store.nextSeq(),
    };
    for (const schema of dataSource.properties) {
      if (schema.type === 'unique_id') {
        page.cells.set(schema.id, { type: 'unique_id', value: dataSource.nextUniqueId });
      }
    }
    dataSource.nextUniqueId++;
    this.store.addPage(page);
    const synced = this.apply(page, cells, actor, at);
    return [{ page, propertyIds: [...cells.keys()] }, ...synced];
  }

  /** Changes values; answers only the pages and properties that really changed. */
  update(page: PageRecord, values: RowValues, options: WriteOptions = {}): PageChange[] {
    const dataSource = this.dataSourceOf(page);
    const cells = this.parse(dataSource, values);
    for (const [id, cell] of cells) if (sameCell(page.cells.get(id), cell)) cells.delete(id);
    if (cells.size === 0) return [];
    const at = floorToMinute(options.at ?? this.clock());
    const actor = this.actor(page.workspaceId, options.actorId);
    const synced = this.apply(page, cells, actor, at);
    this.touch(page, actor, at);
    return [{ page, propertyIds: [...cells.keys()] }, ...synced];
  }

  setTrashed(page: PageRecord, inTrash: boolean, options: WriteOptions = {}): boolean {
    if (page.inTrash === inTrash) return false;
    page.inTrash = inTrash;
    this.touch(
      page,
      this.actor(page.workspaceId, options.actorId),
      floorToMinute(options.at ?? this.clock()),
    );
    return true;
  }

  /** Deletes for good (Notion empties the trash after 30 days): the id then answers 404. */
  purge(page: PageRecord): void {
    this.store.deletePage(page);
    // Pointers to a purged page go away without counting as an edit of the pages holding them.
    for (const other of this.store.allPages()) {
      for (const [id, cell] of other.cells) {
        if (cell.type === 'relation' && cell.value.includes(page.id)) {
          other.cells.set(id, { type: 'relation', value: cell.value.filter((v) => v !== page.id) });
        }
      }
    }
  }

  private parse(dataSource: DataSourceRecord, values: RowValues): Map<string, StoredCell> {
    const cells = new Map<string, StoredCell>();
    for (const [key, value] of Object.entries(values)) {
      const schema = findProperty(dataSource.properties, key);
      if (!schema) throw validationError(`${dataSource.title} has no property ${quoted(key)}.`);
      cells.set(schema.id, parseCell(this.store, dataSource.workspaceId, schema, value));
    }
    return cells;
  }

  /** Stores the cells and mirrors relation changes onto synced properties. */
  private apply(
    page: PageRecord,
    cells: Map<string, StoredCell>,
    actor: string,
    at: number,
  ): PageChange[] {
    const dataSource = this.dataSourceOf(page);
    const synced: PageChange[] = [];
    for (const [id, cell] of cells) {
      const schema = dataSource.properties.find((p) => p.id === id);
      const before = page.cells.get(id);
      page.cells.set(id, cell);
      if (schema?.type === 'relation' && schema.syncedPropertyId && cell.type === 'relation') {
        const previous = before?.type === 'relation' ? before.value : [];
        synced.push(...this.mirror(page, schema, previous, cell.value, actor, at));
      }
    }
    this.store.touch();
    return synced;
  }

  private mirror(
    page: PageRecord,
    schema: PropertySchema & { type: 'relation' },
    previous: readonly string[],
    next: readonly string[],
    actor: string,
    at: number,
  ): PageChange[] {
    const syncedId = schema.syncedPropertyId;
    if (!syncedId) return [];
    const changes: PageChange[] = [];
    const edit = (targetId: string, change: (ids: string[]) => string[]) => {
      const target = this.store.page(targetId);
      if (!target) return;
      const cell = target.cells.get(syncedId);
      const ids = cell?.type === 'relation' ? cell.value : [];
      target.cells.set(syncedId, { type: 'relation', value: change(ids) });
      this.touch(target, actor, at);
      changes.push({ page: target, propertyIds: [syncedId] });
    };
    for (const id of previous)
      if (!next.includes(id)) edit(id, (ids) => ids.filter((v) => v !== page.id));
    for (const id of next) if (!previous.includes(id)) edit(id, (ids) => [...ids, page.id]);
    return changes;
  }

  private touch(page: PageRecord, actor: string, at: number): void {
    page.lastEditedTime = Math.max(page.lastEditedTime, at);
    page.lastEditedBy = actor;
    this.store.touch();
  }

  private actor(workspaceId: string, actorId: string | undefined): string {
    const id = actorId ?? this.store.workspace(workspaceId)?.ownerUserId;
    if (!id || !this.store.user(id)) throw validationError(`Unknown actor: ${String(actorId)}`);
    return id;
  }

  private dataSourceOf(page: PageRecord): DataSourceRecord {
    const dataSource = this.store.dataSourceOf(page);
    if (!dataSource) throw validationError(`${page.id} is not a database row.`);
    return dataSource;
  }
}
