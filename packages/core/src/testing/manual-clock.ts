import type { Clock } from '../clock.js';

/** A clock that moves only when told to: for tests of expiry and windows. */
export interface ManualClock extends Clock {
  /** Moves the time forward by `ms`. */
  advance(ms: number): void;
  /** Sets the time (ms since epoch). */
  set(ms: number): void;
}

/** Creates a manual clock starting at `start` (ms since epoch). @default 2026-01-05T00:00:00Z, a Monday */
export function manualClock(start = Date.UTC(2026, 0, 5)): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}
