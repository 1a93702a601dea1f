import { expectedTime, isTime } from './clock.js';
import type { ValidationIssue } from './errors.js';
import { expectedIssue, invalidInput, metadataIssue } from './plain-data.js';
import type { Metadata } from './store.js';

/** Options of one `budget.reserve` call. */
export interface ReserveOptions {
  /** Recorded with the reservation and its ledger entry: strings, finite numbers, booleans or null. */
  metadata?: Metadata;
  /** This reservation's time-to-live, a positive whole number of ms up to 7 days. @default the budget's `ttlMs` */
  ttlMs?: number;
  /** Overrides the budget's `onLimit` for this call. @default the budget's `onLimit` */
  onLimit?: 'reject' | 'wait';
  /** Overrides the budget's `waitTimeoutMs` for this call. @default the budget's `waitTimeoutMs` */
  waitTimeoutMs?: number;
  /**
   * Wait mode: when the logical call this reserve belongs to started waiting (ms since
   * epoch, on the budget's clock). Its deadline is then that time plus `waitTimeoutMs`, and
   * a refusal's `waitedMs` counts from it. Give every reserve of one call the same value
   * (`budget.clock.now()`, read once) so the call waits once in all, however many holds it
   * tries: the adapters do, when a cheap bound is refused and a tighter one is tried.
   * A time a Date can hold (0 to 8.64e15); anything else is an `InvalidOptionsError`.
   * @default the time of this reserve
   */
  waitingSince?: number;
  /**
   * The call's abort signal. Once it has aborted, a reserve rejects with its reason at once
   * and holds nothing, in either mode; in wait mode its abort also ends the wait at once.
   * @default none
   */
  signal?: AbortSignal;
}

const maxTtlMs = 7 * 86_400_000;
const maxWaitTimeoutMs = 3_600_000;
const noOptions: ReserveOptions = Object.freeze({});

type FieldCheck = (value: unknown, path: string) => ValidationIssue | undefined;

const fields: Record<keyof ReserveOptions, FieldCheck> = {
  metadata: metadataIssue,
  ttlMs: wholeNumber(1, maxTtlMs),
  onLimit: (value, path) =>
    value === 'reject' || value === 'wait'
      ? undefined
      : expectedIssue(path, "'reject' or 'wait'", value),
  waitTimeoutMs: wholeNumber(0, maxWaitTimeoutMs),
  waitingSince: (value, path) =>
    isTime(value) ? undefined : expectedIssue(path, expectedTime, value),
  signal: (value, path) =>
    typeof AbortSignal !== 'undefined' && value instanceof AbortSignal
      ? undefined
      : expectedIssue(path, 'an AbortSignal', value),
};

/**
 * Validates the options of `budget.reserve`, throwing `InvalidOptionsError` that lists
 * every problem (unknown keys included). A field set to `undefined` counts as absent.
 */
export function parseReserveOptions(value: unknown): ReserveOptions {
  if (value === undefined) return noOptions;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('budget.reserve options', [
      expectedIssue('', 'an object of options', value),
    ]);
  }
  const issues: ValidationIssue[] = [];
  // `for...in`, not `Object.entries`: no array of pairs on every reserve.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field: unknown = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    const check = Object.hasOwn(fields, key) ? fields[key as keyof ReserveOptions] : undefined;
    const problem =
      check === undefined
        ? {
            path: key,
            message: `expected only documented options (${Object.keys(fields).join(', ')}), received unknown option ${key}`,
          }
        : check(field, key);
    if (problem !== undefined) issues.push(problem);
  }
  if (issues.length > 0) throw invalidInput('budget.reserve options', issues);
  return value as ReserveOptions;
}

function wholeNumber(min: number, max: number): FieldCheck {
  return (value, path) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : expectedIssue(path, `a whole number of ms from ${min} to ${max}`, value);
}
