import { describeError } from './describe-error.js';
import {
  type BudgetEvent,
  type BudgetEventHandler,
  type BudgetEventName,
  EventHub,
  type HandlerFailure,
} from './events.js';
import type { BudgetSnapshot } from './store.js';
import { thresholdCrossings } from './threshold-crossings.js';

/**
 * The events of one budget and of the chain above it: its own listeners, and delivery to
 * them and its ancestors' (an event travels up the chain, leaf first). Handler failures go
 * to one channel, with no recursion: a `handler-error` event, or a process warning when
 * nobody listens for one (or when a `handler-error` handler fails itself).
 */
export class ChainEvents {
  readonly #hub = new EventHub();
  readonly #budgetId: string;
  readonly #thresholds: readonly number[];
  /** This budget's events and its ancestors', leaf first. */
  readonly #chain: readonly ChainEvents[];

  constructor(budgetId: string, thresholds: readonly number[], parent: ChainEvents | undefined) {
    this.#budgetId = budgetId;
    this.#thresholds = thresholds;
    this.#chain = parent === undefined ? [this] : [this, ...parent.#chain];
  }

  /** Listens on this budget; returns the unsubscribe function. */
  on<Name extends BudgetEventName>(name: Name, handler: BudgetEventHandler<Name>): () => void {
    return this.#hub.on(name, handler);
  }

  /** Delivers `event` to this budget's listeners and its ancestors'. */
  emit(event: BudgetEvent): void {
    for (const events of this.#chain) {
      if (!events.#hub.empty) events.#hub.emit(event, this.#handlerFailed);
    }
  }

  /** True when someone on this budget or above listens for anything. */
  hasListeners(): boolean {
    return this.#chain.some((events) => !events.#hub.empty);
  }

  /** True when someone on this budget or above listens for `name`. */
  listens(name: BudgetEventName): boolean {
    return this.#chain.some((events) => events.#hub.listens(name));
  }

  /**
   * Emits the threshold and exceeded events a settlement caused on each budget of the chain,
   * from the store's snapshots before and after it (leaf first, as the chain). An
   * administrative change of this budget passes its one snapshot on each side.
   */
  reportCrossings(before: readonly BudgetSnapshot[], after: readonly BudgetSnapshot[]): void {
    for (let index = 0; index < this.#chain.length; index += 1) {
      const events = this.#chain[index] as ChainEvents;
      const previous = before[index];
      const current = after[index];
      if (previous === undefined || current === undefined || !events.hasListeners()) continue;
      const crossings = thresholdCrossings(events.#budgetId, events.#thresholds, previous, current);
      for (const event of crossings) events.emit(event);
    }
  }

  readonly #handlerFailed: HandlerFailure = (error, event) => {
    if (event.type !== 'handler-error' && this.listens('handler-error')) {
      this.emit({ type: 'handler-error', budgetId: this.#budgetId, eventType: event.type, error });
      return;
    }
    process.emitWarning(`A Tollgate "${event.type}" handler threw: ${describeError(error)}`, {
      code: 'TOLLGATE_HANDLER_ERROR',
    });
  };
}
