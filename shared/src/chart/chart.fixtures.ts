import type { Cell, SchemaProperty } from '../contracts';

/** One property of every kind the engine reads, for specs. */
export const SCHEMA: SchemaProperty[] = [
  { id: 'name', name: 'Name', type: 'title' },
  { id: 'notes', name: 'Notes', type: 'rich_text' },
  { id: 'site', name: 'Site', type: 'url' },
  { id: 'amount', name: 'Amount', type: 'number', format: 'dollar' },
  { id: 'score', name: 'Score', type: 'number' },
  { id: 'paid', name: 'Paid', type: 'checkbox' },
  {
    id: 'stage',
    name: 'Stage',
    type: 'select',
    options: [
      { name: 'Lead', color: 'gray' },
      { name: 'Won', color: 'green' },
      { name: 'Lost', color: 'red' },
    ],
  },
  {
    id: 'status',
    name: 'Status',
    type: 'status',
    options: [
      { name: 'Not started', color: 'default' },
      { name: 'In progress', color: 'blue' },
      { name: 'Done', color: 'green' },
    ],
  },
  {
    id: 'tags',
    name: 'Tags',
    type: 'multi_select',
    options: [
      { name: 'US', color: 'red' },
      { name: 'EU', color: 'blue' },
      { name: 'APAC', color: 'yellow' },
    ],
  },
  { id: 'close', name: 'Close', type: 'date' },
  { id: 'created', name: 'Created', type: 'created_time' },
  { id: 'owner', name: 'Owner', type: 'people' },
  { id: 'creator', name: 'Creator', type: 'created_by' },
  { id: 'account', name: 'Account', type: 'relation' },
  { id: 'docs', name: 'Docs', type: 'files' },
  { id: 'margin', name: 'Margin', type: 'formula', resultType: 'number' },
  { id: 'code', name: 'Code', type: 'formula', resultType: 'string' },
  { id: 'flag', name: 'Flag', type: 'formula', resultType: 'boolean' },
  { id: 'due', name: 'Due', type: 'formula', resultType: 'date' },
  { id: 'pending', name: 'Pending', type: 'formula', resultType: null },
  { id: 'total', name: 'Total', type: 'rollup', resultType: 'number' },
  { id: 'regions', name: 'Regions', type: 'rollup', resultType: 'array' },
  { id: 'uid', name: 'ID', type: 'unique_id' },
];

export const PROPERTIES: ReadonlyMap<string, SchemaProperty> = new Map(
  SCHEMA.map((property) => [property.id, property]),
);

export type Values = Record<string, Cell>;

export const rowsOf = (...values: Values[]) => values.map((row) => ({ values: row }));
