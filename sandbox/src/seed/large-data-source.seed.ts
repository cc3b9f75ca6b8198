import { DAY_MS, floorToMinute } from '../core/clock.util';
import { randomUuid } from '../core/ids.util';
import { Prng } from '../core/prng.util';
import type { StoredCell } from '../model/property.types';
import type { DataSourceRecord } from '../model/records.types';
import { addDatabase } from '../store/database-builder.factory';
import { findProperty, type WorkspaceStore } from '../store/workspace.store';
import { ACME_PEOPLE, SEED_IDS } from './seed-ids.constants';
import { dayString } from './seed-values.util';

export interface LargeDataSourceOptions {
  rows: number;
  title?: string;
  /** Fixed ids; default: random. */
  databaseId?: string;
  dataSourceId?: string;
  workspaceId?: string;
}

export const DEFAULT_LARGE_ROWS = 100_000;

const CATEGORIES = [
  'Books',
  'Games',
  'Garden',
  'Kitchen',
  'Music',
  'Office',
  'Outdoor',
  'Pets',
  'Shoes',
  'Sports',
  'Tools',
  'Toys',
];
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Online'];
const CHANNELS = ['Web', 'Mobile', 'Store', 'Phone'];
const CUSTOMERS = [
  'Riley',
  'Jordan',
  'Casey',
  'Morgan',
  'Avery',
  'Quinn',
  'Harper',
  'Rowan',
  'Emerson',
  'Sage',
];
/** Ten rows a minute: a `created_time` window never holds more than the 10,000-row cap. */
const CREATION_STEP_MS = 6_000;
const FIRST_ORDER = Date.parse('2025-06-01T00:00:00Z');

function optionIds(dataSource: DataSourceRecord, name: string): string[] {
  const schema = findProperty(dataSource.properties, name);
  return schema && 'options' in schema ? schema.options.map((o) => o.id) : [];
}

function propertyId(dataSource: DataSourceRecord, name: string): string {
  const schema = findProperty(dataSource.properties, name);
  if (!schema) throw new Error(`missing ${name}`);
  return schema.id;
}

/**
 * An "Orders" data source of any size for benchmarks (100,000 rows in about a second). Rows
 * are written straight into the store with precomputed option ids instead of going through
 * the row writer's input parsing, which would dominate the time at this size.
 */
export function seedLargeDataSource(
  store: WorkspaceStore,
  options: LargeDataSourceOptions,
): DataSourceRecord {
  const title = options.title ?? 'Orders';
  const workspaceId = options.workspaceId ?? SEED_IDS.acme.workspaceId;
  const databaseId = options.databaseId ?? randomUuid();
  const dataSourceId = options.dataSourceId ?? randomUuid();
  // Seeded by the data source, so the well-known one holds the same rows in every run.
  const rng = new Prng(`large:${dataSourceId}`);
  const author = store.workspace(workspaceId)?.ownerUserId ?? ACME_PEOPLE.ada;
  addDatabase(store, {
    id: databaseId,
    workspaceId,
    title: `${title} history`,
    icon: '📦',
    createdTime: FIRST_ORDER,
    createdBy: author,
    dataSources: [
      {
        id: dataSourceId,
        title,
        properties: [
          { name: 'Order', type: 'title' },
          { name: 'Amount', type: 'number', format: 'dollar' },
          { name: 'Quantity', type: 'number', format: 'number' },
          { name: 'Category', type: 'select', options: CATEGORIES },
          { name: 'Region', type: 'select', options: REGIONS },
          { name: 'Channels', type: 'multi_select', options: CHANNELS },
          { name: 'Order date', type: 'date' },
          { name: 'Shipped', type: 'checkbox' },
          { name: 'Customer', type: 'rich_text' },
        ],
      },
    ],
  });
  const dataSource = store.dataSource(dataSourceId);
  if (!dataSource) throw new Error('large data source missing');
  const ids = {
    order: propertyId(dataSource, 'Order'),
    amount: propertyId(dataSource, 'Amount'),
    quantity: propertyId(dataSource, 'Quantity'),
    category: propertyId(dataSource, 'Category'),
    region: propertyId(dataSource, 'Region'),
    channels: propertyId(dataSource, 'Channels'),
    date: propertyId(dataSource, 'Order date'),
    shipped: propertyId(dataSource, 'Shipped'),
    customer: propertyId(dataSource, 'Customer'),
  };
  // Cells are never changed in place, so rows can share the ones that repeat.
  const shared = <T extends StoredCell>(cells: Map<string, T>, key: string, make: () => T): T => {
    const found = cells.get(key);
    if (found) return found;
    const cell = make();
    cells.set(key, cell);
    return cell;
  };
  const pool = new Map<string, StoredCell>();
  const select = (id: string | null): StoredCell =>
    shared(pool, `s:${id}`, () => ({ type: 'select', value: id }));
  const categories = optionIds(dataSource, 'Category').map(select);
  const regions = optionIds(dataSource, 'Region').map(select);
  const noRegion = select(null);
  const channels = optionIds(dataSource, 'Channels');
  const quantities = Array.from({ length: 10 }, (_, q): StoredCell => ({
    type: 'number',
    value: q,
  }));
  const shippedCells: StoredCell[] = [false, true].map((value) => ({ type: 'checkbox', value }));
  const customers = CUSTOMERS.map((content): StoredCell => ({
    type: 'rich_text',
    value: [{ content, link: null }],
  }));
  for (let i = 0; i < options.rows; i++) {
    const created = FIRST_ORDER + i * CREATION_STEP_MS;
    const at = floorToMinute(created);
    const quantity = rng.int(1, 9);
    const picked = rng.sample(channels, rng.int(1, 2));
    const day = dayString(created - rng.int(0, 3) * DAY_MS);
    const cells = new Map<string, StoredCell>()
      .set(ids.order, {
        type: 'title',
        value: [{ content: `ORD-${String(i + 1).padStart(6, '0')}`, link: null }],
      })
      .set(ids.amount, {
        type: 'number',
        value: rng.chance(0.01) ? null : (quantity * rng.int(500, 20_000)) / 100,
      })
      .set(ids.quantity, quantities[quantity])
      .set(ids.category, rng.pick(categories))
      .set(ids.region, rng.chance(0.02) ? noRegion : rng.pick(regions))
      .set(
        ids.channels,
        shared(pool, `m:${picked.join()}`, () => ({ type: 'multi_select', value: picked })),
      )
      .set(
        ids.date,
        shared(pool, `d:${day}`, () => ({
          type: 'date',
          value: { start: day, end: null, timeZone: null },
        })),
      )
      .set(ids.shipped, shippedCells[rng.chance(0.8) ? 1 : 0])
      .set(ids.customer, rng.pick(customers));
    store.addPage({
      id: rng.uuid(),
      workspaceId,
      parent: { type: 'data_source', dataSourceId },
      cells,
      icon: null,
      inTrash: false,
      createdTime: at,
      lastEditedTime: at,
      createdBy: author,
      lastEditedBy: author,
      seq: store.nextSeq(),
    });
  }
  return dataSource;
}
