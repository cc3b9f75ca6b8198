import type { MultiSelectValue, SelectValue } from './notion-values.types';
import { textCell } from './text.cells';

/** Select and status: the option's name. */
export function optionCell(option: SelectValue): string | null {
  return textCell(option?.name);
}

/** Multi-select: option names in Notion's order. */
export function optionsCell(options: MultiSelectValue): string[] {
  return options.map((option) => option.name);
}
