/**
 * Where a key's request starts are booked: in Redis for every process at once, or in this
 * process's memory while Redis cannot be reached.
 */
export interface RequestSlots {
  /**
   * Books the key's next start: at least `intervalMs` after the start booked before it, not
   * before a hold on the key or on `holdKey` (when given) ends, and late enough that no window
   * of `windowMs` holds more than `windowMs / intervalMs` starts. Books nothing when the start
   * is more than `maxWaitMs` away.
   */
  reserve(request: SlotRequest): Promise<Slot>;
  /**
   * Records that the booking started now, if that is later than booked (a busy process wakes
   * late), so the windows count it where it happened. Answers the start recorded, in ms on the
   * store's clock.
   */
  started(slot: Slot, windowMs: number): Promise<number>;
  /** No start booked on `key` from now on comes sooner than `ms` from now. */
  holdOff(key: string, ms: number): Promise<void>;
}

export interface SlotRequest {
  key: string;
  holdKey: string | null;
  intervalMs: number;
  windowMs: number;
  maxWaitMs: number;
}

/**
 * The booked start, or when not `granted` the first free one: `waitMs` from now, and `startsAt`
 * in ms on the store's clock (Redis's, or this process's). `id` names the booking.
 */
export interface Slot {
  key: string;
  id: string;
  granted: boolean;
  waitMs: number;
  startsAt: number;
}
