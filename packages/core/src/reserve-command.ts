import type { BudgetSnapshot, ChainLink } from './budget-definition.js';
import type { BudgetRefusal } from './errors.js';
import type { LedgerEntry, Metadata, SettlementDetails } from './ledger-entry.js';

/** Reserve `amountUsd` on every link of `chain`, or on none. */
export interface ReserveCommand {
  /** A new, unique reservation id. */
  reservationId: string;
  /** Leaf first, then each ancestor up to the root. */
  chain: readonly ChainLink[];
  /** The amount to hold on every budget of the chain, in USD. */
  amountUsd: string;
  /** The time of the command, in epoch milliseconds. */
  now: number;
  /** When the store must release the reservation if it has not ended (ms since epoch). */
  expiresAt: number;
  /** The call's metadata, kept with the reservation. */
  metadata?: Metadata;
}

/** The answer to a reserve. */
export type ReserveOutcome =
  | {
      /** The hold was taken on every budget of the chain. */
      admitted: true;
      /** Non-enforcing (shadow) budgets that would have refused. */
      wouldRefuse: BudgetRefusal[];
    }
  | {
      /** Nothing was held: a budget of the chain refused. */
      admitted: false;
      /**
       * The first enforcing budget, leaf to root, that refused. Nothing was held. When
       * `ended` is set, no budget refused: this reports the leaf's figures (`heldOnly: false`).
       */
      refusal: BudgetRefusal;
      /**
       * Set when the refusing budget (`refusal.budgetId`) is closed: closed budgets refuse
       * every new reservation, in shadow mode too.
       */
      closed?: true;
      /**
       * Set when nothing was held because the store remembers this reservation id as ended
       * (released before this reserve arrived, or settled): a reserve that reached the store
       * after the release that was meant to undo it. Budgets never reserve an id twice, so
       * they never see this answer to a reserve of their own.
       */
      ended?: true;
    };

/** Turn a reservation into spend. */
export interface SettleCommand {
  /** The reservation to settle. */
  reservationId: string;
  /** The chain the reservation was taken on. */
  chain: readonly ChainLink[];
  /** What the reservation held, so a store that already expired it can still charge. */
  reservedUsd: string;
  /** The call's cost, in USD. */
  actualUsd: string;
  /** The time of the command, in epoch milliseconds. */
  now: number;
  /** What the ledger entry records about the call. */
  details: SettlementDetails;
  /**
   * `false` when the caller does not need `before`/`after` (nobody listens for threshold
   * events): a store may then return them empty. Absent means wanted.
   */
  snapshots?: boolean;
}

/** The answer to a settle. */
export interface SettleOutcome {
  /** False when the store had already settled this reservation: nothing changed. */
  applied: boolean;
  /** The ledger entry (the earlier one when the settle was a repeat). */
  entry: LedgerEntry;
  /** The chain before and after, leaf first (for threshold crossings). */
  before: BudgetSnapshot[];
  /** The chain's budgets after the settle (empty unless `snapshots` was asked for). */
  after: BudgetSnapshot[];
}

/** Give a reservation back without spending. */
export interface ReleaseCommand {
  /** The reservation to give back. */
  reservationId: string;
  /** The chain the reservation was taken on. */
  chain: readonly ChainLink[];
  /** The time of the command, in epoch milliseconds. */
  now: number;
  /**
   * The reservation's deadline (its `expiresAt`, ms since epoch). When the store does not
   * hold the reservation (its reserve failed ambiguously and may still arrive), the store
   * remembers the release at least until then, so that reserve holds nothing. Without it,
   * the store keeps the release for its own retention (a day by default).
   */
  expiresAt?: number;
}

/** A reservation a store released because its deadline passed. */
export interface ExpiredReservation {
  /** The reservation that expired. */
  reservationId: string;
  /** The budget the call was made on (the leaf). */
  budgetId: string;
  /** Every budget the hold was on, leaf first. */
  chain: readonly string[];
  /** The amount that was held and is free again, in USD. */
  reservedUsd: string;
  /** When the hold's time to live ran out, in epoch milliseconds. */
  expiresAt: number;
}
