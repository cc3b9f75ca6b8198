import type { Cell, ResultType } from '@notionchartkit/shared';
import { dateCell } from './date.cells';
import type {
  FormulaValue,
  PropertyValueBody,
  RollupElement,
  RollupValue,
} from './notion-values.types';
import { textCell } from './text.cells';

/** Formula: its result by type, each by its own cell rule. */
export function formulaCell(formula: FormulaValue): Cell {
  switch (formula.type) {
    case 'string':
      return textCell(formula.string);
    case 'number':
      return formula.number;
    case 'boolean':
      return formula.boolean;
    case 'date':
      return dateCell(formula.date);
    default:
      return null;
  }
}

/** One rollup array element as strings: numbers by `String`, arrays spread, empties dropped. */
function cellStrings(cell: Cell | undefined): string[] {
  if (cell === null || cell === undefined) return [];
  if (Array.isArray(cell)) return cell.filter((value) => value !== '');
  if (typeof cell === 'boolean') return [cell ? 'true' : 'false'];
  if (typeof cell === 'number') return [String(cell)];
  return cell === '' ? [] : [cell];
}

/**
 * Rollup: a number, a date, or a flat array of strings; `null` for unsupported rollups and for
 * `incomplete` ones (the property-item endpoint's value before its last page).
 */
export function rollupCell(
  rollup: RollupValue,
  element: (value: RollupElement) => Cell | undefined,
): Cell {
  switch (rollup.type) {
    case 'number':
      return rollup.number;
    case 'date':
      return dateCell(rollup.date);
    case 'array':
      return rollup.array.flatMap((value) => cellStrings(element(value)));
    default:
      return null;
  }
}

const RESULT_TYPES: ReadonlySet<string> = new Set<ResultType>([
  'number',
  'string',
  'boolean',
  'date',
  'array',
]);

function isResultType(type: string): type is ResultType {
  return RESULT_TYPES.has(type);
}

/**
 * What a row's formula or rollup value says about the property's result type; `null` for
 * other properties and for unsupported or incomplete values.
 */
export function observedResultType(value: PropertyValueBody): ResultType | null {
  const type =
    value.type === 'formula'
      ? value.formula.type
      : value.type === 'rollup'
        ? value.rollup.type
        : '';
  return isResultType(type) ? type : null;
}
