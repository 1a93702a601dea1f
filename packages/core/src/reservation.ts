import { canonicalUsd } from './money.js';
import { markSerialisable } from './serialisable.js';
import { checkSettlementDetails } from './settlement-details.js';
import type { LedgerEntry, Metadata, SettlementDetails, StoreAnswer } from './store.js';
import { isThenable } from './thenable.js';

/** What a settle without details records: shared, frozen, and never walked. */
const noDetails: SettlementDetails = Object.freeze({});
markSerialisable(noDetails);

/** Where a reservation stands. */
export type ReservationState = 'held' | 'settled' | 'released';

/** What a budget does for a reservation; kept apart so `Reservation` stays a small object. */
export interface ReservationOwner {
  /** Answers at once when the store does; a synchronous throw leaves the reservation held. */
  settleReservation(
    reservation: Reservation,
    actualUsd: string,
    details: SettlementDetails,
  ): StoreAnswer<LedgerEntry>;
  releaseReservation(reservation: Reservation): StoreAnswer<boolean>;
  /**
   * Reports an ending whose failure nobody awaits (an adapter's settle or release) as lost,
   * unless the owner reported it when it failed. True when a `settlement-lost` listener heard it.
   */
  endingLost(
    reservation: Reservation,
    kind: 'settle' | 'release',
    actualUsd: string,
    error: unknown,
  ): boolean;
}

/**
 * Reports a settle or release of `reservation` that failed and that no caller will see: a
 * `settlement-lost` event and an entry of the next `budget.flush()`'s `SettlementLostError`.
 * Resolves true when a listener heard of it (false: only a process warning can tell).
 * For the adapter kit; not part of the public `Reservation`.
 */
export let reportLostEnding: (
  reservation: Reservation,
  kind: 'settle' | 'release',
  actualUsd: string,
  error: unknown,
) => boolean;

/**
 * Money held on a budget chain for one call. It ends exactly once: `settle` charges the
 * actual cost, `release` gives the hold back, and whichever comes first wins; later calls
 * change nothing. If neither comes before `expiresAt`, the store releases it.
 */
export class Reservation {
  /** Unique id, also the ledger entry's key. */
  readonly id: string;
  /** The budget the reservation was made on (the leaf of the chain). */
  readonly budgetId: string;
  /** Every budget holding the amount, leaf first. */
  readonly chain: readonly string[];
  /** The amount held, a decimal string of USD. */
  readonly amountUsd: string;
  /** When the store releases it if it has not ended (ms since epoch). */
  readonly expiresAt: number;
  /** The call's metadata, as passed to `reserve`. */
  readonly metadata: Metadata | undefined;
  /** False when the store was unreachable and `onStoreError: 'allow'` let the call through unheld. */
  readonly backed: boolean;
  readonly #owner: ReservationOwner;
  #state: ReservationState = 'held';
  #ending: Promise<unknown> | undefined;
  #settling: Promise<LedgerEntry> | undefined;

  constructor(
    init: {
      id: string;
      budgetId: string;
      chain: readonly string[];
      amountUsd: string;
      expiresAt: number;
      metadata: Metadata | undefined;
      backed: boolean;
    },
    owner: ReservationOwner,
  ) {
    this.id = init.id;
    this.budgetId = init.budgetId;
    this.chain = init.chain;
    this.amountUsd = init.amountUsd;
    this.expiresAt = init.expiresAt;
    this.metadata = init.metadata;
    this.backed = init.backed;
    this.#owner = owner;
  }

  /** Where the reservation is: held, settled, released or expired. */
  get state(): ReservationState {
    return this.#state;
  }

  /**
   * Charges the actual cost to every budget of the chain, in full even when it is more
   * than was held (the overrun shows in the entry and marks the budget exceeded).
   * Resolves with the ledger entry; a second call resolves with the same entry, and a
   * call after `release` resolves `undefined` and charges nothing. An invalid amount
   * rejects with `InvalidAmountError`, details that cannot be stored (a BigInt, a function,
   * a cycle, a non-finite number) with `InvalidOptionsError`, and a store error retrying
   * cannot fix with that error: each leaves the reservation held, so a corrected settle
   * can still land. A closed store (`STORE_INVALID`) never will take it: that settlement is
   * also reported lost (`settlement-lost`, and `budget.flush()` lists it). A store that cannot be reached does not reject: the settlement is
   * kept and retried (see `budget.flush()`).
   */
  settle(
    actualUsd: string | number,
    details?: SettlementDetails,
  ): Promise<LedgerEntry | undefined> {
    if (this.#settling !== undefined) return this.#settling;
    if (this.#ending !== undefined) return Promise.resolve(undefined);
    let actual: string;
    try {
      // Charges round up to 12 places, like holds: exact for every provider price.
      actual = canonicalUsd(actualUsd, 'actualUsd', 'up');
      if (details !== undefined) checkSettlementDetails(details);
    } catch (error) {
      // Bad input leaves the reservation held, so a corrected settle can still land.
      return Promise.reject(error);
    }
    this.#state = 'settled';
    const settling = this.#end(() =>
      this.#owner.settleReservation(this, actual, details ?? noDetails),
    );
    // Not when the store refused at once: the reservation is held again.
    if (this.#ending === settling) this.#settling = settling;
    return settling;
  }

  /**
   * Gives the hold back. Resolves `true` if this call released it, `false` if it had
   * already ended (or the store cannot be reached: the release is then retried). A store
   * error retrying cannot fix rejects and leaves the reservation held.
   */
  release(): Promise<boolean> {
    if (this.#ending !== undefined) return Promise.resolve(false);
    this.#state = 'released';
    return this.#end(() => this.#owner.releaseReservation(this));
  }

  /** Runs an ending, taking its answer as it comes: at once from a store in memory. */
  #end<T>(run: () => StoreAnswer<T>): Promise<T> {
    let ending: Promise<T>;
    try {
      const answer = run();
      ending = isThenable(answer)
        ? answer.then(undefined, (error: unknown) => this.#reopen(error))
        : Promise.resolve(answer);
    } catch (error) {
      ending = Promise.reject(error);
      this.#reopenNow();
      return ending;
    }
    this.#ending = ending;
    return ending;
  }

  /**
   * The store refused the ending for a reason retrying cannot fix (an unreachable store
   * never rejects here: the budget keeps and retries the command), so the hold is still
   * there and a corrected ending can land.
   */
  #reopen(error: unknown): never {
    this.#reopenNow();
    throw error;
  }

  #reopenNow(): void {
    this.#state = 'held';
    this.#ending = undefined;
    this.#settling = undefined;
  }

  static {
    reportLostEnding = (reservation, kind, actualUsd, error) =>
      reservation.#owner.endingLost(reservation, kind, actualUsd, error);
  }
}
