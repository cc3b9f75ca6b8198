import type { NotionPropertyType, SchemaProperty } from '@notionchartkit/shared';

/** Monochrome glyphs close to Notion's own property icons. */
const ICONS: Record<NotionPropertyType, string> = {
  title: 'Aa',
  rich_text: '≡',
  url: '⧉',
  email: '✉',
  phone_number: '☏',
  number: '#',
  checkbox: '☑',
  select: '⌄',
  status: '◐',
  multi_select: '☰',
  date: '▦',
  people: '@',
  created_by: '@',
  last_edited_by: '@',
  relation: '⇄',
  files: '⎘',
  formula: 'ƒ',
  rollup: 'Σ',
  unique_id: '№',
  created_time: '◷',
  last_edited_time: '◷',
};

const NAMES: Record<NotionPropertyType, string> = {
  title: 'Title',
  rich_text: 'Text',
  url: 'URL',
  email: 'Email',
  phone_number: 'Phone',
  number: 'Number',
  checkbox: 'Checkbox',
  select: 'Select',
  status: 'Status',
  multi_select: 'Multi-select',
  date: 'Date',
  people: 'People',
  created_by: 'Created by',
  last_edited_by: 'Last edited by',
  relation: 'Relation',
  files: 'Files',
  formula: 'Formula',
  rollup: 'Rollup',
  unique_id: 'ID',
  created_time: 'Created time',
  last_edited_time: 'Last edited time',
};

/** "Number", "Formula (number)", "Rollup (list)". */
export function propertyTypeName(property: SchemaProperty): string {
  const base = NAMES[property.type] ?? property.type;
  return property.resultType ? `${base} (${property.resultType})` : base;
}

export function PropertyTypeIcon({ type }: { type: NotionPropertyType }) {
  return (
    <span className="property-icon" aria-hidden="true">
      {ICONS[type] ?? '•'}
    </span>
  );
}
