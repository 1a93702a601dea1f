/**
 * The window helpers `@tollgate/core` gives its users, each checking what it is given: a value
 * that is not a window (or a time) gets `InvalidOptionsError` saying what was expected and
 * what arrived, never a raw `TypeError` or a made-up window (`toWindowSpec('abc')` was
 * `{ unit: 'abc' }`). Budgets and stores call the unchecked helpers of `window.ts`.
 */
import { describeValue, InvalidOptionsError } from './errors.js';
import type { WindowSpec } from './store.js';
import {
  windowBounds as boundsOf,
  describeWindow as describeSpec,
  sameWindow as sameSpec,
  toWindowSpec as specOf,
  type WindowBounds,
  type WindowOption,
} from './window.js';

/** The longest `{ seconds }` window, as `createBudget` allows it: ten years. */
const MAX_SECONDS = 10 * 365 * 86_400;
const SECONDS = `{ seconds } with a whole number of seconds from 1 to ${MAX_SECONDS}`;

function refuse(call: string, path: string, expected: string, value: unknown): never {
  const message = `expected ${expected}, received ${describeValue(value)}`;
  throw new InvalidOptionsError(`${call} ${path}: ${message}`, [{ path, message }]);
}

function isUnit(value: unknown): value is 'day' | 'week' | 'month' {
  return value === 'day' || value === 'week' || value === 'month';
}

function isSeconds(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const seconds = (value as { seconds?: unknown }).seconds;
  return (
    Number.isInteger(seconds) && (seconds as number) >= 1 && (seconds as number) <= MAX_SECONDS
  );
}

/** `value` as a stored window, `null` allowed when `nullable`, or `InvalidOptionsError`. */
function specFrom(
  value: unknown,
  call: string,
  path: string,
  nullable: boolean,
): WindowSpec | null {
  if (value === null && nullable) return null;
  if (isSeconds(value)) return value as WindowSpec;
  if (typeof value === 'object' && value !== null && isUnit((value as { unit?: unknown }).unit))
    return value as WindowSpec;
  const expected = `{ unit: 'day' | 'week' | 'month' }, ${SECONDS}${nullable ? ' or null' : ''}`;
  return refuse(call, path, expected, value);
}

/** The stored form of a window option (`'day'`, `'week'`, `'month'` or `{ seconds }`). */
export function toWindowSpec(option: WindowOption): WindowSpec {
  if (!isUnit(option) && !isSeconds(option))
    refuse('toWindowSpec()', 'option', `'day', 'week', 'month' or ${SECONDS}`, option);
  return specOf(option);
}

/**
 * The window that contains `now` (ms since epoch). Named windows follow UTC calendar
 * boundaries (weeks start on Monday); `{ seconds }` windows are aligned to the epoch.
 */
export function windowBounds(spec: WindowSpec, now: number): WindowBounds {
  const checked = specFrom(spec, 'windowBounds()', 'spec', false) as WindowSpec;
  if (typeof now !== 'number' || !Number.isFinite(now))
    refuse('windowBounds()', 'now', 'a finite number of ms since the epoch', now);
  return boundsOf(checked, now);
}

/** True when two stored windows (or `null`, no window) mean the same period. */
export function sameWindow(a: WindowSpec | null, b: WindowSpec | null): boolean {
  return sameSpec(specFrom(a, 'sameWindow()', 'a', true), specFrom(b, 'sameWindow()', 'b', true));
}

/** A window for messages: `day`, `3600s`, or `none` for `null`. */
export function describeWindow(spec: WindowSpec | null): string {
  return describeSpec(specFrom(spec, 'describeWindow()', 'spec', true));
}
