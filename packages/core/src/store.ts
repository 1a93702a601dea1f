/**
 * The store contract. A store keeps budgets' spend and the reservations in flight, and
 * must apply each command to a whole chain atomically: a SQLite transaction or one Redis
 * Lua script can implement every method. Money crosses this boundary as decimal strings.
 */
import type { AdjustCommand, AdjustOutcome, PurgeQuery } from './adjust-command.js';
import type { BudgetDefinition, BudgetSnapshot, ChainLink } from './budget-definition.js';
import type { LedgerQuery, LedgerRecord } from './ledger-entry.js';
import type {
  ExpiredReservation,
  ReleaseCommand,
  ReserveCommand,
  ReserveOutcome,
  SettleCommand,
  SettleOutcome,
} from './reserve-command.js';

// The contract's types live by concern: what a store holds of a budget, the ledger, the
// commands of the call path and those of administration. Each is exported from here too, so
// the contract is still imported from one place.
export type * from './adjust-command.js';
export type * from './budget-definition.js';
export type * from './ledger-entry.js';
export type * from './reserve-command.js';

/**
 * What the hot-path commands of a store answer: the outcome itself, or a promise of it.
 * A store that answers at once spares every call a promise and a turn of the event loop.
 */
export type StoreAnswer<T> = T | Promise<T>;

/**
 * A backend for budgets. Every method that changes state applies to the whole chain
 * atomically. Rules every store keeps (the conformance suite checks them):
 *
 * - `reserve` admits only if every enforcing link has `spent + reserved + amount <= limit`
 *   and `spent < limit`, using the limit the store holds; otherwise it holds nothing.
 * - A link whose stored `windowStart` is older than the command's starts a new window
 *   (spend and calls reset; reservations in flight stay held).
 * - `settle` of a held reservation moves its amount from reserved to spent (the actual
 *   cost, in full, even above the hold); of one the store no longer holds because it
 *   expired, it charges the actual cost as a late entry. A store that may see the same
 *   command twice (a retry after an ambiguous network failure) must apply it once.
 * - `reserve` with a reservation id the store already holds holds nothing more and answers
 *   `{ admitted: true, wouldRefuse: [] }` (a reserve sent twice after an ambiguous failure).
 * - `release` of a reservation the store does not hold changes no figure and resolves
 *   `false`, but leaves a tombstone until at least the command's `expiresAt` (or the store's
 *   retention without one): a `reserve` with that id arriving later holds nothing and
 *   answers `{ admitted: false, ended: true, refusal }`, and a `settle` of it changes nothing
 *   (`applied: false`). A released reservation that was held is remembered the same way
 *   until at least its deadline. Tombstones past their time are forgotten, so they never
 *   pile up.
 *   This is how a budget undoes a reserve whose outcome it could not know (a timeout):
 *   it releases that id until the store answers, whichever of the two arrives first.
 * - `reserve` metadata and `settle` details that JSON cannot carry exactly (a BigInt, a
 *   function, a cycle, a non-finite number) are rejected with `InvalidOptionsError` before
 *   anything changes (`assertSerialisable`), never reported as `STORE_UNAVAILABLE`.
 * - Reservations past `expiresAt` are released lazily by reserve and status for the
 *   budgets they touch, and by `expire` for all.
 * - `reserve` refuses (`closed: true`) when any link of its chain is closed, whether it
 *   enforces or not; `settle` and `release` of reservations in flight work as ever.
 * - `adjust` applies one administrative change atomically with every other command:
 *   `set-limit` replaces the limit, `top-up` adds to it (refused with `InvalidAmountError`,
 *   changing nothing, when the sum would pass `MAX_USD`), `credit` takes the amount off the
 *   current window's spend (never below zero), `reset` zeroes that spend (and its calls),
 *   `close` closes the budget (a second close changes nothing but is recorded). Reservations
 *   in flight stay held. Once `set-limit` or `top-up` has changed a limit, `define` no
 *   longer replaces it: an administered limit outlives the code's definition. Each change
 *   writes one `AdjustmentEntry` to the ledger in the same transaction.
 * - Every amount in a command is a canonical decimal string with at most 12 places (core
 *   rounds holds and charges up to a millionth of a millionth of a dollar), so a store may
 *   keep exact integer counts of 10^-12 dollars.
 */
export interface BudgetStore {
  /** A short name for messages: `memory`, `sqlite`, `redis`. */
  readonly kind: string;
  /**
   * Creates the budget or attaches to the existing one. Attaching keeps spend and
   * reservations; a different limit replaces the stored one (the newest definition wins:
   * budgets refuse a second definition in one process themselves, see `declared-budgets.ts`);
   * a different parent or window throws `BudgetConflictError`.
   */
  define(definition: BudgetDefinition, now: number): Promise<BudgetSnapshot>;
  /**
   * Holds `amountUsd` on every budget of the chain, all or nothing, atomically. Like
   * `settle` and `release`, it may answer synchronously (a store in this process's memory)
   * or with a promise (a store across a connection); a synchronous failure is thrown.
   */
  reserve(command: ReserveCommand): StoreAnswer<ReserveOutcome>;
  /** Ends a reservation with its actual cost, exactly once (a repeat changes nothing). */
  settle(command: SettleCommand): StoreAnswer<SettleOutcome>;
  /** Answers `true` when the reservation was held and is now released. */
  release(command: ReleaseCommand): StoreAnswer<boolean>;
  /**
   * The budget's figures in the window current for `link`, or `undefined` if unknown.
   * Releases the budget's reservations that are past their deadline at `now` first.
   */
  status(link: ChainLink, now: number): Promise<BudgetSnapshot | undefined>;
  /** Releases every reservation past its deadline. */
  expire(now: number): Promise<ExpiredReservation[]>;
  /** Applies an administrative change (see the rules above). */
  adjust(command: AdjustCommand): Promise<AdjustOutcome>;
  /** Every budget the store holds, for `tollgate status`. */
  list(): Promise<BudgetSnapshot[]>;
  /** One budget's stored figures (the window it last wrote), or `undefined` if unknown. */
  find(id: string): Promise<BudgetSnapshot | undefined>;
  /**
   * Deletes the budgets closed before `closedBefore` that hold no reservation, and the ledger
   * entries no budget left records: an entry is the record of spend of every budget of its
   * chain, so a purged child's settlements stay in the ledger of its surviving ancestors
   * (whose spend counts them) and go with the last of its chain; an adjustment's chain is its
   * one budget (`outlivesPurge` of the store kit). A purged budget's own ledger then reads
   * empty. Opt-in retention: nothing is ever deleted unless this is called.
   * Resolves with the ids deleted. A purged budget is forgotten, closing included: a process
   * still using it would recreate it, open, on its next call, so purge only budgets closed
   * longer ago than any process keeps them. A query that is not a `PurgeQuery` (none, a
   * `Date` or a string for `closedBefore`, `NaN`, an unknown key) is refused with
   * `InvalidOptionsError` before anything is read or deleted (`parsePurgeQuery` of the store kit).
   */
  purge(query: PurgeQuery): Promise<string[]>;
  /**
   * Settlements and administrative changes, newest first. A query that is not a
   * `LedgerQuery` is refused with `InvalidOptionsError` (`parseLedgerQuery` of the store kit).
   */
  ledger(query?: LedgerQuery): Promise<LedgerRecord[]>;
  /**
   * Releases connections and handles. The store is unusable afterwards: every command
   * fails with `StoreInvalidError` (`STORE_INVALID`, the kit's `closedStoreError`), never
   * the transient `STORE_UNAVAILABLE`, since waiting will not reopen it. Closing again
   * does nothing.
   */
  close(): Promise<void>;
}
