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
}

/** Spend reached or passed the limit: later reservations on this budget are refused. */
export interface ExceededEvent {
  type: 'exceeded';
  budgetId: string;
  spentUsd: string;
  limitUsd: string;
  /** How far spend went past the limit ("0" when it landed exactly on it). */
  overrunUsd: string;
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
 * in memory and retried until it lands.
 */
export interface SettlementPendingEvent {
  type: 'settlement-pending';
  budgetId: string;
  reservationId: string;
  actualUsd: string;
  attempt: number;
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
}

export type BudgetEventName = keyof BudgetEventMap;
export type BudgetEvent = BudgetEventMap[BudgetEventName];
export type BudgetEventHandler<Name extends BudgetEventName> = (
  event: BudgetEventMap[Name],
) => void;

/** Listeners of one budget. Handlers that throw are reported as a process warning and never break a call. */
export class EventHub {
  readonly #handlers = new Map<BudgetEventName, Set<(event: never) => void>>();
  #count = 0;

  get empty(): boolean {
    return this.#count === 0;
  }

  on<Name extends BudgetEventName>(name: Name, handler: BudgetEventHandler<Name>): () => void {
    let set = this.#handlers.get(name);
    if (set === undefined) {
      set = new Set();
      this.#handlers.set(name, set);
    }
    const before = set.size;
    set.add(handler as (event: never) => void);
    this.#count += set.size - before;
    return () => {
      if (set.delete(handler as (event: never) => void)) this.#count -= 1;
    };
  }

  emit(event: BudgetEvent): void {
    const set = this.#handlers.get(event.type);
    if (set === undefined) return;
    for (const handler of set) {
      try {
        (handler as (event: BudgetEvent) => void)(event);
      } catch (error) {
        process.emitWarning(`A Tollgate "${event.type}" handler threw: ${String(error)}`, {
          code: 'TOLLGATE_HANDLER_ERROR',
        });
      }
    }
  }
}
