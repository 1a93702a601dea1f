import type { ChainLinks } from './chain-links.js';
import { type Clock, readClock } from './clock.js';
import { codeOf } from './errors.js';
import type { BudgetEvent } from './events.js';
import type { PendingCommand, PendingSettlements } from './pending-settlements.js';
import type { Reservation, ReservationOwner } from './reservation.js';
import type {
  BudgetSnapshot,
  BudgetStore,
  LedgerEntry,
  SettleCommand,
  SettlementDetails,
  SettleOutcome,
  StoreAnswer,
} from './store.js';
import { callStore, localEntry, mergeMetadata, toStoreError } from './store-commands.js';
import { isThenable } from './thenable.js';
import type { WaitLine } from './wait-line.js';

/** What the endings of one budget's reservations need from their budget. */
export interface EndingContext {
  readonly budgetId: string;
  readonly store: BudgetStore;
  readonly clock: Clock;
  readonly links: ChainLinks;
  /** Woken when money is freed. */
  readonly line: WaitLine;
  readonly pending: PendingSettlements;
  readonly retryTimeoutMs: number;
  emit(event: BudgetEvent): void;
  hasListeners(): boolean;
  /** True when someone on the budget or above listens for `settlement-lost` events. */
  listensForLoss(): boolean;
  /** True when someone listens for threshold or exceeded events, which need the store's snapshots. */
  wantsSnapshots(): boolean;
  reportCrossings(before: readonly BudgetSnapshot[], after: readonly BudgetSnapshot[]): void;
}

/**
 * How the reservations made on one budget end: settle and release against the store,
 * with the events they cause. A command the store cannot take now (`STORE_UNAVAILABLE`)
 * is kept and retried in the background (see `PendingSettlements`); any other store error
 * rejects, and the reservation stays held. A store that can never take it (`STORE_INVALID`:
 * closed, unwritable) also reports it lost, as a retry given up is: a `settlement-lost`
 * event and the next `flush()`'s `SettlementLostError`, since the caller who sees the
 * rejection may be an adapter that can only warn.
 */
export class ReservationEndings implements ReservationOwner {
  readonly #context: EndingContext;

  constructor(context: EndingContext) {
    this.#context = context;
  }

  settleReservation(
    reservation: Reservation,
    actualUsd: string,
    details: SettlementDetails,
  ): StoreAnswer<LedgerEntry> {
    const context = this.#context;
    const now = readClock(context.clock);
    const command: SettleCommand = {
      reservationId: reservation.id,
      chain: context.links.at(now),
      reservedUsd: reservation.backed ? reservation.amountUsd : '0',
      actualUsd,
      now,
      details: mergeMetadata(details, reservation.metadata),
      snapshots: context.wantsSnapshots(),
    };
    let answer: StoreAnswer<SettleOutcome>;
    try {
      answer = context.store.settle(command);
    } catch (error) {
      return this.#settleFailed(error, command);
    }
    if (!isThenable(answer)) return this.#settled(answer);
    const ending = answer.then(
      (outcome) => this.#settled(outcome),
      (error: unknown) => this.#settleFailed(error, command),
    );
    // In flight until the store answers: `flush()` waits for it (only async stores get here).
    context.pending.track(ending);
    return ending;
  }

  /** A settlement the store did not take: kept and retried if it could not be reached. */
  #settleFailed(error: unknown, command: SettleCommand): LedgerEntry {
    const storeError = toStoreError(error, this.#context.store);
    const { reservationId, actualUsd } = command;
    const pending = { kind: 'settle', reservationId, actualUsd } as const;
    if (!isTransient(storeError)) throw this.#failedForGood(pending, storeError);
    this.#retryLater(pending, () => this.#applySettlement(command), storeError);
    return localEntry(command);
  }

  /**
   * A release that cannot reach the store is retried in the background like a settlement
   * (a `settlement-pending` event with `actualUsd: '0'` says so); until it lands the hold
   * stays, and its time-to-live bounds it.
   */
  releaseReservation(reservation: Reservation): StoreAnswer<boolean> {
    if (!reservation.backed) return true;
    let answer: StoreAnswer<boolean>;
    try {
      answer = this.#sendRelease(reservation.id, reservation.expiresAt);
    } catch (error) {
      return this.#releaseFailed(error, reservation);
    }
    if (!isThenable(answer)) return this.#released(reservation.id, reservation.amountUsd, answer);
    const ending = answer.then(
      (released) => this.#released(reservation.id, reservation.amountUsd, released),
      (error: unknown) => this.#releaseFailed(error, reservation),
    );
    this.#context.pending.track(ending);
    return ending;
  }

  #releaseFailed(error: unknown, reservation: Reservation): boolean {
    const storeError = toStoreError(error, this.#context.store);
    const { id, amountUsd, expiresAt } = reservation;
    const pending = { kind: 'release', reservationId: id, actualUsd: '0' } as const;
    if (!isTransient(storeError)) throw this.#failedForGood(pending, storeError);
    this.#retryLater(pending, () => this.#release(id, amountUsd, expiresAt), storeError, expiresAt);
    return false;
  }

  /**
   * Releases, in the background, a reservation id whose reserve failed ambiguously (the
   * store may have applied it before its answer was lost), until the store answers.
   */
  releaseLater(reservationId: string, expiresAt: number): void {
    this.#retryLater(
      { kind: 'release', reservationId, actualUsd: '0' },
      () => this.#release(reservationId, undefined, expiresAt),
      undefined,
      expiresAt,
    );
  }

  /** Releases one reservation id; reports `released` for a call's own hold (`amountUsd`). */
  async #release(
    reservationId: string,
    amountUsd: string | undefined,
    expiresAt: number,
  ): Promise<boolean> {
    const context = this.#context;
    const released = await callStore(context.store, () =>
      this.#sendRelease(reservationId, expiresAt),
    );
    return this.#released(reservationId, amountUsd, released);
  }

  #sendRelease(reservationId: string, expiresAt: number): StoreAnswer<boolean> {
    const context = this.#context;
    const now = readClock(context.clock);
    return context.store.release({ reservationId, chain: context.links.at(now), now, expiresAt });
  }

  #released(reservationId: string, amountUsd: string | undefined, released: boolean): boolean {
    const context = this.#context;
    context.line.wake();
    if (released && amountUsd !== undefined) {
      context.emit({ type: 'released', budgetId: context.budgetId, reservationId, amountUsd });
    }
    return released;
  }

  async #applySettlement(command: SettleCommand): Promise<LedgerEntry> {
    const context = this.#context;
    return this.#settled(await callStore(context.store, () => context.store.settle(command)));
  }

  #settled(outcome: SettleOutcome): LedgerEntry {
    const context = this.#context;
    context.line.wake();
    // Not applied means the store had already settled it: a retry after an attempt whose
    // answer was lost. The call is settled all the same, so its listeners hear of it.
    if (!context.hasListeners()) return outcome.entry;
    context.emit({ type: 'settled', budgetId: context.budgetId, entry: outcome.entry });
    if (outcome.applied) context.reportCrossings(outcome.before, outcome.after);
    return outcome.entry;
  }

  endingLost(
    reservation: Reservation,
    kind: 'settle' | 'release',
    actualUsd: string,
    error: unknown,
  ): boolean {
    // A final store error was reported when the ending failed (`#failedForGood`).
    if (!isFinal(error))
      this.#reportLost({ kind, reservationId: reservation.id, actualUsd }, error);
    return this.#context.listensForLoss();
  }

  /**
   * A settle or release the store refused for a reason retrying cannot fix: the error to
   * reject with, reported lost first when no later attempt can land either (a closed store).
   * Any other refusal (bad details) leaves it to the caller to correct and try again.
   */
  #failedForGood(command: Omit<PendingCommand, 'budgetId'>, error: unknown): unknown {
    if (isFinal(error)) this.#reportLost(command, error);
    return error;
  }

  #reportLost(command: Omit<PendingCommand, 'budgetId'>, error: unknown): void {
    const context = this.#context;
    const lost = { ...command, budgetId: context.budgetId, attempts: 1, error };
    // The same command refused again (a settle retried by hand on a closed store) was
    // reported already: one entry in `flush()`, one event.
    if (context.pending.lose(lost)) context.emit({ type: 'settlement-lost', ...lost });
  }

  /**
   * Keeps a store command in memory and retries it until it lands or its deadline passes.
   * A release stops quietly once its hold's `expiresAt` has passed: the store has let the
   * hold go by then.
   */
  #retryLater(
    command: Omit<PendingCommand, 'budgetId'>,
    run: () => Promise<unknown>,
    firstError: unknown,
    mootAt?: number,
  ): void {
    const context = this.#context;
    const pending = { ...command, budgetId: context.budgetId };
    const report = (attempt: number, error: unknown) =>
      context.emit({ type: 'settlement-pending', ...pending, attempt, error });
    if (firstError !== undefined) report(1, firstError);
    context.pending.retry({
      command: pending,
      run,
      // A clock that stops answering numbers ends the retries instead of breaking them.
      now: () => safeNow(context.clock),
      deadline: safeNow(context.clock) + context.retryTimeoutMs,
      attempts: firstError === undefined ? 0 : 1,
      ...(mootAt === undefined ? {} : { mootAt }),
      onRetry: report,
      onLost: ({ attempts, error }) =>
        context.emit({ type: 'settlement-lost', ...pending, attempts, error }),
    });
  }
}

/** Only an unreachable store is worth retrying: anything else would fail the same way again. */
export function isTransient(error: unknown): boolean {
  return codeOf(error) === 'STORE_UNAVAILABLE';
}

/** A store that will never take a command on this handle: closed, or unusable as configured. */
function isFinal(error: unknown): boolean {
  return codeOf(error) === 'STORE_INVALID';
}

function safeNow(clock: Clock): number {
  try {
    return readClock(clock);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
