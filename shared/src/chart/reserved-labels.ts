/**
 * Labels the engine makes up. They are not escaped: a real value spelled the same shares the
 * label (the contract says so), which is why ordering and limits look them up by text.
 */
export const EMPTY_LABEL = '(empty)';
export const OTHER_LABEL = 'Other';
export const UNTITLED_LABEL = '(untitled)';
export const CHECKED_LABEL = 'Checked';
export const UNCHECKED_LABEL = 'Unchecked';

/** `(empty)` and `Other` come after every other label, in that order, whatever the sort. */
export function isTrailingLabel(label: string): boolean {
  return label === EMPTY_LABEL || label === OTHER_LABEL;
}
