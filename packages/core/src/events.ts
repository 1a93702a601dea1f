import type { BudgetRefusal } from './errors.js';
import type { LedgerEntry, Metadata } from './store.js';

/** A reservation was admitted. */
export interface ReservedEvent {
  type: 'reserved';
  /** The budget the call was made on (the leaf). */
  budgetId: string;
  reservationId: string;
  amountUsd: string;
  chain: readonly string[];
  metadata: Metadata | undefined;
}

/** A call was charged. The entry carries the hold, the actual cost and any overrun. */
export interface SettledEvent {
  type: 'settled';
  budgetId: string;
  entry: LedgerEntry;
}

/** A reservation was given back without spending (a failed call, or the caller let go). */
export interface ReleasedEvent {
  type: 'released';
  budgetId: string;
  reservationId: string;
  amountUsd: string;
}

/**
 * A call was refused, or (with `enforced: false`, shadow mode) would have been. `budgetId`
 * is the leaf the call was made on; `refusal.budgetId` is the budget that said no.
 */
export interface RefusedEvent {
  type: 'refused';
  budgetId: string;
  enforced: boolean;
  refusal: BudgetRefusal;
  metadata: Metadata | undefined;
}

/** Spend crossed one of the budget's configured fractions of its limit. */
export interface ThresholdEvent {
  type: 'threshold';
  budgetId: string;
  /** The fraction crossed, e.g. 0.8. */
  threshold: number;
  spentUsd: string;
  limitUsd: string;
  /** Start of the window the spend belongs to (ms since epoch), `null` without a window. */
  windowStart?: number | null;
}

/** Spend reached or passed the limit: later reservations on this budget are refused. */
export interface ExceededEvent {
  type: 'exceeded';
  budgetId: string;
  spentUsd: string;
  limitUsd: string;
  /** How far spend went past the limit ("0" when it landed exactly on it). */
  overrunUsd: string;
  /** Start of the window the spend belongs to (ms since epoch), `null` without a window. */
  windowStart?: number | null;
}

/** A call set no output maximum, so the hold assumed the model's whole output limit. */
export interface UnboundedOutputEvent {
  type: 'unbounded-output';
  budgetId: string;
  model: string;
  /** The output tokens assumed for the hold. */
  assumedOutputTokens: number;
  message: string;
}

/**
 * A settlement (or, with `actualUsd: '0'`, a release) could not reach the store; it is kept
 * in memory and retried until it lands or is given up (see `SettlementLostEvent`).
 */
export interface SettlementPendingEvent {
  type: 'settlement-pending';
  budgetId: string;
  reservationId: string;
  actualUsd: string;
  attempt: number;
  error: unknown;
}

/**
 * A settlement or release was given up: it could not reach the store before the budget's
 * `retryTimeoutMs` passed, or the store refused it for a reason retrying cannot fix. A
 * lost settlement's spend is not recorded; a lost release's hold stays until its TTL.
 * `budget.flush()` also rejects with `SettlementLostError` listing it.
 */
export interface SettlementLostEvent {
  type: 'settlement-lost';
  budgetId: string;
  reservationId: string;
  /** What the settlement charged, `'0'` for a release. */
  actualUsd: string;
  /** Attempts made, the first included. */
  attempts: number;
  /** The last error. */
  error: unknown;
}

/**
 * An event handler threw or returned a promise that rejected. The call that emitted the
 * event is not affected. A failing `handler-error` handler is reported as a process warning
 * (code `TOLLGATE_HANDLER_ERROR`), as is any handler error nobody listens for here.
 */
export interface HandlerErrorEvent {
  type: 'handler-error';
  /** The budget that emitted the event whose handler failed (a listener may sit on an ancestor). */
  budgetId: string;
  /** The type of the event whose handler failed. */
  eventType: Exclude<BudgetEventName, 'handler-error'>;
  error: unknown;
}

/**
 * The store could not be reached for a reservation. With `allowed: false` the call was
 * refused (`StoreUnavailableError`); with `allowed: true` (`onStoreError: 'allow'`) it went
 * ahead unheld.
 */
export interface StoreUnavailableEvent {
  type: 'store-unavailable';
  budgetId: string;
  allowed: boolean;
  error: unknown;
}

/** Every event a budget emits, by name. */
export interface BudgetEventMap {
  reserved: ReservedEvent;
  settled: SettledEvent;
  released: ReleasedEvent;
  refused: RefusedEvent;
  threshold: ThresholdEvent;
  exceeded: ExceededEvent;
  'unbounded-output': UnboundedOutputEvent;
  'settlement-pending': SettlementPendingEvent;
  'settlement-lost': SettlementLostEvent;
  'handler-error': HandlerErrorEvent;
  'store-unavailable': StoreUnavailableEvent;
}

export type BudgetEventName = keyof BudgetEventMap;
export type BudgetEvent = BudgetEventMap[BudgetEventName];
/**
 * A listener. It may be async: a returned promise that rejects is reported like a throw
 * (see `HandlerErrorEvent`); any other return value is ignored.
 */
export type BudgetEventHandler<Name extends BudgetEventName> = (
  event: BudgetEventMap[Name],
) => unknown;

/** Told of a handler that threw or rejected, with the event it was handling. */
export type HandlerFailure = (error: unknown, event: BudgetEvent) => void;

/**
 * Listeners of one budget. A handler that throws, or returns a promise that rejects, never
 * breaks the emitting call: its error goes to the `onFailure` given to `emit`.
 */
export class EventHub {
  readonly #handlers = new Map<BudgetEventName, Set<(event: never) => unknown>>();
  #count = 0;

  get empty(): boolean {
    return this.#count === 0;
  }

  /** True when a handler listens for `name`. */
  listens(name: BudgetEventName): boolean {
    const set = this.#handlers.get(name);
    return set !== undefined && set.size > 0;
  }

  on<Name extends BudgetEventName>(name: Name, handler: BudgetEventHandler<Name>): () => void {
    let set = this.#handlers.get(name);
    if (set === undefined) {
      set = new Set();
      this.#handlers.set(name, set);
    }
    const before = set.size;
    set.add(handler as (event: never) => unknown);
    this.#count += set.size - before;
    return () => {
      if (set.delete(handler as (event: never) => unknown)) this.#count -= 1;
    };
  }

  emit(event: BudgetEvent, onFailure: HandlerFailure): void {
    const set = this.#handlers.get(event.type);
    if (set === undefined) return;
    for (const handler of set) {
      try {
        const result = (handler as (event: BudgetEvent) => unknown)(event);
        // An async handler's rejection would otherwise be an unhandled rejection.
        if (result instanceof Promise) result.catch((error: unknown) => onFailure(error, event));
      } catch (error) {
        onFailure(error, event);
      }
    }
  }
}
