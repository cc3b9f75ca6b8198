import type { Cell } from '../contracts';
import { CHECKED_LABEL, UNCHECKED_LABEL } from './reserved-labels';

/** A row may lack a property added after it was synced: `undefined` reads as empty. */
export type CellInput = Cell | undefined;

/** `null` or `[]` (and `""`, which the sync never writes, read defensively the same way). */
export function isEmptyCell(cell: CellInput): boolean {
  return (
    cell === null || cell === undefined || cell === '' || (Array.isArray(cell) && cell.length === 0)
  );
}

/** The cell as a number for numeric measures; `NaN` for empty or non-numeric cells. */
export function numberOf(cell: CellInput): number {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : Number.NaN;
}

/** A scalar shown as text: numbers as `String(n)`, booleans as Checked / Unchecked. */
export function textOf(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? CHECKED_LABEL : UNCHECKED_LABEL;
  return typeof value === 'number' ? String(value) : value;
}
