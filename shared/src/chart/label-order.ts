import type { SortConfig } from '../contracts';
import type { Axis } from './axis';
import { EMPTY_LABEL, OTHER_LABEL } from './reserved-labels';

/** The labels as shown, and where each axis label's rows go (folded labels go to `Other`). */
export interface AxisLayout {
  readonly labels: string[];
  /** Display position of each axis label index; every label a row counts under has one. */
  readonly positionOf: Int32Array;
}

export interface LayoutOptions {
  sort?: SortConfig;
  limit?: number;
  /** A label's value (the first measure over its rows); needed by `sort.by: "value"` and `limit`. */
  labelValue?: (labelIndex: number) => number | null;
}

/** Larger values first, `null` last; `Array#sort` is stable, so ties keep the order given. */
function byValue(valueOf: (index: number) => number | null, descending: boolean) {
  return (a: number, b: number): number => {
    const left = valueOf(a);
    const right = valueOf(b);
    if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
    return descending ? right - left : left - right;
  };
}

/**
 * Orders an axis: natural order (or by value), `direction` reversing it, `limit` keeping the top
 * N by value and folding the rest into `Other`; `(empty)` then `Other` always come last.
 */
export function layoutAxis(axis: Axis, { sort, limit, labelValue }: LayoutOptions): AxisLayout {
  const natural = axis.naturalOrder();
  const emptyIndex = axis.indexOf(EMPTY_LABEL);
  const otherIndex = axis.indexOf(OTHER_LABEL);
  const ranksByValue = !axis.continuous && labelValue !== undefined;

  let kept = natural;
  let keepsEmpty = emptyIndex >= 0;
  let folded: number[] = [];
  if (ranksByValue && limit !== undefined) {
    const candidates = keepsEmpty ? [...natural, emptyIndex] : natural;
    const top = new Set([...candidates].sort(byValue(labelValue, true)).slice(0, limit));
    kept = natural.filter((index) => top.has(index));
    keepsEmpty = keepsEmpty && top.has(emptyIndex);
    folded = candidates.filter((index) => !top.has(index));
  }

  const descending = sort?.direction === 'desc';
  const shown =
    ranksByValue && sort?.by === 'value'
      ? [...kept].sort(byValue(labelValue, descending))
      : descending
        ? [...kept].reverse()
        : kept;

  const positionOf = new Int32Array(axis.labels.length).fill(-1);
  const labels = shown.map((index, position) => {
    positionOf[index] = position;
    return axis.labels[index];
  });
  if (keepsEmpty) positionOf[emptyIndex] = labels.push(EMPTY_LABEL) - 1;
  if (folded.length > 0 || otherIndex >= 0) {
    const position = labels.push(OTHER_LABEL) - 1;
    for (const index of folded) positionOf[index] = position;
    if (otherIndex >= 0) positionOf[otherIndex] = position;
  }
  return { labels, positionOf };
}
