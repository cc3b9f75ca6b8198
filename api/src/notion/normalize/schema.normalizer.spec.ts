import type { SchemaProperty } from '@notionchartkit/shared';
import type { SchemaEntry } from './notion-values.types';
import { normalizeSchema, withObservedResultTypes } from './schema.normalizer';

// The data source schema of notion.md §4.2, plus the types the SDK's response union omits.
const properties = {
  Name: { id: 'title', name: 'Name', description: null, type: 'title', title: {} },
  Notes: { id: 'Qd%5D%7C', name: 'Notes', description: null, type: 'rich_text', rich_text: {} },
  Amount: {
    id: '%3AUPp',
    name: 'Amount',
    description: null,
    type: 'number',
    number: { format: 'dollar' },
  },
  Stage: {
    id: 's%3Fz',
    name: 'Stage',
    description: null,
    type: 'select',
    select: {
      options: [
        { id: 'o2', name: 'Won', color: 'green', description: null },
        { id: 'o1', name: 'Lost', color: 'red', description: null },
      ],
    },
  },
  Tags: {
    id: 'tg1',
    name: 'Tags',
    description: null,
    type: 'multi_select',
    multi_select: { options: [{ id: 'a1', name: 'EU', color: 'blue', description: null }] },
  },
  Status: {
    id: 'st1',
    name: 'Status',
    description: null,
    type: 'status',
    status: {
      options: [
        { id: 's-todo', name: 'Not started', color: 'default', description: null },
        { id: 's-done', name: 'Done', color: 'green', description: null },
      ],
      groups: [{ id: 'g-todo', name: 'To-do', color: 'gray', option_ids: ['s-todo'] }],
    },
  },
  Close: { id: 'dt1', name: 'Close', description: null, type: 'date', date: {} },
  Owner: { id: 'pp1', name: 'Owner', description: null, type: 'people', people: {} },
  Docs: { id: 'fl1', name: 'Docs', description: null, type: 'files', files: {} },
  Paid: { id: 'cb1', name: 'Paid', description: null, type: 'checkbox', checkbox: {} },
  Site: { id: 'u1', name: 'Site', description: null, type: 'url', url: {} },
  Mail: { id: 'e1', name: 'Mail', description: null, type: 'email', email: {} },
  Phone: { id: 'ph1', name: 'Phone', description: null, type: 'phone_number', phone_number: {} },
  Margin: {
    id: 'f1',
    name: 'Margin',
    description: null,
    type: 'formula',
    formula: { expression: 'prop("Profit") / prop("Amount")' },
  },
  Account: {
    id: 'r1',
    name: 'Account',
    description: null,
    type: 'relation',
    relation: {
      database_id: 'db-acc',
      data_source_id: 'ds-acc',
      type: 'dual_property',
      dual_property: { synced_property_id: 'x%3Ab', synced_property_name: 'Deals' },
    },
  },
  Total: {
    id: 'ru1',
    name: 'Total',
    description: null,
    type: 'rollup',
    rollup: {
      function: 'sum',
      relation_property_name: 'Account',
      relation_property_id: 'r1',
      rollup_property_name: 'Revenue',
      rollup_property_id: 'rv',
    },
  },
  Created: {
    id: 'ct1',
    name: 'Created',
    description: null,
    type: 'created_time',
    created_time: {},
  },
  Creator: { id: 'cb2', name: 'Creator', description: null, type: 'created_by', created_by: {} },
  Edited: {
    id: 'lt1',
    name: 'Edited',
    description: null,
    type: 'last_edited_time',
    last_edited_time: {},
  },
  Editor: {
    id: 'lb1',
    name: 'Editor',
    description: null,
    type: 'last_edited_by',
    last_edited_by: {},
  },
  ID: {
    id: 'uid',
    name: 'ID',
    description: null,
    type: 'unique_id',
    unique_id: { prefix: 'DEAL' },
  },
  Run: { id: 'bt', name: 'Run', description: null, type: 'button', button: {} },
  Verified: {
    id: 'vf',
    name: 'Verified',
    description: null,
    type: 'verification',
    verification: {},
  },
  Where: { id: 'pl', name: 'Where', description: null, type: 'place', place: {} },
} as unknown as Record<string, SchemaEntry>;

function rollupOf(fn: string) {
  return {
    R: {
      id: 'r',
      name: 'R',
      description: null,
      type: 'rollup',
      rollup: {
        function: fn,
        relation_property_name: 'A',
        relation_property_id: 'a',
        rollup_property_name: 'B',
        rollup_property_id: 'b',
      },
    },
  } as unknown as Record<string, SchemaEntry>;
}

describe('normalizeSchema', () => {
  it('gives every charted property in order, with formats, options and result types', () => {
    expect(normalizeSchema(properties)).toEqual([
      { id: 'title', name: 'Name', type: 'title' },
      { id: 'Qd%5D%7C', name: 'Notes', type: 'rich_text' },
      { id: '%3AUPp', name: 'Amount', type: 'number', format: 'dollar' },
      {
        id: 's%3Fz',
        name: 'Stage',
        type: 'select',
        options: [
          { name: 'Won', color: 'green' },
          { name: 'Lost', color: 'red' },
        ],
      },
      { id: 'tg1', name: 'Tags', type: 'multi_select', options: [{ name: 'EU', color: 'blue' }] },
      {
        id: 'st1',
        name: 'Status',
        type: 'status',
        options: [
          { name: 'Not started', color: 'default' },
          { name: 'Done', color: 'green' },
        ],
      },
      { id: 'dt1', name: 'Close', type: 'date' },
      { id: 'pp1', name: 'Owner', type: 'people' },
      { id: 'fl1', name: 'Docs', type: 'files' },
      { id: 'cb1', name: 'Paid', type: 'checkbox' },
      { id: 'u1', name: 'Site', type: 'url' },
      { id: 'e1', name: 'Mail', type: 'email' },
      { id: 'ph1', name: 'Phone', type: 'phone_number' },
      { id: 'f1', name: 'Margin', type: 'formula', resultType: null },
      { id: 'r1', name: 'Account', type: 'relation', relatedDataSourceId: 'ds-acc' },
      { id: 'ru1', name: 'Total', type: 'rollup', resultType: 'number' },
      { id: 'ct1', name: 'Created', type: 'created_time' },
      { id: 'cb2', name: 'Creator', type: 'created_by' },
      { id: 'lt1', name: 'Edited', type: 'last_edited_time' },
      { id: 'lb1', name: 'Editor', type: 'last_edited_by' },
      { id: 'uid', name: 'ID', type: 'unique_id' },
    ]);
  });

  it.each([
    ['show_original', 'array'],
    ['show_unique', 'array'],
    ['earliest_date', 'date'],
    ['latest_date', 'date'],
    ['date_range', 'date'],
    ['count', 'number'],
    ['average', 'number'],
    ['percent_checked', 'number'],
    ['count_per_group', null],
  ])('reads a %s rollup as resultType %s', (fn, resultType) => {
    expect(normalizeSchema(rollupOf(fn))[0]?.resultType).toBe(resultType);
  });
});

describe('withObservedResultTypes', () => {
  const schema: SchemaProperty[] = [
    { id: 'f1', name: 'Margin', type: 'formula', resultType: null },
    { id: 'f2', name: 'Label', type: 'formula', resultType: null },
    { id: 'ru1', name: 'Total', type: 'rollup', resultType: 'number' },
    { id: 'title', name: 'Name', type: 'title' },
  ];

  it('fills open result types from rows and keeps those the schema states', () => {
    expect(
      withObservedResultTypes(schema, { f1: 'number', ru1: 'array', title: 'string' }),
    ).toEqual([
      { id: 'f1', name: 'Margin', type: 'formula', resultType: 'number' },
      { id: 'f2', name: 'Label', type: 'formula', resultType: null },
      { id: 'ru1', name: 'Total', type: 'rollup', resultType: 'number' },
      { id: 'title', name: 'Name', type: 'title' },
    ]);
  });
});
