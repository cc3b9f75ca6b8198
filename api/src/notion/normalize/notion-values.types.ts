import type { DataSourceObjectResponse, PageObjectResponse } from '@notionhq/client';

/** Shapes of Notion page values and schema entries, named after the SDK's generated types. */

export type PagePropertyValue = PageObjectResponse['properties'][string];
type ValueOf<T extends PagePropertyValue['type']> = Extract<PagePropertyValue, { type: T }>;

export type RichTextValue = ValueOf<'title'>['title'];
export type DateValue = ValueOf<'date'>['date'];
export type SelectValue = ValueOf<'select'>['select'];
export type MultiSelectValue = ValueOf<'multi_select'>['multi_select'];
export type UserValue = ValueOf<'created_by'>['created_by'];
export type PeopleValue = ValueOf<'people'>['people'];
export type FilesValue = ValueOf<'files'>['files'];
export type RelationValue = ValueOf<'relation'>['relation'];
export type FormulaValue = ValueOf<'formula'>['formula'];
export type UniqueIdValue = ValueOf<'unique_id'>['unique_id'];
export type RollupValue = ValueOf<'rollup'>['rollup'];

/** An element of a rollup array: a property value without its id. */
export type RollupElement = Extract<RollupValue, { type: 'array' }>['array'][number];

/** Anything the value normalizer takes: a page property value or a rollup element. */
export type PropertyValueBody = RollupElement | Pick<ValueOf<'rollup'>, 'type' | 'rollup'>;

export type SchemaEntry = DataSourceObjectResponse['properties'][string];
export type RollupFunction = Extract<SchemaEntry, { type: 'rollup' }>['rollup']['function'];
