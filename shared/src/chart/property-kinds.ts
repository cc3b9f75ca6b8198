import type { SchemaProperty } from '../contracts';

/**
 * How the engine reads a property's cells:
 * - `text`: one string (numbers and booleans shown as text), alphabetical;
 * - `option`: select and status (one name) or multi-select (names), in schema order;
 * - `checkbox`: checkboxes and boolean formulas, Checked then Unchecked;
 * - `number`, `date`: numbers; dates and date-valued formulas and rollups;
 * - `list`: arrays of strings (people, files, rollup arrays), alphabetical;
 * - `relation`: page ids, labelled by page title.
 */
export type ValueKind = 'text' | 'option' | 'checkbox' | 'number' | 'date' | 'list' | 'relation';

export interface PropertyTraits {
  kind: ValueKind;
  /** Cells are arrays whose elements count one by one. */
  multi: boolean;
  /** Checkboxes: a missing value is unchecked, never empty. */
  neverEmpty: boolean;
}

export function traitsOf(property: SchemaProperty): PropertyTraits {
  const traits = (kind: ValueKind, multi = false): PropertyTraits => ({
    kind,
    multi,
    neverEmpty: property.type === 'checkbox',
  });
  switch (property.type) {
    case 'select':
    case 'status':
      return traits('option');
    case 'multi_select':
      return traits('option', true);
    case 'checkbox':
      return traits('checkbox');
    case 'number':
      return traits('number');
    case 'date':
    case 'created_time':
    case 'last_edited_time':
      return traits('date');
    case 'people':
    case 'files':
      return traits('list', true);
    case 'relation':
      return traits('relation', true);
    case 'formula':
    case 'rollup':
      switch (property.resultType) {
        case 'number':
          return traits('number');
        case 'date':
          return traits('date');
        case 'boolean':
          return traits('checkbox');
        case 'array':
          return traits('list', true);
        default:
          return traits('text');
      }
    default:
      // Title, text, URL, email, phone, created/edited by, unique id, and types added later.
      return traits('text');
  }
}

const TYPE_NAMES: Partial<Record<string, string>> & Record<SchemaProperty['type'], string> = {
  title: 'the title',
  rich_text: 'a text property',
  url: 'a URL',
  email: 'an email',
  phone_number: 'a phone number',
  number: 'a number',
  checkbox: 'a checkbox',
  select: 'a select',
  status: 'a status',
  multi_select: 'a multi-select',
  date: 'a date',
  people: 'a people property',
  created_by: 'a created-by property',
  last_edited_by: 'a last-edited-by property',
  relation: 'a relation',
  files: 'a files property',
  formula: 'a formula',
  rollup: 'a rollup',
  unique_id: 'an ID',
  created_time: 'a created-time property',
  last_edited_time: 'a last-edited-time property',
};

const RESULT_NAMES = {
  number: 'number',
  string: 'text',
  boolean: 'checkbox',
  date: 'date',
  array: 'list',
} as const;

/** "Stage is a status", for error messages. */
export function describeProperty(property: SchemaProperty): string {
  const isComputed = property.type === 'formula' || property.type === 'rollup';
  const typeName =
    isComputed && property.resultType
      ? `a ${RESULT_NAMES[property.resultType]} ${property.type}`
      : TYPE_NAMES[property.type];
  return `${property.name} is ${typeName ?? 'a property'}`;
}
