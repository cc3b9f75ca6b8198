import type { FilesValue, RelationValue, UniqueIdValue } from './notion-values.types';

/** Related page ids in Notion's order. */
export function relationCell(relation: RelationValue): string[] {
  return relation.map((page) => page.id);
}

/** File names in Notion's order (their URLs expire within the hour). */
export function filesCell(files: FilesValue): string[] {
  return files.map((file) => file.name).filter((name) => name !== '');
}

/** `PREFIX-42`, or the number alone when the property has no prefix. */
export function uniqueIdCell(value: UniqueIdValue): string | number | null {
  if (value.number === null) return null;
  return value.prefix ? `${value.prefix}-${value.number}` : value.number;
}
