/**
 * The store contract. A store keeps budgets' spend and the reservations in flight, and
 * must apply each command to a whole chain atomically: a SQLite transaction or one Redis
 * Lua script can implement every method. Money crosses this boundary as decimal strings.
 */
import type { BudgetRefusal } from './errors.js';

/** A window as stored: a named UTC calendar period or a fixed number of seconds. */
export type WindowSpec =
  | {
      /** A calendar day, week (from Monday) or month, in UTC. */
      unit: 'day' | 'week' | 'month';
    }
  | {
      /** A fixed length in seconds; windows are aligned to the epoch. */
      seconds: number;
    };

/** What a store records about a budget. */
export interface BudgetDefinition {
  /** The budget's id. */
  id: string;
  /** The parent budget's id, or `null` for a root. */
  parentId: string | null;
  /** The limit as a decimal string of USD. */
  limitUsd: string;
  /** The budget's spending window, or `null` when spend never resets. */
  window: WindowSpec | null;
}

/**
 * One budget of a chain as a command sees it: its definition (so a store that lost the
 * record can recreate it), whether it refuses, and the bounds of the window current at
 * the command's `now`, computed by the caller so stores never do calendar arithmetic.
 */
export interface ChainLink extends BudgetDefinition {
  /** `false` in shadow mode: going over is reported, never refused. */
  enforce: boolean;
  /** Start of the current window (ms since epoch), `null` without a window. */
  windowStart: number | null;
  /** End of the current window (exclusive), `null` without a window. */
  windowEnd: number | null;
}

/** A budget's figures as a store reports them. */
export interface BudgetSnapshot {
  /** The budget's id. */
  id: string;
  /** The parent budget's id, or `null` for a root. */
  parentId: string | null;
  /** The limit the store holds: the most recently defined one. */
  limitUsd: string;
  /** Settled spend in the current window. */
  spentUsd: string;
  /** Held by reservations in flight. */
  reservedUsd: string;
  /** Settlements in the current window. */
  calls: number;
  /** The spending window, or `null` when spend never resets. */
  window: WindowSpec | null;
  /** Start of the window the figures belong to, `null` without a window. */
  windowStart: number | null;
}

/** Free-form metadata attached to reservations and ledger entries. */
export type Metadata = Readonly<Record<string, string | number | boolean | null>>;

/** What a settlement records beyond the money: who called what, and how it was priced. */
export interface SettlementDetails {
  /** The provider that served the call (`'openai'`, `'anthropic'`, ...). */
  provider?: string;
  /** The model the provider reports. */
  model?: string;
  /** Token counts by kind, e.g. `{ input: 1200, output: 80, cacheRead: 1024 }`. */
  tokens?: Readonly<Record<string, number>>;
  /** The pricing table version that priced the call. */
  pricingVersion?: string;
  /** True when the call ended early and only what was consumed is charged. */
  partial?: boolean;
  /** The call's metadata, as passed to `reserve`. */
  metadata?: Metadata;
}

/** One settled call, as written to the ledger. */
export interface LedgerEntry {
  /** The reservation the entry settles. */
  reservationId: string;
  /** The leaf budget the call was made on. */
  budgetId: string;
  /** Every budget charged, leaf first. */
  chain: readonly string[];
  /** What was held for the call, in USD. */
  reservedUsd: string;
  /** What the call cost, in USD. */
  actualUsd: string;
  /** How far the actual cost went past what was held ("0" when it did not). */
  overrunUsd: string;
  /** When it was settled, ms since epoch. */
  settledAt: number;
  /** True when the reservation had already expired and the cost was charged afterwards. */
  late: boolean;
  /** Provider, model, tokens and pricing version of the call. */
  details: SettlementDetails;
}

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
      /** The first enforcing budget, leaf to root, that refused. Nothing was held. */
      refusal: BudgetRefusal;
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

/** Which ledger entries to read, newest first. */
export interface LedgerQuery {
  /** Only entries that charged this budget. */
  budgetId?: string;
  /** At most this many entries. Default: 100. */
  limit?: number;
}

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
 * - `release` of a reservation the store no longer holds changes nothing.
 * - Reservations past `expiresAt` are released lazily by reserve and status for the
 *   budgets they touch, and by `expire` for all.
 * - Every amount in a command is a canonical decimal string with at most 12 places (core
 *   rounds holds and charges up to a millionth of a millionth of a dollar), so a store may
 *   keep exact integer counts of 10^-12 dollars.
 */
export interface BudgetStore {
  /** A short name for messages: `memory`, `sqlite`, `redis`. */
  readonly kind: string;
  /**
   * Creates the budget or attaches to the existing one. Attaching keeps spend and
   * reservations; a different limit replaces the stored one (the newest definition wins);
   * a different parent or window throws `BudgetConflictError`.
   */
  define(definition: BudgetDefinition, now: number): Promise<BudgetSnapshot>;
  /** Holds `amountUsd` on every budget of the chain, all or nothing, atomically. */
  reserve(command: ReserveCommand): Promise<ReserveOutcome>;
  /** Ends a reservation with its actual cost, exactly once (a repeat changes nothing). */
  settle(command: SettleCommand): Promise<SettleOutcome>;
  /** Resolves `true` when the reservation was held and is now released. */
  release(command: ReleaseCommand): Promise<boolean>;
  /**
   * The budget's figures in the window current for `link`, or `undefined` if unknown.
   * Releases the budget's reservations that are past their deadline at `now` first.
   */
  status(link: ChainLink, now: number): Promise<BudgetSnapshot | undefined>;
  /** Releases every reservation past its deadline. */
  expire(now: number): Promise<ExpiredReservation[]>;
  /** Every budget the store holds, for `tollgate status`. */
  list(): Promise<BudgetSnapshot[]>;
  /** Settled calls, newest first. */
  ledger(query?: LedgerQuery): Promise<LedgerEntry[]>;
  /** Releases connections and handles. The store is unusable afterwards. */
  close(): Promise<void>;
}
