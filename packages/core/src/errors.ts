/**
 * One error family for every Tollgate package. Each error has a stable string `code`;
 * `instanceof` also works across duplicated installs because the check reads a
 * `Symbol.for` marker instead of relying on prototype identity alone.
 */

const marker: unique symbol = Symbol.for('tollgate.error') as never;

/**
 * The mark frameworks read to decide whether to retry an error: LangChain's retry loop
 * (`@langchain/core`'s `stampRetryable`/`getRetryable`) reads it as an own, non-enumerable
 * property and retries, with backoff, any error not marked `false`. A refusal is final:
 * unmarked, one call refused by a budget took LangChain a minute and a half to surface.
 */
const retryableMark = Symbol.for('langchain.errors.retryable');

/** The codes of errors that trying again may fix: the store was out of reach, an alert was not delivered. */
const retryableCodes: ReadonlySet<TollgateErrorCode> = new Set<TollgateErrorCode>([
  'STORE_UNAVAILABLE',
  'ALERT_DELIVERY_FAILED',
]);

/** Every code a Tollgate error can carry. */
export type TollgateErrorCode =
  | 'BUDGET_EXCEEDED'
  | 'BUDGET_CLOSED'
  | 'BUDGET_NOT_FOUND'
  | 'INVALID_OPTIONS'
  | 'INVALID_AMOUNT'
  | 'INVALID_BUDGET_ID'
  | 'BUDGET_CONFLICT'
  | 'STORE_UNAVAILABLE'
  | 'SETTLEMENT_LOST'
  | 'STORE_INVALID'
  | 'UNKNOWN_MODEL'
  | 'INVALID_USAGE'
  | 'INVALID_PRICING'
  | 'UNMETERED_ENDPOINT'
  | 'INVALID_REQUEST'
  | 'ALERT_DELIVERY_FAILED';

/** Options shared by every Tollgate error constructor. */
export interface TollgateErrorOptions {
  /** The underlying error, when this one wraps another. */
  cause?: unknown;
}

function hasMarker(value: unknown): value is TollgateError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[marker] === true;
  } catch {
    // A Proxy whose `get` trap throws (a custom store may reject with one) is not ours.
    return false;
  }
}

/** Base class of every error Tollgate throws on purpose. */
export class TollgateError extends Error {
  /** Stable, machine-readable code. */
  readonly code: TollgateErrorCode;
  /** Brand read by `instanceof`, so an error from a duplicated install is still recognised. */
  declare readonly [marker]: true;

  constructor(code: TollgateErrorCode, message: string, options: TollgateErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.name = new.target.name;
    Object.defineProperty(this, marker, { value: true, enumerable: false });
    Object.defineProperty(this, retryableMark, { value: this.retryable, configurable: true });
  }

  /**
   * True when trying the same thing again may succeed (`STORE_UNAVAILABLE`,
   * `ALERT_DELIVERY_FAILED`); false for a refusal (`BUDGET_EXCEEDED`, `BUDGET_CLOSED`,
   * `UNKNOWN_MODEL`, `UNMETERED_ENDPOINT`) and for misuse, which fail the same way every
   * time. Frameworks that retry failed calls read it (LangChain through its own mark, set
   * on every Tollgate error), so a refusal surfaces at once instead of after their backoff.
   */
  get retryable(): boolean {
    return retryableCodes.has(this.code);
  }

  /** True for any Tollgate error, even one created by another copy of this package. */
  static isInstance(value: unknown): value is TollgateError {
    return hasMarker(value);
  }

  /**
   * `instanceof` for the whole family: the base class accepts every marked error, a
   * subclass accepts marked errors whose code is its own.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!hasMarker(value)) return false;
    const code = (this as unknown as { errorCode?: TollgateErrorCode }).errorCode;
    return code === undefined || value.code === code;
  }
}

/** The code of a Tollgate error (from any installed copy), or `undefined` for anything else. */
export function codeOf(error: unknown): TollgateErrorCode | undefined {
  return hasMarker(error) ? error.code : undefined;
}

/**
 * The Tollgate error behind `error`: the error itself, or the first one along its `cause`
 * chain (from any installed copy). SDK helpers that drive calls for you (`stream()`,
 * `runTools()` in `openai`, `messages.stream()` in `@anthropic-ai/sdk`) re-wrap errors
 * that are not their own in the SDK's base error with the original as `cause`, so there a
 * refusal reads `tollgateErrorOf(error)?.code === 'BUDGET_EXCEEDED'`.
 */
export function tollgateErrorOf(error: unknown): TollgateError | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current !== undefined && !seen.has(current); ) {
    if (hasMarker(current)) return current;
    seen.add(current);
    current =
      typeof current === 'object' && current !== null
        ? (current as { cause?: unknown }).cause
        : undefined;
  }
  return undefined;
}

/**
 * An alert could not be delivered to its webhook after every retry (or was dropped because
 * too many were waiting). Handed to the sink's `onError`; never thrown into a call. The
 * target is redacted to its origin: webhook paths and queries hold secrets.
 */
export class AlertDeliveryError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'ALERT_DELIVERY_FAILED';
  declare readonly code: 'ALERT_DELIVERY_FAILED';
  /** Which alert: `threshold`, `exceeded`, `settlement-pending`, `settlement-lost` or `store-unavailable`. */
  readonly alertKind: string;
  /** The budget the undelivered alert was about. */
  readonly budgetId: string;
  /** Attempts made (0 when it was dropped before any). */
  readonly attempts: number;
  /** The last HTTP status received, if any attempt got an answer. */
  readonly status: number | undefined;
  constructor(
    message: string,
    details: { alertKind: string; budgetId: string; attempts: number; status?: number },
  ) {
    super('ALERT_DELIVERY_FAILED', message);
    this.alertKind = details.alertKind;
    this.budgetId = details.budgetId;
    this.attempts = details.attempts;
    this.status = details.status;
  }
}

/** Details a budget refusal carries. Money is given as decimal strings. */
export interface BudgetRefusal {
  /** The budget that refused: the leaf or one of its ancestors. */
  budgetId: string;
  /** The refusing budget's limit, in USD. */
  limitUsd: string;
  /** The refusing budget's settled spend in its current window, in USD. */
  spentUsd: string;
  /** What calls in flight held on the refusing budget, in USD. */
  reservedUsd: string;
  /** What the call asked to hold. */
  requestedUsd: string;
  /** True when settled spend alone leaves room: the call would fit once calls in flight end. */
  heldOnly: boolean;
  /** How long the call waited before this refusal (wait mode), in milliseconds. */
  waitedMs?: number | undefined;
}

/** Thrown when a call would take a budget past its limit. Nothing is sent. */
export class BudgetExceededError extends TollgateError implements BudgetRefusal {
  /** The code every error of this class carries. */
  static readonly errorCode = 'BUDGET_EXCEEDED';
  declare readonly code: 'BUDGET_EXCEEDED';
  /** The budget that refused: the leaf or one of its ancestors. */
  readonly budgetId: string;
  /** The refusing budget's limit, in USD. */
  readonly limitUsd: string;
  /** The refusing budget's settled spend in its current window, in USD. */
  readonly spentUsd: string;
  /** What calls in flight held on the refusing budget, in USD. */
  readonly reservedUsd: string;
  /** What the call asked to hold, in USD. */
  readonly requestedUsd: string;
  /** True when settled spend alone leaves room: the call would fit once calls in flight end. */
  readonly heldOnly: boolean;
  /** How long the call waited before this refusal (wait mode), in milliseconds. */
  readonly waitedMs: number | undefined;

  constructor(refusal: BudgetRefusal, message: string) {
    super('BUDGET_EXCEEDED', message);
    this.budgetId = refusal.budgetId;
    this.limitUsd = refusal.limitUsd;
    this.spentUsd = refusal.spentUsd;
    this.reservedUsd = refusal.reservedUsd;
    this.requestedUsd = refusal.requestedUsd;
    this.heldOnly = refusal.heldOnly;
    this.waitedMs = refusal.waitedMs;
  }
}

/**
 * Thrown when a call is made on a budget that was closed (`budget.close()`), or under a
 * closed ancestor. Nothing is sent. Calls already in flight when it closed settle normally.
 */
export class BudgetClosedError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'BUDGET_CLOSED';
  declare readonly code: 'BUDGET_CLOSED';
  /** The closed budget: the one the call was made on or one of its ancestors. */
  readonly budgetId: string;
  /** What the call asked to hold. */
  readonly requestedUsd: string;
  constructor(budgetId: string, requestedUsd: string) {
    super(
      'BUDGET_CLOSED',
      `Budget "${budgetId}" is closed: it refuses new calls (asked to hold $${requestedUsd}). Calls in flight when it closed still settle.`,
    );
    this.budgetId = budgetId;
    this.requestedUsd = requestedUsd;
  }
}

/** An administrative command named a budget the store does not hold. */
export class BudgetNotFoundError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'BUDGET_NOT_FOUND';
  declare readonly code: 'BUDGET_NOT_FOUND';
  /** The budget id the command named. */
  readonly budgetId: string;
  constructor(budgetId: string, where: string) {
    super('BUDGET_NOT_FOUND', `No budget "${budgetId}" in ${where}.`);
    this.budgetId = budgetId;
  }
}

/** Options, a budget definition or a pricing request did not match what was expected. */
export class InvalidOptionsError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_OPTIONS';
  declare readonly code: 'INVALID_OPTIONS';
  /** Every problem found, each with the path of the offending field. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[] = []) {
    super('INVALID_OPTIONS', message);
    this.issues = issues;
  }
}

/** A money amount that is not a finite, non-negative decimal. */
export class InvalidAmountError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_AMOUNT';
  declare readonly code: 'INVALID_AMOUNT';
  /** The field the amount was given for. */
  readonly field: string;
  /** What arrived, printed for the message. */
  readonly received: string;
  constructor(field: string, received: string, expected: string) {
    super('INVALID_AMOUNT', `${field}: expected ${expected}, received ${received}`);
    this.field = field;
    this.received = received;
  }
}

/** A budget id that cannot be used as a store key. */
export class InvalidBudgetIdError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_BUDGET_ID';
  declare readonly code: 'INVALID_BUDGET_ID';
  constructor(message: string) {
    super('INVALID_BUDGET_ID', message);
  }
}

/** A budget id already exists in the store with a definition that cannot be reconciled. */
export class BudgetConflictError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'BUDGET_CONFLICT';
  declare readonly code: 'BUDGET_CONFLICT';
  /** The budget whose stored definition conflicts. */
  readonly budgetId: string;
  constructor(budgetId: string, message: string) {
    super('BUDGET_CONFLICT', message);
    this.budgetId = budgetId;
  }
}

/** The budget store could not be reached; the call is refused (fail closed). */
export class StoreUnavailableError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'STORE_UNAVAILABLE';
  declare readonly code: 'STORE_UNAVAILABLE';
  constructor(message: string, options: TollgateErrorOptions = {}) {
    super('STORE_UNAVAILABLE', message, options);
  }
}

/** A settlement or release `budget.flush()` waited for and that was given up. */
export interface LostSettlement {
  /**
   * `'settle'`: the store never confirmed the call's cost. An attempt that timed out may
   * still be applied by the store later (look for `reservationId` in the ledger before
   * charging it by hand); one refused with `STORE_INVALID` was not. `'release'`: the hold
   * may stay until its TTL.
   */
  kind: 'settle' | 'release';
  /** The reservation whose settlement or release was given up. */
  reservationId: string;
  /** The budget the call was made on. */
  budgetId: string;
  /** What the settlement charged, `'0'` for a release. */
  actualUsd: string;
  /** Attempts made, the first included. */
  attempts: number;
  /** The last error. */
  error: unknown;
}

/**
 * `budget.flush()` waited for every pending settlement and release, and some were given
 * up: the store stayed unreachable past `retryTimeoutMs`, or refused them for a reason
 * retrying cannot fix (a closed store). `lost` lists each one with its reservation id. Given
 * up means not confirmed: a settlement whose attempt timed out may still be applied by the
 * store, so look for its reservation id in `budget.ledger()` before charging it by hand.
 */
export class SettlementLostError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'SETTLEMENT_LOST';
  declare readonly code: 'SETTLEMENT_LOST';
  /** The commands given up (the most recent 1000 when there were more). */
  readonly lost: readonly LostSettlement[];
  /** How many were given up in all. */
  readonly total: number;
  constructor(lost: readonly LostSettlement[], total = lost.length) {
    const shown = lost
      .slice(0, 10)
      .map(
        (item) => `${item.kind} of ${item.reservationId} on ${item.budgetId} ($${item.actualUsd})`,
      );
    const more = total > shown.length ? `, and ${total - shown.length} more` : '';
    super(
      'SETTLEMENT_LOST',
      `${total} settlement(s) or release(s) could not reach the budget store and were given up (not confirmed: an attempt that timed out may still be applied, so look for a settlement's reservation id in budget.ledger() before charging it by hand; a lost release's hold stays until its TTL): ${shown.join(', ')}${more}`,
    );
    this.lost = lost;
    this.total = total;
  }
}

/**
 * The store cannot be used as configured, and waiting will not change that: a database
 * file in a missing directory, a file that is not a database (or is corrupt), a file that
 * cannot be written, any store after its `close()`. Unlike `StoreUnavailableError` it is not an outage, so
 * `onStoreError: 'allow'` never lets calls through on it: a wrong path must not turn into
 * unmetered spend.
 */
export class StoreInvalidError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'STORE_INVALID';
  declare readonly code: 'STORE_INVALID';
  constructor(message: string, options: TollgateErrorOptions = {}) {
    super('STORE_INVALID', message, options);
  }
}

/** A paid endpoint Tollgate cannot meter was called while a budget enforces. Nothing is sent. */
export class UnmeteredEndpointError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'UNMETERED_ENDPOINT';
  declare readonly code: 'UNMETERED_ENDPOINT';
  /** The endpoint, e.g. `POST /images/generations`. */
  readonly endpoint: string;
  constructor(endpoint: string, message: string) {
    super('UNMETERED_ENDPOINT', message);
    this.endpoint = endpoint;
  }
}

/** A metered request Tollgate cannot price as sent (no model, for one). Nothing is sent. */
export class InvalidRequestError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_REQUEST';
  declare readonly code: 'INVALID_REQUEST';
  constructor(message: string) {
    super('INVALID_REQUEST', message);
  }
}

/** One problem found while validating input, with where it is. */
export interface ValidationIssue {
  /** Dotted path of the field, `''` for the value itself. */
  path: string;
  /** What is wrong with the field and what was expected. */
  message: string;
}

/** Describes a value for an error message without dumping it whole. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${String(value)} (${typeof value})`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  // Where a time in milliseconds is expected, a Date is the usual slip: say it is one.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `a Date (${value.toISOString()})`;
  }
  return 'an object';
}
