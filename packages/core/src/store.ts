/**
 * The store contract. A store keeps budgets' spend and the reservations in flight, and
 * must apply each command to a whole chain atomically: a SQLite transaction or one Redis
 * Lua script can implement every method. Money crosses this boundary as decimal strings.
 */
import type { ToolCallCounts, UsageTokens } from './call-usage.js';
import type { BudgetRefusal } from './errors.js';

/** A window as stored: a named UTC calendar period or a fixed number of seconds. */
export type WindowSpec = { unit: 'day' | 'week' | 'month' } | { seconds: number };

/** What a store records about a budget. */
export interface BudgetDefinition {
  id: string;
  /** The parent budget's id, or `null` for a root. */
  parentId: string | null;
  /** The limit as a decimal string of USD. */
  limitUsd: string;
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
  id: string;
  parentId: string | null;
  /** The limit the store holds: the most recently defined one. */
  limitUsd: string;
  /** Settled spend in the current window. */
  spentUsd: string;
  /** Held by reservations in flight. */
  reservedUsd: string;
  /** Settlements in the current window. */
  calls: number;
  window: WindowSpec | null;
  /** Start of the window the figures belong to, `null` without a window. */
  windowStart: number | null;
}

/** Free-form metadata attached to reservations and ledger entries. */
export type Metadata = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Token counts as ledgers written before the typed usage recorded them: flat counts by
 * kind, e.g. `{ input: 1000, cachedInput: 800, output: 80 }` (OpenAI: `input` includes
 * `cachedInput`; Anthropic: `input`, `cacheRead`, `cacheWrite5m`, `cacheWrite1h` are
 * disjoint), sometimes with tool calls such as `webSearches` mixed in.
 */
export type LegacyTokenCounts = Readonly<Record<string, number>>;

/** What a settlement records beyond the money: who called what, and how it was priced. */
export interface SettlementDetails {
  provider?: string;
  model?: string;
  /**
   * The call's tokens, input and output each split by how they are billed. Entries written
   * by earlier versions carry flat counts by kind instead (`LegacyTokenCounts`); `isUsageTokens`
   * tells the two apart.
   */
  tokens?: UsageTokens | LegacyTokenCounts;
  /** Billable tool calls (web searches, web fetches, …), as counts. */
  toolCalls?: ToolCallCounts;
  /** The pricing table version that priced the call. */
  pricingVersion?: string;
  /** True when the call ended early and only what was consumed is charged. */
  partial?: boolean;
  /**
   * Set when the call was charged its hold, the most it could have cost, because its usage
   * never reached Tollgate (`unseen`: a stream nobody read, a call still unanswered at its
   * reservation's deadline) or could not be read (`unreadable`). Comes with `partial: true`.
   */
  usage?: 'unseen' | 'unreadable';
  metadata?: Metadata;
}

/** One settled call, as written to the ledger. */
export interface LedgerEntry {
  reservationId: string;
  /** The leaf budget the call was made on. */
  budgetId: string;
  /** Every budget charged, leaf first. */
  chain: readonly string[];
  reservedUsd: string;
  actualUsd: string;
  /** How far the actual cost went past what was held ("0" when it did not). */
  overrunUsd: string;
  /** When it was settled, ms since epoch. */
  settledAt: number;
  /** True when the reservation had already expired and the cost was charged afterwards. */
  late: boolean;
  details: SettlementDetails;
}

/** Reserve `amountUsd` on every link of `chain`, or on none. */
export interface ReserveCommand {
  reservationId: string;
  /** Leaf first, then each ancestor up to the root. */
  chain: readonly ChainLink[];
  amountUsd: string;
  now: number;
  /** When the store must release the reservation if it has not ended (ms since epoch). */
  expiresAt: number;
  metadata?: Metadata;
}

/** The answer to a reserve. */
export type ReserveOutcome =
  | {
      admitted: true;
      /** Non-enforcing (shadow) budgets that would have refused. */
      wouldRefuse: BudgetRefusal[];
    }
  | {
      admitted: false;
      /**
       * The first enforcing budget, leaf to root, that refused. Nothing was held. When
       * `ended` is set, no budget refused: this reports the leaf's figures (`heldOnly: false`).
       */
      refusal: BudgetRefusal;
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
  reservationId: string;
  chain: readonly ChainLink[];
  /** What the reservation held, so a store that already expired it can still charge. */
  reservedUsd: string;
  actualUsd: string;
  now: number;
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
  entry: LedgerEntry;
  /** The chain before and after, leaf first (for threshold crossings). */
  before: BudgetSnapshot[];
  after: BudgetSnapshot[];
}

/** Give a reservation back without spending. */
export interface ReleaseCommand {
  reservationId: string;
  chain: readonly ChainLink[];
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
  reservationId: string;
  budgetId: string;
  chain: readonly string[];
  reservedUsd: string;
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
  reserve(command: ReserveCommand): Promise<ReserveOutcome>;
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
