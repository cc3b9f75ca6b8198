import type { DateBucket } from '../contracts';
import { type Axis, LabelRegistry, MAX_GAPLESS_LABELS } from './axis';
import type { CellInput } from './cell-values';
import { bucketKey, bucketStart, nextBucketStart } from './date-buckets';
import type { ZonedCalendar } from './zoned-calendar';

/**
 * Dates bucketed by day, ISO week, month, quarter or year in the chart's zone. Dates without
 * time are cached by their text, instants by the calendar date they fall on, so each distinct
 * date is bucketed once.
 */
export class DateAxis extends LabelRegistry implements Axis {
  readonly continuous = true;
  private readonly keysByText = new Map<string, readonly number[]>();
  private readonly keysByDay = new Map<number, readonly number[]>();
  /** Bucket start (day number) of each label index; `NaN` for `(empty)`. */
  private readonly startOf: number[] = [];

  constructor(
    private readonly calendar: ZonedCalendar,
    private readonly bucket: DateBucket,
  ) {
    super();
  }

  keysOf(cell: CellInput): readonly number[] {
    if (typeof cell !== 'string') return this.empty();
    if (cell.length === 10) {
      let keys = this.keysByText.get(cell);
      if (keys === undefined) {
        keys = this.keysOfDay(this.calendar.dayOfText(cell));
        this.keysByText.set(cell, keys);
      }
      return keys;
    }
    return this.keysOfDay(this.calendar.dayOfText(cell));
  }

  naturalOrder(): number[] {
    const present = this.ordinaryIndices().sort((a, b) => this.startOf[a] - this.startOf[b]);
    if (present.length === 0) return present;
    const first = this.startOf[present[0]];
    const last = this.startOf[present[present.length - 1]];
    const starts: number[] = [];
    for (let start = first; start <= last; start = nextBucketStart(start, this.bucket)) {
      if (starts.length === MAX_GAPLESS_LABELS) return present;
      starts.push(start);
    }
    return starts.map((start) => this.indexOfStart(start));
  }

  protected override empty(): readonly number[] {
    const keys = super.empty();
    this.startOf[keys[0]] = Number.NaN;
    return keys;
  }

  private keysOfDay(dayNumber: number): readonly number[] {
    if (Number.isNaN(dayNumber)) return this.empty();
    let keys = this.keysByDay.get(dayNumber);
    if (keys === undefined) {
      keys = [this.indexOfStart(bucketStart(dayNumber, this.bucket))];
      this.keysByDay.set(dayNumber, keys);
    }
    return keys;
  }

  private indexOfStart(start: number): number {
    const index = this.register(bucketKey(start, this.bucket));
    this.startOf[index] = start;
    return index;
  }
}
