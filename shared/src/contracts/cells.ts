/**
 * A normalized Notion property value (the contract's "Cells" table). Dates are strings:
 * `YYYY-MM-DD` for a date without time, an ISO instant in UTC otherwise.
 */
export type Cell = null | number | string | boolean | string[];

export type NotionPropertyType =
  | 'title'
  | 'rich_text'
  | 'url'
  | 'email'
  | 'phone_number'
  | 'number'
  | 'checkbox'
  | 'select'
  | 'status'
  | 'multi_select'
  | 'date'
  | 'people'
  | 'created_by'
  | 'last_edited_by'
  | 'relation'
  | 'files'
  | 'formula'
  | 'rollup'
  | 'unique_id'
  | 'created_time'
  | 'last_edited_time';

export type ResultType = 'number' | 'string' | 'boolean' | 'date' | 'array';

export interface PropertyOption {
  name: string;
  color: string;
}

/** One property of a dataset's schema. The Notion property id is the stable key. */
export interface SchemaProperty {
  id: string;
  name: string;
  type: NotionPropertyType;
  /** Notion number format (`dollar`, `percent`, …) for numbers. */
  format?: string;
  /** Options in Notion's order, for select, status and multi_select. */
  options?: PropertyOption[];
  /** For formula and rollup properties; `null` while no row tells. */
  resultType?: ResultType | null;
  /** For relations: the data source the related pages belong to (their titles label charts). */
  relatedDataSourceId?: string;
}

/** A normalized row: values keyed by Notion property id. */
export interface DatasetRow {
  pageId: string;
  lastEditedTime: string;
  values: Record<string, Cell>;
}
