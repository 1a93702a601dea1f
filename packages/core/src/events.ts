import type { BudgetRefusal } from './errors.js';
import type { LedgerEntry, Metadata } from './store.js';

/** A reservation was admitted. */
export interface ReservedEvent {
  /** Always `'reserved'`. */
  type: 'reserved';
  /** The budget the call was made on (the leaf). */
  budgetId: string;
  /** The reservation's id, the key of its later `settled` or `released` event. */
  reservationId: string;
  /** The amount held, in USD. */
  amountUsd: string;
  /** Every budget the hold was taken on, leaf first. */
  chain: readonly string[];
  /** undefined; | The call's metadata, as passed to `reserve`. */
  metadata: Metadata | undefined;
}

/** A call was charged. The entry carries the hold, the actual cost and any overrun. */
export interface SettledEvent {
  /** Always `'settled'`. */
  type: 'settled';
  /** The budget the call was made on (the leaf). */
  budgetId: string;
  /** The ledger entry written for the call. */
  entry: LedgerEntry;
}

/** A reservation was given back without spending (a failed call, or the caller let go). */
export interface ReleasedEvent {
  /** Always `'released'`. */
  type: 'released';
  /** The budget the call was made on (the leaf). */
  budgetId: string;
  /** The reservation given back. */
  reservationId: string;
  /** The amount that was held and is free again, in USD. */
  amountUsd: string;
}

/**
 * A call was refused, or (with `enforced: false`, shadow mode) would have been. `budgetId`
 * is the leaf the call was made on; `refusal.budgetId` is the budget that said no.
 */
export interface RefusedEvent {
  /** Always `'refused'`. */
  type: 'refused';
  /** The budget the call was made on (the leaf). */
  budgetId: string;
  /**
   * False in shadow mode: the call went ahead although a budget would have refused it. A
   * closed budget refuses in shadow mode too, so its refusal is always enforced.
   */
  enforced: boolean;
  /** Which budget said no, and its figures. */
  refusal: BudgetRefusal;
  /** undefined; | The call's metadata, as passed to `reserve`. */
  metadata: Metadata | undefined;
  /**
   * Why the call was refused, as the code of the error it threw: `BUDGET_EXCEEDED` (the
   * refusing budget's limit), or `BUDGET_CLOSED` when `refusal.budgetId` is closed (the
   * budget the call was made on or an ancestor; `refusal` gives its figures). Core always
   * sets it; optional only so events built elsewhere stay valid. @default 'BUDGET_EXCEEDED'
   */
  code?: RefusalCode;
}

/** The error code of a refusal: over a limit, or a closed budget. */
export type RefusalCode = 'BUDGET_EXCEEDED' | 'BUDGET_CLOSED';

/**
 * Spend crossed one of the budget's configured fractions of its limit: by a settlement, an
 * administrative change, or a definition (`createBudget`, a config applied) that lowered the
 * stored limit, reported by the process that made it.
 */
export interface ThresholdEvent {
  /** Always `'threshold'`. */
  type: 'threshold';
  /** The budget whose spend crossed the fraction. */
  budgetId: string;
  /** The fraction crossed, e.g. 0.8. */
  threshold: number;
  /** Settled spend after the settlement, change or definition that crossed it, in USD. */
  spentUsd: string;
  /** The budget's limit, in USD. */
  limitUsd: string;
  /** Start of the window the spend belongs to (ms since epoch), `null` without a window. */
  windowStart?: number | null;
}

/**
 * Spend reached or passed the limit, by a settlement, or by a `setLimit` or a definition that
 * lowered the limit under it: later reservations on this budget are refused.
 */
export interface ExceededEvent {
  /** Always `'exceeded'`. */
  type: 'exceeded';
  /** The budget that reached its limit. */
  budgetId: string;
  /** Settled spend, in USD. */
  spentUsd: string;
  /** The budget's limit, in USD. */
  limitUsd: string;
  /** How far spend went past the limit ("0" when it landed exactly on it). */
  overrunUsd: string;
  /** Start of the window the spend belongs to (ms since epoch), `null` without a window. */
  windowStart?: number | null;
}

/** A call set no output maximum, so the hold assumed the model's whole output limit. */
export interface UnboundedOutputEvent {
  /** Always `'unbounded-output'`. */
  type: 'unbounded-output';
  /** The budget the call was made on. */
  budgetId: string;
  /** The model of the call. */
  model: string;
  /** The output tokens assumed for the hold. */
  assumedOutputTokens: number;
  /** A sentence for logs: what was assumed and how to bound it. */
  message: string;
}

/**
 * A provider reported its own cost for a call (OpenRouter's `usage.cost`, what the account
 * is billed) and it differs from the price table's cost by more than the adapter's
 * `priceDriftShare`. The call is settled at the reported cost; the event says the table
 * (or the overrides file) is out of date for this model.
 */
export interface PriceDriftEvent {
  /** Always `'price-drift'`. */
  type: 'price-drift';
  /** The budget the call was made on. */
  budgetId: string;
  /** The model as the table names it. */
  model: string;
  /** The price table's provider id, e.g. `'openrouter'`. */
  provider: string;
  /** What the table prices the call's usage at. */
  tableUsd: string;
  /** What the provider reported (and the call was charged). */
  reportedUsd: string;
  /**
   * Only under OpenRouter BYOK: what the upstream provider billed the user's own key, the
   * part of `reportedUsd` beside OpenRouter's fee. The table prices the upstream model, so
   * `share` compares the table's cost with this part instead of `reportedUsd`.
   */
  upstreamUsd?: string;
  /**
   * The difference as a share of the table's cost (`|reported - table| / table`, or
   * `|upstream - table| / table` under BYOK; e.g. 0.12 for 12%): a ratio, not money.
   * `Infinity` when the table prices the call at zero.
   */
  share: number;
}

/**
 * A settlement (or, with `actualUsd: '0'`, a release) could not reach the store; it is kept
 * in memory and retried until it lands or is given up (see `SettlementLostEvent`).
 */
export interface SettlementPendingEvent {
  /** Always `'settlement-pending'`. */
  type: 'settlement-pending';
  /** The budget the call was made on. */
  budgetId: string;
  /** The reservation whose settlement is pending. */
  reservationId: string;
  /** The cost to settle, in USD (`'0'` for a release). */
  actualUsd: string;
  /** How many times the store has been tried so far. */
  attempt: number;
  /** Why the last attempt failed. */
  error: unknown;
}

/**
 * A settlement or release was given up: it could not reach the store before the budget's
 * `retryTimeoutMs` passed, or the store refused it for a reason retrying cannot fix (a
 * closed store, also for a call still in flight when it closed). A lost settlement was not
 * confirmed: an attempt that timed out may still be applied by the store, so look for
 * `reservationId` in `budget.ledger()` before charging it by hand. A lost release's hold
 * stays until its TTL. `budget.flush()` also rejects with `SettlementLostError` listing it.
 */
export interface SettlementLostEvent {
  /** Always `'settlement-lost'`. */
  type: 'settlement-lost';
  /** The budget the call was made on. */
  budgetId: string;
  /** The reservation whose settlement or release was given up. */
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
  /** Always `'handler-error'`. */
  type: 'handler-error';
  /** The budget that emitted the event whose handler failed (a listener may sit on an ancestor). */
  budgetId: string;
  /** The type of the event whose handler failed. */
  eventType: Exclude<BudgetEventName, 'handler-error'>;
  /** What the handler threw or rejected with. */
  error: unknown;
}

/**
 * The store could not be reached for a reservation. With `allowed: false` the call was
 * refused (`StoreUnavailableError`); with `allowed: true` (`onStoreError: 'allow'`) it went
 * ahead unheld.
 */
export interface StoreUnavailableEvent {
  /** Always `'store-unavailable'`. */
  type: 'store-unavailable';
  /** The budget the call was made on. */
  budgetId: string;
  /** True when `onStoreError: 'allow'` let the call go ahead unheld; false when it was refused. */
  allowed: boolean;
  /** Why the store could not be reached. */
  error: unknown;
}

/** Every event a budget emits, by name. */
export interface BudgetEventMap {
  /** A reservation was admitted. */
  reserved: ReservedEvent;
  /** A call was charged. */
  settled: SettledEvent;
  /** A reservation was given back. */
  released: ReleasedEvent;
  /** A call was refused (or would have been, in shadow mode). */
  refused: RefusedEvent;
  /** Spend crossed a configured fraction of the limit. */
  threshold: ThresholdEvent;
  /** Spend reached the limit. */
  exceeded: ExceededEvent;
  /** A call set no output maximum. */
  'unbounded-output': UnboundedOutputEvent;
  /** The provider reported a cost that differs from the table's price. */
  'price-drift': PriceDriftEvent;
  /** A settlement is waiting for the store. */
  'settlement-pending': SettlementPendingEvent;
  /** A settlement or release was given up. */
  'settlement-lost': SettlementLostEvent;
  /** An event handler threw or rejected. */
  'handler-error': HandlerErrorEvent;
  /** The store could not be reached for a reservation. */
  'store-unavailable': StoreUnavailableEvent;
}

/** The name of a budget event. */
export type BudgetEventName = keyof BudgetEventMap;
/** Any budget event. */
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

  /** True when no listener is registered (emitting can be skipped). */
  get empty(): boolean {
    return this.#count === 0;
  }

  /** True when a handler listens for `name`. */
  listens(name: BudgetEventName): boolean {
    const set = this.#handlers.get(name);
    return set !== undefined && set.size > 0;
  }

  /** Adds a listener of `name`; returns the function that removes it. */
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

  /** Calls every listener of the event's type; a listener's error goes to `onFailure`. */
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
