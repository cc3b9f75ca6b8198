/** Milliseconds since the epoch. Injected everywhere so tests can move time without sleeping. */
export type Clock = () => number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function clockFrom(now?: () => Date): Clock {
  return now ? () => now().getTime() : () => Date.now();
}

/** Notion stores created/last-edited times rounded down to the minute. */
export function floorToMinute(ms: number): number {
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** A clock a test moves by hand; pass `clock.now` as the sandbox's `now` option. */
export interface ManualClock {
  readonly now: () => Date;
  advance(ms: number): void;
  set(to: Date | string): void;
}

export function createManualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (to) => {
      current = new Date(to).getTime();
    },
  };
}
