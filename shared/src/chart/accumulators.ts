import type { Cell } from '../contracts';
import { type CellInput, isEmptyCell, numberOf } from './cell-values';

/** What a measure keeps of each counted row, read once while rows stream in. */
export interface MeasureColumn {
  push(cell: CellInput): void;
}

/** Aggregates rows into slots (one per label × group); rows are indices into the column. */
export interface Accumulator {
  add(slot: number, row: number): void;
  /** `count`, `count_distinct` and `sum` give 0 for an empty slot, the others `null`. */
  result(slot: number): number | null;
}

export const NO_COLUMN: MeasureColumn = { push: () => undefined };

/** Numbers for sum, avg, median, min and max: `NaN` marks an empty cell. */
export class NumberColumn implements MeasureColumn {
  private buffer = new Float64Array(1024);
  private length = 0;

  /** The values pushed so far (a view: read it once all rows are in). */
  get values(): Float64Array {
    return this.buffer.subarray(0, this.length);
  }

  push(cell: CellInput): void {
    if (this.length === this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = numberOf(cell);
  }
}

/** Whole cells, for count_distinct. */
export class CellColumn implements MeasureColumn {
  readonly cells: CellInput[] = [];

  constructor(private readonly neverEmpty: boolean) {}

  push(cell: CellInput): void {
    this.cells.push(this.neverEmpty && (cell === null || cell === undefined) ? false : cell);
  }
}

export class CountAccumulator implements Accumulator {
  private readonly counts: Float64Array;

  constructor(slots: number) {
    this.counts = new Float64Array(slots);
  }

  add(slot: number): void {
    this.counts[slot] += 1;
  }

  result(slot: number): number {
    return this.counts[slot];
  }
}

export class SumAccumulator implements Accumulator {
  private readonly sums: Float64Array;

  constructor(
    slots: number,
    private readonly values: ArrayLike<number>,
  ) {
    this.sums = new Float64Array(slots);
  }

  add(slot: number, row: number): void {
    const value = this.values[row];
    if (!Number.isNaN(value)) this.sums[slot] += value;
  }

  result(slot: number): number {
    return this.sums[slot];
  }
}

export class AverageAccumulator implements Accumulator {
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;

  constructor(
    slots: number,
    private readonly values: ArrayLike<number>,
  ) {
    this.sums = new Float64Array(slots);
    this.counts = new Float64Array(slots);
  }

  add(slot: number, row: number): void {
    const value = this.values[row];
    if (Number.isNaN(value)) return;
    this.sums[slot] += value;
    this.counts[slot] += 1;
  }

  result(slot: number): number | null {
    return this.counts[slot] === 0 ? null : this.sums[slot] / this.counts[slot];
  }
}

export class ExtremeAccumulator implements Accumulator {
  /** `NaN` until the slot sees a number. */
  private readonly extremes: Float64Array;

  constructor(
    slots: number,
    private readonly values: ArrayLike<number>,
    private readonly keepsLarger: boolean,
  ) {
    this.extremes = new Float64Array(slots).fill(Number.NaN);
  }

  add(slot: number, row: number): void {
    const value = this.values[row];
    if (Number.isNaN(value)) return;
    const current = this.extremes[slot];
    if (Number.isNaN(current) || (this.keepsLarger ? value > current : value < current)) {
      this.extremes[slot] = value;
    }
  }

  result(slot: number): number | null {
    const value = this.extremes[slot];
    return Number.isNaN(value) ? null : value;
  }
}

export class MedianAccumulator implements Accumulator {
  private readonly lists: (number[] | undefined)[];

  constructor(
    slots: number,
    private readonly values: ArrayLike<number>,
  ) {
    this.lists = new Array<number[] | undefined>(slots);
  }

  add(slot: number, row: number): void {
    const value = this.values[row];
    if (!Number.isNaN(value)) (this.lists[slot] ??= []).push(value);
  }

  result(slot: number): number | null {
    const list = this.lists[slot];
    if (!list) return null;
    const sorted = Float64Array.from(list).sort();
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}

type Distinct = Exclude<Cell, null | string[]>;

export class DistinctAccumulator implements Accumulator {
  private readonly sets: (Set<Distinct> | undefined)[];

  constructor(
    slots: number,
    private readonly cells: readonly CellInput[],
  ) {
    this.sets = new Array<Set<Distinct> | undefined>(slots);
  }

  add(slot: number, row: number): void {
    const cell = this.cells[row];
    if (cell === null || cell === undefined || isEmptyCell(cell)) return;
    const set = (this.sets[slot] ??= new Set());
    if (!Array.isArray(cell)) set.add(cell);
    else for (const element of cell) if (element !== '') set.add(element);
  }

  result(slot: number): number {
    return this.sets[slot]?.size ?? 0;
  }
}
