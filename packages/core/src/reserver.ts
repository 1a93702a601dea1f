import type { ChainEvents } from './chain-events.js';
import type { ChainLinks } from './chain-links.js';
import { type Clock, readClock } from './clock.js';
import {
  BudgetClosedError,
  BudgetExceededError,
  type BudgetRefusal,
  StoreUnavailableError,
} from './errors.js';
import type { BudgetEvent } from './events.js';
import { canonicalUsd } from './money.js';
import { refusalMessage } from './refusal-message.js';
import { Reservation } from './reservation.js';
import { isTransient, type ReservationEndings } from './reservation-endings.js';
import { newReservationId } from './reservation-id.js';
import { parseReserveOptions, type ReserveOptions } from './reserve-options.js';
import type {
  BudgetStore,
  Metadata,
  ReserveCommand,
  ReserveOutcome,
  StoreAnswer,
} from './store.js';
import { toStoreError } from './store-commands.js';
import type { StoredDefinition } from './stored-definition.js';
import { isThenable } from './thenable.js';
import type { WaitLine } from './wait-line.js';

/** The settings of a budget that its reserves read. */
export interface ReserveSettings {
  readonly ttlMs: number;
  readonly onLimit: 'reject' | 'wait';
  readonly waitTimeoutMs: number;
  readonly onStoreError: 'refuse' | 'allow';
}

/** What the reserve path of one budget works with: its store, chain, line, endings and events. */
export interface ReserverContext {
  readonly budgetId: string;
  readonly store: BudgetStore;
  readonly clock: Clock;
  readonly settings: ReserveSettings;
  readonly stored: StoredDefinition;
  readonly links: ChainLinks;
  readonly chainIds: readonly string[];
  readonly line: WaitLine;
  readonly endings: ReservationEndings;
  readonly events: ChainEvents;
  emit(event: BudgetEvent): void;
  /** The link of a budget of this chain (for the window a refusal names). */
  linkOf(budgetId: string): StoredDefinition['link'];
}

/**
 * The reserve path of one budget: the amount and options checked, the chain defined in the
 * store first, a wait in line (wait mode), the store's answer taken as it comes (at once from
 * a store in memory), and what an unreachable store or a refusal turns into.
 */
export class Reserver {
  readonly #context: ReserverContext;

  constructor(context: ReserverContext) {
    this.#context = context;
  }

  /**
   * Holds `amountUsd` on the chain, all or nothing (see `Budget.reserve`). `reportRefusal`
   * false leaves a refusal unreported (the adapter kit's cheap bound, before its tighter plan).
   */
  reserve(
    amountUsd: string | number,
    options: ReserveOptions | undefined,
    reportRefusal: boolean,
  ): Promise<Reservation> {
    // Not an async function: a reserve answered at once costs one promise, not two.
    try {
      return Promise.resolve(this.reserveNow(amountUsd, options, reportRefusal));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * `reserve`, answered at once when the store answers at once and the budget does not wait
   * (see `reserveNow` in budget.ts); a refusal or bad input is then thrown, not rejected.
   */
  reserveNow(
    amountUsd: string | number,
    options: ReserveOptions | undefined,
    reportRefusal: boolean,
  ): Reservation | Promise<Reservation> {
    const amount = canonicalUsd(amountUsd, 'amountUsd', 'up');
    const checked = parseReserveOptions(options);
    // A call already given up on holds nothing: its hold would only wait for its expiry.
    checked.signal?.throwIfAborted();
    const waits = (checked.onLimit ?? this.#context.settings.onLimit) === 'wait';
    if (!this.#context.stored.isReady || waits)
      return this.#reserveLater(amount, checked, waits, reportRefusal);
    // A store in memory answers at once: no promise, no turn of the event loop.
    const answer = this.#tryReserve(amount, checked);
    if (isThenable(answer))
      return Promise.resolve(answer).then((attempt) => this.#held(attempt, checked, reportRefusal));
    return this.#held(answer, checked, reportRefusal);
  }

  /** A reserve that waits: for the store to be ready, or in the budget's line. */
  async #reserveLater(
    amount: string,
    checked: ReserveOptions,
    waits: boolean,
    reportRefusal: boolean,
  ): Promise<Reservation> {
    if (!this.#context.stored.isReady) await this.#readyUnlessAllowed();
    if (waits) {
      const startedAt = checked.waitingSince ?? readClock(this.#context.clock);
      return this.#waitInLine(amount, checked, startedAt, reportRefusal);
    }
    return this.#held(await this.#tryReserve(amount, checked), checked, reportRefusal);
  }

  /** The reservation admitted; a refusal is thrown. */
  #held(
    attempt: Reservation | BudgetRefusal,
    checked: ReserveOptions,
    reportRefusal: boolean,
  ): Reservation {
    if (attempt instanceof Reservation) return attempt;
    throw this.#refuse(attempt, checked, reportRefusal);
  }

  async #waitInLine(
    amount: string,
    options: ReserveOptions,
    startedAt: number,
    reportRefusal: boolean,
  ): Promise<Reservation> {
    const deadline = startedAt + (options.waitTimeoutMs ?? this.#context.settings.waitTimeoutMs);
    const terms = {
      chain: this.#context.chainIds,
      startedAt,
      deadline,
      now: () => readClock(this.#context.clock),
      signal: options.signal,
    };
    const outcome = await this.#context.line.admit(terms, async () =>
      this.#tryReserve(amount, options),
    );
    if (outcome instanceof Reservation) return outcome;
    throw this.#refuse(outcome, options, reportRefusal);
  }

  #tryReserve(amount: string, options: ReserveOptions): StoreAnswer<Reservation | BudgetRefusal> {
    const now = readClock(this.#context.clock);
    const command: ReserveCommand = {
      reservationId: newReservationId(),
      chain: this.#context.links.at(now),
      amountUsd: amount,
      now,
      expiresAt: now + (options.ttlMs ?? this.#context.settings.ttlMs),
    };
    const metadata = options.metadata;
    if (metadata !== undefined) command.metadata = metadata;
    let answer: StoreAnswer<ReserveOutcome>;
    try {
      answer = this.#context.store.reserve(command);
    } catch (error) {
      return this.#reserveFailed(error, command, metadata);
    }
    if (!isThenable(answer)) return this.#admit(answer, command, metadata);
    return answer.then(
      (outcome) => this.#admit(outcome, command, metadata),
      (error: unknown) => this.#reserveFailed(error, command, metadata),
    );
  }

  /**
   * A reserve the store did not answer: throws, or with `onStoreError: 'allow'` lets the
   * call go on unheld.
   */
  #reserveFailed(
    error: unknown,
    command: ReserveCommand,
    metadata: Metadata | undefined,
  ): Reservation {
    const unavailable = toStoreError(error, this.#context.store);
    if (!isTransient(unavailable)) throw unavailable;
    this.#reportStoreDown(unavailable);
    // The store may have applied the reserve before its answer was lost (a timeout):
    // release that id once the store answers, so no phantom hold outlives the outage.
    this.#context.endings.releaseLater(command.reservationId, command.expiresAt);
    if (this.#context.settings.onStoreError !== 'allow') throw unavailable;
    // The call goes on unheld under a new id: the old one is released (a tombstone in the
    // store), and a settle under it would change nothing, leaving the call uncharged.
    const id = newReservationId();
    return this.#newReservation(id, command.amountUsd, command.expiresAt, metadata, false);
  }

  /** The reservation the store admitted, or the refusal it answered. */
  #admit(
    outcome: ReserveOutcome,
    command: ReserveCommand,
    metadata: Metadata | undefined,
  ): Reservation | BudgetRefusal {
    if (!outcome.admitted) {
      if (outcome.closed === true) throw this.#refuseClosed(outcome.refusal, metadata);
      return outcome.refusal;
    }
    for (const refusal of outcome.wouldRefuse) {
      this.#context.emit({
        type: 'refused',
        budgetId: this.#context.budgetId,
        enforced: false,
        refusal,
        metadata,
        code: 'BUDGET_EXCEEDED',
      });
    }
    const { reservationId, amountUsd, expiresAt } = command;
    return this.#newReservation(reservationId, amountUsd, expiresAt, metadata, true);
  }

  #newReservation(
    id: string,
    amountUsd: string,
    expiresAt: number,
    metadata: Metadata | undefined,
    backed: boolean,
  ): Reservation {
    const reservation = new Reservation(
      {
        id,
        budgetId: this.#context.budgetId,
        chain: this.#context.chainIds,
        amountUsd,
        expiresAt,
        metadata,
        backed,
      },
      this.#context.endings,
    );
    // Reserve and settle are the hot path: no event object is built when nobody listens.
    if (this.#context.events.hasListeners()) {
      this.#context.emit({
        type: 'reserved',
        budgetId: this.#context.budgetId,
        reservationId: id,
        amountUsd,
        chain: this.#context.chainIds,
        metadata,
      });
    }
    return reservation;
  }

  /**
   * A closed budget's refusal, reported like any other. Always, even when the caller asked
   * not to (`reportRefusal` false: the adapter kit's cheap bound), since no tighter attempt
   * follows a closed budget to report it. Enforced in shadow mode too: the call is refused.
   */
  #refuseClosed(refusal: BudgetRefusal, metadata: Metadata | undefined): BudgetClosedError {
    const context = this.#context;
    context.emit({
      type: 'refused',
      budgetId: context.budgetId,
      enforced: true,
      refusal,
      metadata,
      code: 'BUDGET_CLOSED',
    });
    return new BudgetClosedError(refusal.budgetId, refusal.requestedUsd);
  }

  #refuse(refusal: BudgetRefusal, options: ReserveOptions, report: boolean): BudgetExceededError {
    const context = this.#context;
    if (report) {
      const metadata = options.metadata;
      context.emit({
        type: 'refused',
        budgetId: context.budgetId,
        enforced: true,
        refusal,
        metadata,
        code: 'BUDGET_EXCEEDED',
      });
    }
    // The store names a budget of this chain; its link gives the window for the message.
    const window = context.linkOf(refusal.budgetId).at(readClock(context.clock));
    return new BudgetExceededError(refusal, refusalMessage(refusal, window));
  }

  /**
   * Defines the chain in the store before its first reserve. With `onStoreError: 'allow'`
   * an unreachable store does not stop the call: the reserve itself falls back to unheld.
   */
  async #readyUnlessAllowed(): Promise<void> {
    try {
      await this.#context.stored.ready();
    } catch (error) {
      if (
        this.#context.settings.onStoreError !== 'allow' ||
        !(error instanceof StoreUnavailableError)
      ) {
        // Allowed, the reserve that follows fails too and reports it once for this call.
        if (error instanceof StoreUnavailableError) this.#reportStoreDown(error);
        throw error;
      }
    }
  }

  #reportStoreDown(error: unknown): void {
    const allowed = this.#context.settings.onStoreError === 'allow';
    this.#context.emit({
      type: 'store-unavailable',
      budgetId: this.#context.budgetId,
      allowed,
      error,
    });
  }
}
