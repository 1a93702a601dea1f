import { describeValue, InvalidOptionsError } from './errors.js';

/** Where budgets read the time. Inject one in tests to drive expiry and windows. */
export interface Clock {
  /** Milliseconds since the epoch, from 0 (1970) to 8.64e15 (the last time a Date can hold). */
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * The latest time a Date can hold, in ms since the epoch. A time past it (or before 1970)
 * is refused where it comes in: every store must be able to hold what core writes, and
 * every status must be able to print it as a date.
 */
export const maxTimeMs = 8.64e15;

/** What a time must be, for the messages that refuse one. */
export const expectedTime = `milliseconds since the epoch as a finite number from 0 (1970) to ${maxTimeMs} (the last time a Date can hold)`;

/** True for a time core writes to a store: finite, fractions allowed, from 0 to `maxTimeMs`. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= maxTimeMs;
}

/** Reads `clock`, throwing `InvalidOptionsError` when it answers anything but a time (see `isTime`). */
export function readClock(clock: Clock): number {
  const now = clock.now();
  if (isTime(now)) return now;
  const message = `expected clock.now() to return ${expectedTime}, received ${describeValue(now)}`;
  throw new InvalidOptionsError(`Invalid clock: ${message}`, [{ path: 'clock', message }]);
}
