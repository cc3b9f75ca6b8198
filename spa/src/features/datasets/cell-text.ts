import { type Cell, formatNumber, type SchemaProperty } from '@notionchartkit/shared';
import { formatDateTime } from '../../lib/relative-time';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** A cell as the row preview shows it: numbers in their Notion format, instants in local time. */
export function cellText(cell: Cell | undefined, property: SchemaProperty): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'Yes' : 'No';
  if (typeof cell === 'number') return formatNumber(cell, property.format);
  if (Array.isArray(cell)) return cell.join(', ');
  if (INSTANT.test(cell) && !DATE_ONLY.test(cell) && !Number.isNaN(Date.parse(cell))) {
    return formatDateTime(cell);
  }
  return cell;
}
