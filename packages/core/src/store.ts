/**
 * The store contract. A store keeps budgets' spend and the reservations in flight, and
 * must apply each command to a whole chain atomically: a SQLite transaction or one Redis
 * Lua script can implement every method. Money crosses this boundary as decimal strings.
 */
import type { ToolCallCounts, UsageTokens } from './call-usage.js';
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
  /** When the budget was closed (ms since epoch); absent while it is open. */
  closedAt?: number;
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
  /** The provider that served the call (`'openai'`, `'anthropic'`, ...). */
  provider?: string;
  /** The model the provider reports. */
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
  /** The model the request asked for, as the adapter resolved it (`model` is the one priced). */
  requestModel?: string;
  /** The model the provider says answered, when the response names one. */
  responseModel?: string;
  /** The service tier the provider says served the call (`default`, `flex`, `priority`, `batch`...). */
  serviceTier?: string;
  /** What kind of call it was, in OpenTelemetry GenAI terms (`chat`, `embeddings`...). Absent means `chat`. */
  operation?: string;
  /** The call's metadata, as passed to `reserve`. */
  metadata?: Metadata;
}

/** One settled call, as written to the ledger. */
export interface LedgerEntry {
  /** Absent on settlements (so entries written before adjustments existed read the same). */
  kind?: undefined;
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

/** What an administrative change does to a budget (see `AdjustCommand`). */
export type AdjustmentAction = 'set-limit' | 'top-up' | 'credit' | 'reset' | 'close';

/**
 * An administrative change, as written to the ledger next to settlements. The spend of a
 * budget's window is always explained by its ledger: the settlements' `actualUsd` minus
 * the `amountUsd` of its `credit` and `reset` entries (set-limit, top-up and close move
 * no spend).
 */
export interface AdjustmentEntry {
  /** Always `'adjustment'`: tells a change from a settlement in the ledger. */
  kind: 'adjustment';
  /** A unique id of this change. */
  adjustmentId: string;
  /** The budget changed. */
  budgetId: string;
  /** `[budgetId]`: a change applies to one budget, never to its ancestors. */
  chain: readonly string[];
  /** What the change did. */
  action: AdjustmentAction;
  /**
   * The amount applied: the new limit (`set-limit`), what was added to it (`top-up`), the
   * spend given back (`credit`, at most the spend there was), the spend zeroed (`reset`),
   * `"0"` for `close`.
   */
  amountUsd: string;
  /** What was asked for: differs from `amountUsd` only for a credit larger than the spend. */
  requestedUsd: string;
  /** The budget's limit after the change. */
  limitUsd: string;
  /** The budget's spend in its current window after the change. */
  spentUsd: string;
  /** When it was applied, ms since epoch. */
  at: number;
  /** Why: free text given with the change. */
  reason: string;
  /** Who: free text (a user name, a service), absent when not given. */
  actor?: string;
}

/** Anything the ledger holds: settlements (no `kind`) and administrative changes. */
export type LedgerRecord = LedgerEntry | AdjustmentEntry;

/**
 * Change one budget: applied atomically with every reserve and settle, on the figures of
 * the window current for `link` (rolled first, like a reserve). The store uses its own
 * stored limit; `link` recreates the budget if the store lost it.
 */
export interface AdjustCommand {
  /** A unique id for the change, kept as the ledger entry's `adjustmentId`. */
  adjustmentId: string;
  /** The budget to change, as a chain link (recreated from it if the store lost the budget). */
  link: ChainLink;
  /** What to do to the budget. */
  action: AdjustmentAction;
  /**
   * Canonical decimal string: the new limit (`set-limit`), the amount to add (`top-up`) or
   * give back (`credit`); `"0"` for `reset` and `close`.
   */
  amountUsd: string;
  /** The time of the change, ms since epoch (also rolls the window). */
  now: number;
  /** Why: free text kept on the ledger entry. */
  reason: string;
  /** Who: free text kept on the ledger entry, omitted when not given. */
  actor?: string;
}

/** The answer to an adjust. */
export interface AdjustOutcome {
  /** The ledger entry written for the change. */
  entry: AdjustmentEntry;
  /** The budget just before the change. */
  before: BudgetSnapshot;
  /** The budget just after the change. */
  after: BudgetSnapshot;
}

/** Which closed budgets `purge` deletes. */
export interface PurgeQuery {
  /**
   * Budgets closed strictly before this time, in milliseconds since the epoch: a finite
   * number (`date.getTime()`), never a `Date` or a string.
   */
  closedBefore: number;
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

/**
 * Which ledger entries to read, newest first. Checked by every reader (`parseLedgerQuery`):
 * an unknown key, kind or a bad limit is an `InvalidOptionsError`, never an empty answer.
 */
export interface LedgerQuery {
  /** Only entries that charged this budget. @default every budget */
  budgetId?: string;
  /** At most this many entries: a whole number, 0 or more. @default 100 */
  limit?: number;
  /**
   * Which entries: settlements, administrative changes, or both.
   * @default 'all' (a store's `ledger`); `'settlement'` for `budget.ledger()`
   */
  kind?: LedgerKind;
}

/** A kind of ledger entry, or `'all'`. */
export type LedgerKind = 'settlement' | 'adjustment' | 'all';

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
   * reservations; a different limit replaces the stored one (the newest definition wins);
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
   * Deletes the budgets closed before `closedBefore` that hold no reservation, with their
   * ledger entries (those made on them: settlements whose leaf they are, and their
   * adjustments). Opt-in retention: nothing is ever deleted unless this is called.
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
