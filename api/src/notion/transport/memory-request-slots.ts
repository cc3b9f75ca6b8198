import { randomBytes } from 'node:crypto';
import type { RequestSlots, Slot, SlotRequest } from './request-slots';

interface Bookings {
  /** Next free start, or end of a hold (ms since the epoch). */
  next: number;
  /** The latest starts, oldest first, at most one window's worth. */
  starts: { id: string; at: number }[];
  /** When nothing here matters any more. */
  expiresAt: number;
}

/**
 * The same bookings as `RedisRequestSlots`, for this process alone: what paces requests while
 * Redis cannot be reached. Expired keys are dropped as others are written.
 */
export class MemoryRequestSlots implements RequestSlots {
  private readonly bookings = new Map<string, Bookings>();

  reserve({ key, holdKey, intervalMs, windowMs, maxWaitMs }: SlotRequest): Promise<Slot> {
    const now = Date.now();
    const own = this.bookingsOf(key, now);
    const perWindow = Math.floor(windowMs / intervalMs);
    const edge = own.starts.length >= perWindow ? own.starts[own.starts.length - perWindow] : null;
    const startsAt = Math.max(
      now,
      own.next,
      holdKey === null ? 0 : this.bookingsOf(holdKey, now).next,
      edge === null ? 0 : edge.at + windowMs,
    );
    const slot = { key, id: randomBytes(8).toString('hex'), waitMs: startsAt - now, startsAt };
    if (slot.waitMs > maxWaitMs) return Promise.resolve({ ...slot, granted: false });
    own.next = startsAt + intervalMs;
    own.starts = [...own.starts, { id: slot.id, at: startsAt }].slice(-perWindow);
    this.keep(key, own, now, startsAt + windowMs);
    return Promise.resolve({ ...slot, granted: true });
  }

  started(slot: Slot, windowMs: number): Promise<number> {
    const now = Date.now();
    const own = this.bookingsOf(slot.key, now);
    const start = own.starts.find(({ id }) => id === slot.id);
    if (!start) return Promise.resolve(slot.startsAt);
    start.at = Math.max(start.at, now);
    this.keep(slot.key, own, now, start.at + windowMs);
    return Promise.resolve(start.at);
  }

  holdOff(key: string, ms: number): Promise<void> {
    const now = Date.now();
    const own = this.bookingsOf(key, now);
    own.next = Math.max(own.next, now + ms);
    this.keep(key, own, now, own.next);
    return Promise.resolve();
  }

  private bookingsOf(key: string, now: number): Bookings {
    const found = this.bookings.get(key);
    return found && found.expiresAt > now ? found : { next: 0, starts: [], expiresAt: 0 };
  }

  private keep(key: string, bookings: Bookings, now: number, until: number): void {
    for (const [other, { expiresAt }] of this.bookings) {
      if (expiresAt <= now) this.bookings.delete(other);
    }
    this.bookings.set(key, { ...bookings, expiresAt: Math.max(bookings.expiresAt, until) });
  }
}
