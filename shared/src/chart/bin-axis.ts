import { type Axis, LabelRegistry, MAX_GAPLESS_LABELS } from './axis';
import type { CellInput } from './cell-values';

/** Bounds as people write them: `0.3`, not `0.30000000000000004`. */
function bound(binIndex: number, binSize: number): number {
  return Number((binIndex * binSize).toPrecision(12));
}

/** The bin holding `value`: lower bound included, upper excluded, bounds at multiples of the size. */
export function binIndexOf(value: number, binSize: number): number {
  let index = Math.floor(value / binSize);
  // Division rounds (0.3 / 0.1 = 2.9999…): settle on the bounds as they are shown.
  if (bound(index + 1, binSize) <= value) index += 1;
  else if (bound(index, binSize) > value) index -= 1;
  return index;
}

/** `0–100`, with an en dash. */
export function binLabel(binIndex: number, binSize: number): string {
  return `${bound(binIndex, binSize)}–${bound(binIndex + 1, binSize)}`;
}

/** Numbers binned by `binSize`, with no gaps from the first to the last bin holding a row. */
export class BinAxis extends LabelRegistry implements Axis {
  readonly continuous = true;
  private readonly keysByBin = new Map<number, readonly number[]>();
  private readonly binOf: number[] = [];

  constructor(private readonly binSize: number) {
    super();
  }

  keysOf(cell: CellInput): readonly number[] {
    if (typeof cell !== 'number' || !Number.isFinite(cell)) return this.empty();
    return this.keysOfBin(binIndexOf(cell, this.binSize));
  }

  naturalOrder(): number[] {
    const present = this.ordinaryIndices().sort((a, b) => this.binOf[a] - this.binOf[b]);
    if (present.length === 0) return present;
    const first = this.binOf[present[0]];
    const last = this.binOf[present[present.length - 1]];
    if (last - first + 1 > MAX_GAPLESS_LABELS) return present;
    const order: number[] = [];
    for (let bin = first; bin <= last; bin++) order.push(this.keysOfBin(bin)[0]);
    return order;
  }

  private keysOfBin(bin: number): readonly number[] {
    let keys = this.keysByBin.get(bin);
    if (keys === undefined) {
      keys = [this.register(binLabel(bin, this.binSize))];
      this.binOf[keys[0]] = bin;
      this.keysByBin.set(bin, keys);
    }
    return keys;
  }
}
