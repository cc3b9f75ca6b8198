import type { RollupFunction, SelectColor } from './sdk.types';

export type { RollupFunction, SelectColor };

export interface SelectOption {
  id: string;
  name: string;
  color: SelectColor;
  description: string | null;
}

export interface StatusGroup {
  id: string;
  name: string;
  color: SelectColor;
  optionIds: string[];
}

export interface Annotations {
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: boolean;
  code: boolean;
  color: 'default' | SelectColor;
}

/** One run of rich text; a title or rich_text value is a list of runs. */
export interface TextRun {
  content: string;
  link: string | null;
  annotations?: Partial<Annotations>;
}

/** `start`/`end` are kept exactly as Notion returns them: `YYYY-MM-DD` or an ISO datetime with offset. */
export interface DateValue {
  start: string;
  end: string | null;
  timeZone: string | null;
}

export interface FileValue {
  name: string;
  /** `file` is Notion-hosted (signed URL that expires), `external` a plain link. */
  kind: 'file' | 'external';
  url: string;
}

export interface PlaceValue {
  lat: number;
  lon: number;
  name: string | null;
  address: string | null;
}

export interface VerificationValue {
  state: 'verified' | 'expired' | 'unverified';
  date: DateValue | null;
  verifiedBy: string | null;
}

/** What each stored (non-computed) property type keeps per row. */
export interface StoredValueByType {
  title: TextRun[];
  rich_text: TextRun[];
  number: number | null;
  /** Option id. */
  select: string | null;
  /** Option ids. */
  multi_select: string[];
  /** Option id. */
  status: string | null;
  date: DateValue | null;
  /** User or group ids. */
  people: string[];
  files: FileValue[];
  checkbox: boolean;
  url: string | null;
  email: string | null;
  phone_number: string | null;
  /** Related page ids, in the order they were added. */
  relation: string[];
  unique_id: number | null;
  verification: VerificationValue | null;
  place: PlaceValue | null;
}

export type StoredType = keyof StoredValueByType;

export type StoredCell = {
  [K in StoredType]: { type: K; value: StoredValueByType[K] };
}[StoredType];

export type FormulaResultType = 'number' | 'string' | 'boolean' | 'date';

/** What a formula yields; `null` is an empty result of the declared type. */
export type FormulaOutput = number | string | boolean | DateValue | null;

/** Read access to the other values of a row, for formulas written as TypeScript. */
export interface FormulaRow {
  number(property: string): number | null;
  text(property: string): string;
  date(property: string): DateValue | null;
  checkbox(property: string): boolean;
}

export interface FormulaDefinition {
  /** Shown in the schema, as Notion shows the formula source. */
  expression: string;
  resultType: FormulaResultType;
  evaluate(row: FormulaRow): FormulaOutput;
}

interface SchemaCommon {
  id: string;
  name: string;
  description: string | null;
}

export type PropertyConfig =
  | { type: 'title' }
  | { type: 'rich_text' }
  | { type: 'number'; format: string }
  | { type: 'select'; options: SelectOption[] }
  | { type: 'multi_select'; options: SelectOption[] }
  | { type: 'status'; options: SelectOption[]; groups: StatusGroup[] }
  | { type: 'date' }
  | { type: 'people' }
  | { type: 'files' }
  | { type: 'checkbox' }
  | { type: 'url' }
  | { type: 'email' }
  | { type: 'phone_number' }
  | { type: 'formula'; formula: FormulaDefinition }
  | { type: 'relation'; dataSourceId: string; syncedPropertyId: string | null }
  | {
      type: 'rollup';
      relationPropertyId: string;
      rollupPropertyId: string;
      function: RollupFunction;
    }
  | { type: 'created_time' }
  | { type: 'created_by' }
  | { type: 'last_edited_time' }
  | { type: 'last_edited_by' }
  | { type: 'unique_id'; prefix: string | null }
  | { type: 'verification' }
  | { type: 'button' }
  | { type: 'place' };

export type PropertyType = PropertyConfig['type'];

export type PropertySchema = SchemaCommon & PropertyConfig;

export type SchemaOf<T extends PropertyType> = PropertySchema & { type: T };

const STORED_TYPES: ReadonlySet<string> = new Set<StoredType>([
  'title',
  'rich_text',
  'number',
  'select',
  'multi_select',
  'status',
  'date',
  'people',
  'files',
  'checkbox',
  'url',
  'email',
  'phone_number',
  'relation',
  'unique_id',
  'verification',
  'place',
]);

export function isStoredType(type: PropertyType): type is StoredType {
  return STORED_TYPES.has(type);
}
