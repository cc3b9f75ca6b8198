import type { CellInput } from './cell-values';
import { EMPTY_LABEL, isTrailingLabel } from './reserved-labels';

/**
 * Date and bin axes have no gaps, but a stray date in year 1 or a bin size of 0.001 over
 * millions would ask for millions of labels. Past this many, only labels holding rows appear.
 */
export const MAX_GAPLESS_LABELS = 10_000;

/**
 * Turns cells into label indices. Indices are handed out as labels are first seen; the
 * layout (`label-order.ts`) decides the order shown.
 */
export interface Axis {
  /** Labels by index; grows while rows are read and when gaps are filled. */
  readonly labels: readonly string[];
  /** `date` and `bin` axes run in order with no gaps; `category` axes sort and may be limited. */
  readonly continuous: boolean;
  /** The label indices a cell counts under: once under each value, at least `(empty)`. */
  keysOf(cell: CellInput): readonly number[];
  /** Indices of every label but `(empty)` and `Other`, in natural order (filling gaps). */
  naturalOrder(): number[];
  indexOf(label: string): number;
  /** The Notion option color of a label, for option properties. */
  colorOf(label: string): string | undefined;
}

/** The label bookkeeping every axis shares. */
export abstract class LabelRegistry {
  readonly labels: string[] = [];
  private readonly indexByLabel = new Map<string, number>();
  private emptyKeys: readonly number[] | undefined;

  indexOf(label: string): number {
    return this.indexByLabel.get(label) ?? -1;
  }

  protected register(label: string): number {
    let index = this.indexByLabel.get(label);
    if (index === undefined) {
      index = this.labels.length;
      this.labels.push(label);
      this.indexByLabel.set(label, index);
    }
    return index;
  }

  protected empty(): readonly number[] {
    return (this.emptyKeys ??= [this.register(EMPTY_LABEL)]);
  }

  /** Registered labels but `(empty)` and `Other`. */
  protected ordinaryIndices(): number[] {
    const indices: number[] = [];
    this.labels.forEach((label, index) => {
      if (!isTrailingLabel(label)) indices.push(index);
    });
    return indices;
  }

  colorOf(_label: string): string | undefined {
    return undefined;
  }
}

/** One slot for every row: the whole of a `number` chart, or the series of a chart without groupBy. */
export class SingleSlotAxis extends LabelRegistry implements Axis {
  readonly continuous = false;
  private readonly keys: readonly number[];

  constructor() {
    super();
    this.keys = [this.register('')];
  }

  keysOf(): readonly number[] {
    return this.keys;
  }

  naturalOrder(): number[] {
    return [0];
  }
}
