import type { PageObjectResponse } from '@notionhq/client';
import type { Cell, ResultType } from '@notionchartkit/shared';
import type { NotionRow } from '../notion.types';
import { formulaCell, observedResultType, rollupCell } from './computed.cells';
import { dateCell, instantCell } from './date.cells';
import type { PropertyValueBody } from './notion-values.types';
import { optionCell, optionsCell } from './option.cells';
import { peopleCell, userCell, type UserNames } from './people.cells';
import { filesCell, relationCell, uniqueIdCell } from './reference.cells';
import { richTextCell, textCell } from './text.cells';

/**
 * One property value as the contract's cell; `undefined` for types we do not chart (button,
 * verification, place, and any type Notion adds later).
 */
export function normalizeValue(value: PropertyValueBody, names: UserNames): Cell | undefined {
  switch (value.type) {
    case 'title':
      return richTextCell(value.title);
    case 'rich_text':
      return richTextCell(value.rich_text);
    case 'url':
      return textCell(value.url);
    case 'email':
      return textCell(value.email);
    case 'phone_number':
      return textCell(value.phone_number);
    case 'number':
      return value.number;
    case 'checkbox':
      return value.checkbox === true;
    case 'select':
      return optionCell(value.select);
    case 'status':
      return optionCell(value.status);
    case 'multi_select':
      return optionsCell(value.multi_select);
    case 'date':
      return dateCell(value.date);
    case 'created_time':
      return instantCell(value.created_time);
    case 'last_edited_time':
      return instantCell(value.last_edited_time);
    case 'people':
      return peopleCell(value.people, names);
    case 'created_by':
      return userCell(value.created_by, names);
    case 'last_edited_by':
      return userCell(value.last_edited_by, names);
    case 'relation':
      return relationCell(value.relation);
    case 'files':
      return filesCell(value.files);
    case 'formula':
      return formulaCell(value.formula);
    case 'rollup':
      return rollupCell(value.rollup, (element) => normalizeValue(element, names));
    case 'unique_id':
      return uniqueIdCell(value.unique_id);
    case 'button':
    case 'verification':
    case 'place':
    default:
      return undefined;
  }
}

export interface PageContext {
  names: UserNames;
  /** Complete relation lists (past Notion's 25-reference cap), by property id. */
  relations?: ReadonlyMap<string, string[]>;
}

/** A page as a row: cells keyed by property id, the contract's Cells table applied to each. */
export function normalizePage(page: PageObjectResponse, context: PageContext): NotionRow {
  const values: Record<string, Cell> = {};
  const resultTypes: Record<string, ResultType> = {};
  for (const value of Object.values(page.properties)) {
    const cell = context.relations?.get(value.id) ?? normalizeValue(value, context.names);
    if (cell !== undefined) values[value.id] = cell;
    const resultType = observedResultType(value);
    if (resultType !== null) resultTypes[value.id] = resultType;
  }
  return {
    pageId: page.id,
    createdTime: instantCell(page.created_time) ?? page.created_time,
    lastEditedTime: instantCell(page.last_edited_time) ?? page.last_edited_time,
    values,
    resultTypes,
  };
}
