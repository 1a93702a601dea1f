import { maxTimeMs } from './clock.js';
import { describeError } from './describe-error.js';

/**
 * A time in ms since the epoch as an ISO 8601 date, for statuses and the CLI's views. A
 * time past a Date's range (which a store written before times were checked, or by hand,
 * may hold) has no date: it is given as the number stored, never a RangeError that would
 * fail a whole `status()` or `tollgate budget list`.
 */
export function isoTime(ms: number): string {
  if (typeof ms === 'number' && ms >= -maxTimeMs && ms <= maxTimeMs) {
    return new Date(ms).toISOString();
  }
  return describeError(ms);
}
