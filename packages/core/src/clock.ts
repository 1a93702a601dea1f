import { describeValue, InvalidOptionsError } from './errors.js';

/** Where budgets read the time. Inject one in tests to drive expiry and windows. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Reads `clock`, throwing `InvalidOptionsError` when it answers anything but a finite number. */
export function readClock(clock: Clock): number {
  const now = clock.now();
  if (typeof now === 'number' && Number.isFinite(now)) return now;
  const message = `expected clock.now() to return milliseconds since the epoch as a finite number, received ${describeValue(now)}`;
  throw new InvalidOptionsError(`Invalid clock: ${message}`, [{ path: 'clock', message }]);
}
