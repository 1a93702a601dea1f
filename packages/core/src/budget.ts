import { type AdjustOptions, adjustDefinedBudget } from './budget-admin.js';
import type { BudgetDefinition } from './budget-definition.js';
import { assertBudgetId } from './budget-id.js';
import { impostorCallError } from './budget-impostor.js';
import {
  type BudgetOptions,
  type ChildBudgetOptions,
  parseBudgetOptions,
  parseChildOptions,
} from './budget-options.js';
import { type BudgetSettings, budgetSettings, defaultSettings } from './budget-settings.js';
import { type BudgetStatus, budgetStatus } from './budget-status.js';
import { ChainEvents } from './chain-events.js';
import { ChainLinks } from './chain-links.js';
import { type Clock, readClock, systemClock } from './clock.js';
import { closedAmong } from './closed-ancestor.js';
import { type Declaration, declareBudget } from './declared-budgets.js';
import { InvalidOptionsError } from './errors.js';
import { assertEventListener } from './event-listener.js';
import type { BudgetEvent, BudgetEventHandler, BudgetEventName } from './events.js';
import { memoryStore } from './memory-store.js';
import { canonicalUsd } from './money.js';
import { parseLedgerQuery } from './parse-ledger-query.js';
import { PendingSettlements } from './pending-settlements.js';
import type { Reservation } from './reservation.js';
import { ReservationEndings } from './reservation-endings.js';
import type { ReserveOptions } from './reserve-options.js';
import { Reserver } from './reserver.js';
import type {
  AdjustmentAction,
  AdjustmentEntry,
  BudgetStore,
  LedgerEntry,
  LedgerKind,
  LedgerQuery,
  LedgerRecord,
} from './store.js';
import { callStore, emptySnapshot } from './store-commands.js';
import { StoredDefinition } from './stored-definition.js';
import { WaitLine } from './wait-line.js';

export type { BudgetStatus } from './budget-status.js';
export type { ReserveOptions } from './reserve-options.js';

/** Which entries `budget.ledger()` reads: at most `limit` (default 100), newest first. */
export type BudgetLedgerQuery = Omit<LedgerQuery, 'budgetId' | 'kind'>;

/**
 * `budget.reserve` that throws a refusal without reporting it as a `refused` event: for the
 * adapter kit, whose cheap first hold may be refused and followed by a tighter one (the
 * call is reported once, by the hold that decides it). Not part of the public `Budget`.
 */
export let reserveQuietly: (
  budget: Budget,
  amountUsd: string,
  options: ReserveOptions,
) => Promise<Reservation>;

/**
 * `budget.reserve` answered at once when it can be: a store that answers synchronously (the
 * memory store), not in wait mode, returns the reservation itself and throws a refusal or
 * bad input synchronously; otherwise the same promise `reserve` returns. For the adapter
 * kit, whose hold then costs no promise and no turn; `reportRefusal` false is
 * `reserveQuietly`. Not part of the public `Budget`.
 */
export let reserveNow: (
  budget: Budget,
  amountUsd: string,
  options: ReserveOptions,
  reportRefusal: boolean,
) => Reservation | Promise<Reservation>;

/**
 * `parent.child(options)` as a deliberate redefinition of a child this process declared
 * before (`loadBudgets` applying a changed configuration). Not part of the public `Budget`.
 */
export let redeclaredChild: (parent: Budget, options: ChildBudgetOptions) => Budget;

/**
 * `parent.child(options)` for a budget family's member, declared as one (`description` names
 * the family and key in errors): a budget of its own with the same id is refused. Not part
 * of the public `Budget`.
 */
export let memberChild: (
  parent: Budget,
  options: ChildBudgetOptions,
  description: string,
) => Budget;

/** State shared by a root budget and all its descendants. */
class Family {
  readonly line = new WaitLine();
  readonly pending = new PendingSettlements();
}

/**
 * Creates a budget: a limit in USD that calls reserve against before they are sent and
 * settle to their exact cost after. Options are validated here; the store is touched on
 * first use. Throws `BudgetConflictError` for an id this process declared in the same `store`
 * with another limit, window or parent while that budget is still held (see `budget.child`).
 */
export function createBudget(options: BudgetOptions): Budget {
  return declareRoot(options, false);
}

/**
 * `createBudget`, or with `replaces` a deliberate redefinition of a budget this process
 * declared before in the store (see `Declaration.replaces`). Not part of the public API.
 */
export function declareRoot(options: BudgetOptions, replaces: boolean): Budget {
  const parsed = parseBudgetOptions(options);
  const store = parsed.store ?? memoryStore();
  const build = () =>
    new Budget(parsed, store, parsed.clock ?? systemClock, undefined, defaultSettings);
  // A store of its own holds nothing anyone else declared.
  if (parsed.store === undefined) return build();
  const description = `createBudget({ id: ${JSON.stringify(parsed.id)} })`;
  const declaration: Declaration = { kind: 'child', description, replaces };
  return declareBudget(store, parsed.id, declaration, build, definitionOf);
}

/** What the store is asked to hold for `budget` (set in `Budget`'s static block). */
let definitionOf: (budget: Budget) => BudgetDefinition;

/**
 * The key of the method that tells a genuine budget (see `isBudget`): a `Symbol.for` key, so
 * a budget made by another installed copy of core is recognised as well.
 */
const genuineKey: unique symbol = Symbol.for('tollgate.budget.genuine') as never;

/**
 * True for a budget made by `createBudget`, `budget.child` or a budget family, by this
 * installed copy of core or another one. False for anything else, including a Proxy of a
 * budget (Vue's `reactive()`, a tracing wrapper) and a copy of one: their methods would
 * fail on the budget's private state (a private field is not reached through a Proxy), so
 * they are refused where they are given rather than on every call.
 */
export function isBudget(value: unknown): value is Budget {
  if (typeof value !== 'object' || value === null) return false;
  const genuine = (value as { [genuineKey]?: unknown })[genuineKey];
  return typeof genuine === 'function' && genuine.call(value) === true;
}

/**
 * What a budget method throws when it failed: `error` itself for a budget, the typed refusal
 * of `impostorCallError` when it was called on a Proxy or a copy of one (its first private
 * field access threw a raw `TypeError`). Checked only once a call failed: no cost otherwise.
 */
function methodError(receiver: unknown, member: string, error: unknown): unknown {
  let genuine: boolean;
  try {
    genuine = isBudget(receiver);
  } catch {
    genuine = false;
  }
  return genuine ? error : impostorCallError(receiver, member);
}

/** A budget: see `createBudget`. Children roll their spend up into it. */
export class Budget {
  static {
    // A brand check each copy of core answers for its own budgets: `this` is the object the
    // method was called on, so a Proxy (or an object made from a budget) answers false.
    Object.defineProperty(Budget.prototype, genuineKey, {
      value(this: object): boolean {
        return #stored in this;
      },
    });
  }

  /** The budget's id, unique in its store. */
  readonly id: string;
  /** The limit this budget was created with, as a decimal string. */
  readonly limitUsd: string;
  /** The parent budget, whose spend includes this one's; `undefined` for a root. */
  readonly parent: Budget | undefined;
  /** Where the budget's figures live (shared by its children). */
  readonly store: BudgetStore;
  /** The clock windows and reservation lifetimes are read from. */
  readonly clock: Clock;
  readonly #stored: StoredDefinition;
  readonly #settings: BudgetSettings;
  readonly #events: ChainEvents;
  readonly #family: Family;
  /** This budget and its ancestors, leaf first. */
  readonly #chain: readonly Budget[];
  readonly #chainIds: readonly string[];
  readonly #links: ChainLinks;
  readonly #endings: ReservationEndings;
  readonly #reserver: Reserver;

  /** @internal Use `createBudget` or `budget.child`. */
  constructor(
    options: ChildBudgetOptions,
    store: BudgetStore,
    clock: Clock,
    parent: Budget | undefined,
    inherited: BudgetSettings,
  ) {
    this.id = assertBudgetId(options.id);
    this.limitUsd = canonicalUsd(options.limitUsd, 'limitUsd', 'down');
    this.parent = parent;
    this.store = store;
    this.clock = clock;
    this.#settings = budgetSettings(options, inherited);
    const window = options.window;
    const enforce = this.#settings.enforce;
    const parentStored = parent === undefined ? undefined : parent.#stored;
    this.#stored = new StoredDefinition(
      { id: this.id, limitUsd: this.limitUsd, window, enforce },
      parentStored,
      store,
      clock,
    );
    this.#chain = parent === undefined ? [this] : [this, ...parent.#chain];
    this.#chainIds = this.#chain.map((budget) => budget.id);
    this.#links = new ChainLinks(this.#chain.map((budget) => budget.#stored.link));
    this.#family = parent === undefined ? new Family() : parent.#family;
    const parentEvents = parent === undefined ? undefined : parent.#events;
    this.#events = new ChainEvents(this.id, this.#settings.thresholds, parentEvents);
    const events = this.#events;
    // A definition that lowers a stored limit crosses thresholds as `setLimit` does.
    this.#stored.reportRedefinition({
      wanted: () => events.listens('threshold') || events.listens('exceeded'),
      report: (before, after) => events.reportCrossings([before], [after]),
    });
    this.#endings = new ReservationEndings({
      budgetId: this.id,
      store,
      clock,
      links: this.#links,
      line: this.#family.line,
      pending: this.#family.pending,
      retryTimeoutMs: this.#settings.retryTimeoutMs,
      emit: (event) => this.emit(event),
      hasListeners: () => this.#events.hasListeners(),
      listensForLoss: () => this.#events.listens('settlement-lost'),
      // Snapshots serve threshold and exceeded events only: other listeners need none.
      wantsSnapshots: () => this.#events.listens('threshold') || this.#events.listens('exceeded'),
      reportCrossings: (before, after) => this.#events.reportCrossings(before, after),
    });
    this.#reserver = new Reserver({
      budgetId: this.id,
      store,
      clock,
      settings: this.#settings,
      stored: this.#stored,
      links: this.#links,
      chainIds: this.#chainIds,
      line: this.#family.line,
      endings: this.#endings,
      events: this.#events,
      emit: (event) => this.emit(event),
      linkOf: (budgetId) =>
        (this.#chain.find((budget) => budget.id === budgetId) as Budget).#stored.link,
    });
    // biome-ignore lint/complexity/useOptionalChain: private fields cannot follow `?.`
    if (parent !== undefined && parent.#chainIds.includes(this.id)) {
      throw new InvalidOptionsError(
        `budget.child: id "${this.id}" is already used by an ancestor in this chain`,
        [{ path: 'id', message: 'must differ from every ancestor id' }],
      );
    }
  }

  /** False in shadow mode: this budget reports what it would refuse but refuses nothing. */
  get enforce(): boolean {
    try {
      return this.#settings.enforce;
    } catch (error) {
      throw methodError(this, 'enforce', error);
    }
  }

  /**
   * A budget whose spend also counts against this one (and its ancestors). Throws
   * `BudgetConflictError` for an id this process made as a member of a budget family
   * (`family.for(key)`) in the same store: the two would share one stored budget and its limit.
   * Throws it too for an id this process declared in the same store with another limit, window
   * or parent while that budget is still held (change a limit with `setLimit`); the same
   * definition again returns a working budget.
   */
  child(options: ChildBudgetOptions): Budget {
    try {
      const description = `budget.child() of "${this.id}"`;
      return this.#declareChild(parseChildOptions(options), { kind: 'child', description });
    } catch (error) {
      throw methodError(this, 'child()', error);
    }
  }

  /** A child, refused when this process declared its id the other way (`declared-budgets.ts`). */
  #declareChild(options: ChildBudgetOptions, declaration: Declaration): Budget {
    return declareBudget(
      this.store,
      options.id,
      declaration,
      () => new Budget(options, this.store, this.clock, this, this.#settings),
      definitionOf,
    );
  }

  /**
   * Listens to an event of this budget and of every budget below it. Returns an
   * unsubscribe function. A handler that throws or rejects never affects the call: its
   * error is emitted as a `handler-error` event (a process warning when nobody listens).
   * An unknown event name or a handler that is not a function throws `InvalidOptionsError`.
   */
  on<Name extends BudgetEventName>(name: Name, handler: BudgetEventHandler<Name>): () => void {
    assertEventListener(name, handler);
    try {
      return this.#events.on(name, handler);
    } catch (error) {
      throw methodError(this, 'on()', error);
    }
  }

  /** Delivers an event to this budget's listeners and its ancestors'. Adapters use it for their own events. */
  emit(event: BudgetEvent): void {
    try {
      this.#events.emit(event);
    } catch (error) {
      throw methodError(this, 'emit()', error);
    }
  }

  /**
   * Defines this budget and its ancestors in the store now rather than on the first call:
   * creates them, or attaches to what the store holds (the newest limit wins). Throws
   * `BudgetConflictError` if the store holds the id with another parent or window, and
   * `StoreUnavailableError` if it cannot be reached.
   */
  ready(): Promise<void> {
    try {
      return this.#stored.ready();
    } catch (error) {
      return Promise.reject(methodError(this, 'ready()', error));
    }
  }

  /**
   * Spent, held and left right now; `closedAt` when the budget is closed, `closedBy` when a
   * budget above it (in the chain its calls are held on) is. Reads the store: this budget,
   * then, for an open budget with a parent, every budget above it (read together), whatever
   * the history.
   */
  async status(): Promise<BudgetStatus> {
    try {
      await this.#stored.ready();
    } catch (error) {
      throw methodError(this, 'status()', error);
    }
    const now = this.#now();
    const link = this.#stored.link.at(now);
    const snapshot =
      (await callStore(this.store, () => this.store.status(link, now))) ??
      emptySnapshot(this.#stored.definition);
    const status = budgetStatus(this.id, snapshot, link.windowEnd);
    // The budgets above as this process's calls are held on them (what reserve checks).
    if (status.closedAt === undefined && this.#chainIds.length > 1) {
      const above = this.#chainIds.slice(1);
      const closedBy = await callStore(this.store, () => closedAmong(this.store, above));
      if (closedBy !== undefined) status.closedBy = closedBy;
    }
    return status;
  }

  /**
   * Settled calls that charged this budget, newest first; with `kind: 'adjustment'` the
   * administrative changes made on it, with `kind: 'all'` both (settlements carry no
   * `kind`, changes `kind: 'adjustment'`). At most `limit` entries (a whole number, default
   * 100). A query that is not an object, an unknown key, kind or a bad limit throws
   * `InvalidOptionsError` before the store is read.
   */
  ledger(query?: BudgetLedgerQuery & { kind?: 'settlement' }): Promise<LedgerEntry[]>;
  ledger(query: BudgetLedgerQuery & { kind: 'adjustment' }): Promise<AdjustmentEntry[]>;
  ledger(query: BudgetLedgerQuery & { kind: LedgerKind }): Promise<LedgerRecord[]>;
  async ledger(query?: BudgetLedgerQuery & { kind?: LedgerKind }): Promise<LedgerRecord[]> {
    // Checked here too, not only by the store: a store of another author may not check it.
    const { kind, limit } = parseLedgerQuery(query, 'budget');
    return callStore(this.store, () => this.store.ledger({ kind, limit, budgetId: this.id }));
  }

  /**
   * Replaces the limit, raising or lowering it, in every process that shares the store.
   * Lowering it below the spend makes the budget exceeded; nothing is clawed back, and calls
   * in flight settle normally, so spend ends at most at what was spent and held when the
   * limit came down. From then on the store keeps this limit over the `limitUsd` a process
   * creates the budget with. Resolves with the ledger entry of the change. A limit with more
   * than 12 decimal places is refused (`InvalidOptionsError`), as `createBudget` refuses it.
   */
  setLimit(limitUsd: string | number, options: AdjustOptions): Promise<AdjustmentEntry> {
    return Budget.#adjust(this, 'setLimit()', 'set-limit', limitUsd, options);
  }

  /**
   * Adds `amountUsd` to the limit (a prepaid balance topped up): more is left in this window
   * and every later one, until `setLimit` replaces the limit. Atomic, so two top-ups at once
   * both count. An amount with more than 12 decimal places is refused (`InvalidOptionsError`):
   * the limit it leaves must be one `createBudget` would keep.
   */
  topUp(amountUsd: string | number, options: AdjustOptions): Promise<AdjustmentEntry> {
    return Budget.#adjust(this, 'topUp()', 'top-up', amountUsd, options);
  }

  /**
   * Gives spend back (a refund): takes `amountUsd` off the current window's spend, never
   * below zero. The entry's `amountUsd` is what was given back, `requestedUsd` what was
   * asked. Only this budget changes: its ancestors keep the spend.
   */
  credit(amountUsd: string | number, options: AdjustOptions): Promise<AdjustmentEntry> {
    return Budget.#adjust(this, 'credit()', 'credit', amountUsd, options);
  }

  /**
   * Zeroes the current window's spend and calls (the entry records the spend zeroed).
   * Calls in flight stay held and settle into the fresh spend.
   */
  reset(options: AdjustOptions): Promise<AdjustmentEntry> {
    return Budget.#adjust(this, 'reset()', 'reset', '0', options);
  }

  /**
   * Closes the budget: every new call on it or below it is refused with
   * `BudgetClosedError` (`BUDGET_CLOSED`), in every process. Calls in flight settle
   * normally. Closing is final; a closed budget can be deleted later with `store.purge`.
   */
  close(options: AdjustOptions): Promise<AdjustmentEntry> {
    return Budget.#adjust(this, 'close()', 'close', '0', options);
  }

  /** Static, so a Proxy or a copy of a budget reaches the typed refusal, not the brand check of a method. */
  static #adjust(
    budget: Budget,
    member: string,
    action: AdjustmentAction,
    amount: string | number,
    options: AdjustOptions,
  ): Promise<AdjustmentEntry> {
    let stored: StoredDefinition;
    try {
      stored = budget.#stored;
    } catch (error) {
      return Promise.reject(methodError(budget, member, error));
    }
    const events = budget.#events;
    return adjustDefinedBudget(stored, budget.store, budget.clock, action, amount, options).then(
      (outcome) => {
        // A limit lowered below the spend, or a top-up, credit or reset that moves the spend
        // against the limit, crosses thresholds as a settlement does. The store's snapshots
        // of this one atomic change say which, so the crossing is reported once, here.
        events.reportCrossings([outcome.before], [outcome.after]);
        return outcome.entry;
      },
    );
  }

  /**
   * Waits until every settlement and release of this budget's family called before it has
   * landed or been given up: those still awaiting the store's answer (an asynchronous store:
   * SQLite, Redis) and those that could not reach the store and are being retried (see the
   * `retryTimeoutMs` option), keeping Node alive meanwhile. So a store may be closed once it
   * resolves. Resolves when all landed; otherwise rejects with `SettlementLostError`
   * listing each one given up since the last `flush()`, those refused by a closed store
   * included (an adapter call in flight when the store closed).
   */
  flush(): Promise<void> {
    try {
      return this.#family.pending.flush();
    } catch (error) {
      return Promise.reject(methodError(this, 'flush()', error));
    }
  }

  /**
   * Holds `amountUsd` on this budget and every ancestor, all or nothing. Throws
   * `BudgetExceededError` if any of them would go over its limit (after waiting, in wait
   * mode), `StoreUnavailableError` if the store cannot be reached (unless
   * `onStoreError: 'allow'`), and `InvalidOptionsError` or `InvalidAmountError` for bad
   * input, before the store is touched.
   */
  reserve(amountUsd: string | number, options?: ReserveOptions): Promise<Reservation> {
    try {
      return this.#reserver.reserve(amountUsd, options, true);
    } catch (error) {
      return Promise.reject(methodError(this, 'reserve()', error));
    }
  }

  // A budget made by another installed copy of core (two versions installed side by side)
  // passes `isBudget` but has none of this class's private state: it is used through its
  // public methods, which every copy has. A cheap hold it refuses before a tighter one is
  // then reported as refused by it too (its quiet reserve is private to its own copy).
  static {
    definitionOf = (budget) => budget.#stored.definition;
    redeclaredChild = (parent, options) =>
      parent.#declareChild(parseChildOptions(options), {
        kind: 'child',
        description: `budget.child() of "${parent.id}"`,
        replaces: true,
      });
    memberChild = (parent, options, description) =>
      #stored in parent
        ? parent.#declareChild(parseChildOptions(options), { kind: 'member', description })
        : (parent as Budget).child(options);
    reserveQuietly = (budget, amountUsd, options) =>
      #reserver in budget
        ? budget.#reserver.reserve(amountUsd, options, false)
        : (budget as Budget).reserve(amountUsd, options);
    reserveNow = (budget, amountUsd, options, reportRefusal) =>
      #reserver in budget
        ? budget.#reserver.reserveNow(amountUsd, options, reportRefusal)
        : (budget as Budget).reserve(amountUsd, options);
  }

  #now(): number {
    return readClock(this.clock);
  }
}
