import { randomUUID } from 'node:crypto';
import { assertBudgetId } from './budget-id.js';
import {
  type BudgetOptions,
  type ChildBudgetOptions,
  parseBudgetOptions,
  parseChildOptions,
} from './budget-options.js';
import { type Clock, systemClock } from './clock.js';
import {
  BudgetExceededError,
  type BudgetRefusal,
  InvalidOptionsError,
  StoreUnavailableError,
  TollgateError,
} from './errors.js';
import {
  type BudgetEvent,
  type BudgetEventHandler,
  type BudgetEventName,
  EventHub,
} from './events.js';
import { LazyQueue } from './lazy-queue.js';
import { memoryStore } from './memory-store.js';
import { canonicalUsd, formatUsd, type Money, maxMoney, money, ZERO } from './money.js';
import { refusalMessage } from './refusal-message.js';
import { Reservation, type ReservationOwner } from './reservation.js';
import type {
  BudgetDefinition,
  BudgetSnapshot,
  BudgetStore,
  ChainLink,
  LedgerEntry,
  LedgerQuery,
  Metadata,
  SettleCommand,
  SettlementDetails,
} from './store.js';
import { toWindowSpec, windowBounds } from './window.js';

/** What `budget.status()` answers. Money is decimal strings of USD. */
export interface BudgetStatus {
  /** The budget's id. */
  id: string;
  /** The limit of the current window, in USD. */
  limitUsd: string;
  /** Settled spend in the current window. */
  spentUsd: string;
  /** Held by calls in flight. */
  reservedUsd: string;
  /** `limit - spent - reserved`, never below zero. */
  remainingUsd: string;
  /** Calls settled in the current window. */
  calls: number;
  /** True once settled spend has reached the limit: further calls are refused. */
  exceeded: boolean;
  /** When the current window ends and spend resets (ISO 8601), for budgets with a window. */
  resetsAt?: string;
}

/** Options of one `budget.reserve` call. */
export interface ReserveOptions {
  /** Recorded with the reservation and its ledger entry. */
  metadata?: Metadata;
  /** This reservation's time-to-live. @default the budget's `ttlMs` */
  ttlMs?: number;
  /** Overrides the budget's `onLimit` for this call. */
  onLimit?: 'reject' | 'wait';
  /** Overrides the budget's `waitTimeoutMs` for this call. */
  waitTimeoutMs?: number;
  /** Stops waiting (wait mode): the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * `false` when the caller will try again with a smaller amount (adapters with a cheap
   * bound first): a refusal is then thrown but not reported as a `refused` event.
   * @default true
   */
  reportRefusal?: boolean;
}

interface Settings {
  thresholds: readonly number[];
  ttlMs: number;
  onLimit: 'reject' | 'wait';
  waitTimeoutMs: number;
  enforce: boolean;
  onStoreError: 'refuse' | 'allow';
}

const defaults: Settings = {
  thresholds: [0.5, 0.8, 1],
  ttlMs: 900_000,
  onLimit: 'reject',
  waitTimeoutMs: 30_000,
  enforce: true,
  onStoreError: 'refuse',
};

// How often a waiting call looks again when the money it waits for may be freed by
// another process (same-process settlements wake it at once).
const waitPollMs = 100;
const settleRetryMinMs = 50;
const settleRetryMaxMs = 30_000;

/** State shared by a root budget and all its descendants. */
class Family {
  readonly queue = new LazyQueue(1);
  readonly wakers = new Set<() => void>();
  readonly pending = new Set<Promise<void>>();
  readonly ids = new Set<string>();

  wake(): void {
    if (this.wakers.size === 0) return;
    for (const waker of this.wakers) waker();
    this.wakers.clear();
  }
}

/**
 * Creates a budget: a limit in USD that calls reserve against before they are sent and
 * settle to their exact cost after. Options are validated here; the store is touched on
 * first use.
 */
export function createBudget(options: BudgetOptions): Budget {
  const parsed = parseBudgetOptions(options);
  return new Budget(
    parsed,
    parsed.store ?? memoryStore(),
    parsed.clock ?? systemClock,
    undefined,
    defaults,
  );
}

/** A budget: see `createBudget`. Children roll their spend up into it. */
export class Budget implements ReservationOwner {
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
  readonly #definition: BudgetDefinition;
  readonly #settings: Settings;
  readonly #events = new EventHub();
  readonly #family: Family;
  /** This budget and its ancestors, leaf first. */
  readonly #chain: readonly Budget[];
  readonly #chainIds: readonly string[];
  #ready: Promise<void> | undefined;
  #isReady = false;
  #linkCache: ChainLink | undefined;
  #linksCache: readonly ChainLink[] | undefined;

  /** @internal Use `createBudget` or `budget.child`. */
  constructor(
    options: ChildBudgetOptions,
    store: BudgetStore,
    clock: Clock,
    parent: Budget | undefined,
    inherited: Settings,
  ) {
    this.id = assertBudgetId(options.id);
    this.limitUsd = canonicalUsd(options.limitUsd, 'limitUsd', 'down');
    this.parent = parent;
    this.store = store;
    this.clock = clock;
    this.#settings = {
      thresholds: [...(options.thresholds ?? inherited.thresholds)].sort((a, b) => a - b),
      ttlMs: options.ttlMs ?? inherited.ttlMs,
      onLimit: options.onLimit ?? inherited.onLimit,
      waitTimeoutMs: options.waitTimeoutMs ?? inherited.waitTimeoutMs,
      enforce: options.enforce ?? inherited.enforce,
      onStoreError: options.onStoreError ?? inherited.onStoreError,
    };
    this.#definition = {
      id: this.id,
      parentId: parent?.id ?? null,
      limitUsd: this.limitUsd,
      window: options.window === undefined ? null : toWindowSpec(options.window),
    };
    this.#chain = parent === undefined ? [this] : [this, ...parent.#chain];
    this.#chainIds = this.#chain.map((budget) => budget.id);
    this.#family = parent === undefined ? new Family() : parent.#family;
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
    return this.#settings.enforce;
  }

  /** A budget whose spend also counts against this one (and its ancestors). */
  child(options: ChildBudgetOptions): Budget {
    return new Budget(parseChildOptions(options), this.store, this.clock, this, this.#settings);
  }

  /** Listens to an event of this budget and of every budget below it. Returns an unsubscribe function. */
  on<Name extends BudgetEventName>(name: Name, handler: BudgetEventHandler<Name>): () => void {
    return this.#events.on(name, handler);
  }

  /** Delivers an event to this budget's listeners and its ancestors'. Adapters use it for their own events. */
  emit(event: BudgetEvent): void {
    for (const budget of this.#chain) {
      if (!budget.#events.empty) budget.#events.emit(event);
    }
  }

  /** Spent, held and left right now. Reads the store; O(1) whatever the history. */
  async status(): Promise<BudgetStatus> {
    await this.#ensureReady();
    const now = this.clock.now();
    const link = this.#link(now);
    const snapshot =
      (await this.#call(() => this.store.status(link, now))) ?? emptySnapshot(this.#definition);
    const limit = money(snapshot.limitUsd);
    const spent = money(snapshot.spentUsd);
    const reserved = money(snapshot.reservedUsd);
    const status: BudgetStatus = {
      id: this.id,
      limitUsd: snapshot.limitUsd,
      spentUsd: snapshot.spentUsd,
      reservedUsd: snapshot.reservedUsd,
      remainingUsd: formatUsd(maxMoney(limit.minus(spent).minus(reserved), ZERO)),
      calls: snapshot.calls,
      exceeded: spent.gte(limit),
    };
    if (link.windowEnd !== null) status.resetsAt = new Date(link.windowEnd).toISOString();
    return status;
  }

  /** Settled calls that charged this budget, newest first. */
  async ledger(query: Omit<LedgerQuery, 'budgetId'> = {}): Promise<LedgerEntry[]> {
    return this.#call(() => this.store.ledger({ ...query, budgetId: this.id }));
  }

  /** Resolves when every settlement kept in memory (store unreachable) has landed. */
  async flush(): Promise<void> {
    while (this.#family.pending.size > 0) await Promise.all([...this.#family.pending]);
  }

  /**
   * Holds `amountUsd` on this budget and every ancestor, all or nothing. Throws
   * `BudgetExceededError` if any of them would go over its limit (after waiting, in wait
   * mode), and `StoreUnavailableError` if the store cannot be reached (unless
   * `onStoreError: 'allow'`).
   */
  async reserve(amountUsd: string | number, options: ReserveOptions = {}): Promise<Reservation> {
    const amount = canonicalUsd(amountUsd, 'amountUsd', 'up');
    if (!this.#isReady) await this.#readyUnlessAllowed();
    // Wait mode goes through the family's line even when it could pass at once, so a
    // newcomer never overtakes a call already waiting (first in, first out).
    if ((options.onLimit ?? this.#settings.onLimit) === 'wait') {
      return this.#waitInLine(amount, options, Date.now());
    }
    const attempt = await this.#tryReserve(amount, options);
    if (attempt instanceof Reservation) return attempt;
    throw this.#refuse(attempt, options);
  }

  async #waitInLine(
    amount: string,
    options: ReserveOptions,
    startedAt: number,
  ): Promise<Reservation> {
    const deadline = startedAt + (options.waitTimeoutMs ?? this.#settings.waitTimeoutMs);
    const family = this.#family;
    return family.queue.add(async () => {
      for (let slept = false; ; slept = true) {
        options.signal?.throwIfAborted();
        const attempt = await this.#tryReserve(amount, options);
        if (attempt instanceof Reservation) return attempt;
        const now = Date.now();
        if (!attempt.heldOnly || now >= deadline) {
          // A call that never fitted was not kept waiting: its refusal says nothing of waits.
          const refusal = slept ? { ...attempt, waitedMs: now - startedAt } : attempt;
          throw this.#refuse(refusal, options);
        }
        await sleepUntilWoken(family, Math.min(waitPollMs, deadline - now), options.signal);
      }
    });
  }

  async #tryReserve(amount: string, options: ReserveOptions): Promise<Reservation | BudgetRefusal> {
    const now = this.clock.now();
    const reservationId = randomUUID();
    const expiresAt = now + (options.ttlMs ?? this.#settings.ttlMs);
    const chain = this.#links(now);
    let outcome: Awaited<ReturnType<BudgetStore['reserve']>>;
    try {
      const command = { reservationId, chain, amountUsd: amount, now, expiresAt };
      outcome = await this.store.reserve(
        options.metadata === undefined ? command : { ...command, metadata: options.metadata },
      );
    } catch (error) {
      const unavailable = toStoreError(error, this.store);
      if (
        this.#settings.onStoreError !== 'allow' ||
        !(unavailable instanceof StoreUnavailableError)
      )
        throw unavailable;
      return this.#newReservation(reservationId, amount, expiresAt, options.metadata, false);
    }
    if (!outcome.admitted) return outcome.refusal;
    for (const refusal of outcome.wouldRefuse) {
      this.emit({
        type: 'refused',
        budgetId: this.id,
        enforced: false,
        refusal,
        metadata: options.metadata,
      });
    }
    return this.#newReservation(reservationId, amount, expiresAt, options.metadata, true);
  }

  #newReservation(
    id: string,
    amountUsd: string,
    expiresAt: number,
    metadata: Metadata | undefined,
    backed: boolean,
  ): Reservation {
    const reservation = new Reservation(
      { id, budgetId: this.id, chain: this.#chainIds, amountUsd, expiresAt, metadata, backed },
      this,
    );
    // Reserve and settle are the hot path: no event object is built when nobody listens.
    if (this.#hasListeners()) {
      this.emit({
        type: 'reserved',
        budgetId: this.id,
        reservationId: id,
        amountUsd,
        chain: this.#chainIds,
        metadata,
      });
    }
    return reservation;
  }

  #refuse(refusal: BudgetRefusal, options: ReserveOptions): BudgetExceededError {
    const metadata = options.metadata;
    if (options.reportRefusal !== false) {
      this.emit({ type: 'refused', budgetId: this.id, enforced: true, refusal, metadata });
    }
    // The store names a budget of this chain; its link gives the window for the message.
    const refuser = this.#chain.find((budget) => budget.id === refusal.budgetId) as Budget;
    return new BudgetExceededError(
      refusal,
      refusalMessage(refusal, refuser.#link(this.clock.now())),
    );
  }

  /** @internal Called by `Reservation.settle`. */
  async settleReservation(
    reservation: Reservation,
    actualUsd: string,
    details: SettlementDetails,
  ): Promise<LedgerEntry> {
    const now = this.clock.now();
    const merged = mergeMetadata(details, reservation.metadata);
    const command: SettleCommand = {
      reservationId: reservation.id,
      chain: this.#links(now),
      reservedUsd: reservation.backed ? reservation.amountUsd : '0',
      actualUsd,
      now,
      details: merged,
      snapshots: this.#hasListeners(),
    };
    try {
      return await this.#applySettlement(command);
    } catch (error) {
      this.#keepPending(command, error);
      return localEntry(command);
    }
  }

  /**
   * @internal Called by `Reservation.release`. A release that cannot reach the store is
   * retried in the background like a settlement (a `settlement-pending` event with
   * `actualUsd: '0'` says so); until it lands the hold stays, and its time-to-live bounds it.
   */
  async releaseReservation(reservation: Reservation): Promise<boolean> {
    if (!reservation.backed) return true;
    const release = async () => {
      const now = this.clock.now();
      const released = await this.#call(() =>
        this.store.release({ reservationId: reservation.id, chain: this.#links(now), now }),
      );
      this.#family.wake();
      if (released) {
        this.emit({
          type: 'released',
          budgetId: this.id,
          reservationId: reservation.id,
          amountUsd: reservation.amountUsd,
        });
      }
      return released;
    };
    try {
      return await release();
    } catch (error) {
      this.#retryInBackground(reservation.id, '0', error, release);
      return false;
    }
  }

  async #applySettlement(command: SettleCommand): Promise<LedgerEntry> {
    let outcome: Awaited<ReturnType<BudgetStore['settle']>>;
    try {
      outcome = await this.store.settle(command);
    } catch (error) {
      throw toStoreError(error, this.store);
    }
    this.#family.wake();
    // Not applied means the store had already settled it: a retry after an attempt whose
    // answer was lost. The call is settled all the same, so its listeners hear of it.
    if (!this.#hasListeners()) return outcome.entry;
    this.emit({ type: 'settled', budgetId: this.id, entry: outcome.entry });
    if (outcome.applied) this.#reportCrossings(outcome.before, outcome.after);
    return outcome.entry;
  }

  #keepPending(command: SettleCommand, firstError: unknown): void {
    this.#retryInBackground(command.reservationId, command.actualUsd, firstError, () =>
      this.#applySettlement(command),
    );
  }

  /** Retries a store command with backoff until it lands, reporting each failure. */
  #retryInBackground(
    reservationId: string,
    actualUsd: string,
    firstError: unknown,
    operation: () => Promise<unknown>,
  ): void {
    const family = this.#family;
    let attempt = 1;
    const report = (error: unknown) =>
      this.emit({
        type: 'settlement-pending',
        budgetId: this.id,
        reservationId,
        actualUsd,
        attempt,
        error,
      });
    report(firstError);
    const landing = (async () => {
      for (;;) {
        await delay(Math.min(settleRetryMinMs * 2 ** (attempt - 1), settleRetryMaxMs));
        attempt += 1;
        try {
          await operation();
          return;
        } catch (error) {
          report(error);
        }
      }
    })();
    family.pending.add(landing);
    void landing.finally(() => family.pending.delete(landing));
  }

  #reportCrossings(before: readonly BudgetSnapshot[], after: readonly BudgetSnapshot[]): void {
    for (let index = 0; index < this.#chain.length; index += 1) {
      const budget = this.#chain[index] as Budget;
      const previous = before[index];
      const current = after[index];
      if (previous === undefined || current === undefined || !budget.#hasListeners()) continue;
      budget.#reportCrossing(money(previous.spentUsd), current);
    }
  }

  #reportCrossing(previousSpent: Money, current: BudgetSnapshot): void {
    const limit = money(current.limitUsd);
    const spent = money(current.spentUsd);
    if (limit.eq(0)) return;
    for (const threshold of this.#settings.thresholds) {
      const mark = limit.times(threshold);
      if (previousSpent.lt(mark) && spent.gte(mark)) {
        this.emit({
          type: 'threshold',
          budgetId: this.id,
          threshold,
          spentUsd: current.spentUsd,
          limitUsd: current.limitUsd,
        });
      }
    }
    if (previousSpent.lt(limit) && spent.gte(limit)) {
      this.emit({
        type: 'exceeded',
        budgetId: this.id,
        spentUsd: current.spentUsd,
        limitUsd: current.limitUsd,
        overrunUsd: formatUsd(spent.minus(limit)),
      });
    }
  }

  #hasListeners(): boolean {
    return this.#chain.some((budget) => !budget.#events.empty);
  }

  // Links are rebuilt only when the window moves on: reserve and settle reuse them.
  #link(now: number): ChainLink {
    const cached = this.#linkCache;
    if (
      cached !== undefined &&
      // A link with a window end has a window start: both come from one windowBounds().
      (cached.windowEnd === null ||
        (now >= (cached.windowStart as number) && now < cached.windowEnd))
    ) {
      return cached;
    }
    const window = this.#definition.window;
    const bounds = window === null ? null : windowBounds(window, now);
    this.#linkCache = Object.freeze({
      ...this.#definition,
      enforce: this.#settings.enforce,
      windowStart: bounds?.start ?? null,
      windowEnd: bounds?.end ?? null,
    });
    return this.#linkCache;
  }

  #links(now: number): readonly ChainLink[] {
    const cached = this.#linksCache;
    const chain = this.#chain;
    let fresh = cached !== undefined;
    for (let index = 0; fresh && index < chain.length; index += 1) {
      fresh = (chain[index] as Budget).#link(now) === cached?.[index];
    }
    if (fresh && cached !== undefined) return cached;
    this.#linksCache = Object.freeze(chain.map((budget) => budget.#link(now)));
    return this.#linksCache;
  }

  /**
   * Defines the chain in the store before its first reserve. With `onStoreError: 'allow'`
   * an unreachable store does not stop the call: the reserve itself falls back to unheld.
   */
  async #readyUnlessAllowed(): Promise<void> {
    try {
      await this.#ensureReady();
    } catch (error) {
      if (this.#settings.onStoreError !== 'allow' || !(error instanceof StoreUnavailableError))
        throw error;
    }
  }

  #ensureReady(): Promise<void> {
    if (this.#ready === undefined) {
      const parentReady =
        this.parent === undefined ? Promise.resolve() : this.parent.#ensureReady();
      this.#ready = parentReady
        .then(() => this.#call(() => this.store.define(this.#definition, this.clock.now())))
        .then(() => {
          this.#isReady = true;
        });
      // A failed definition (store down) is tried again on the next call.
      this.#ready.catch(() => {
        this.#ready = undefined;
      });
    }
    return this.#ready;
  }

  async #call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toStoreError(error, this.store);
    }
  }
}

function toStoreError(error: unknown, store: BudgetStore): unknown {
  if (TollgateError.isInstance(error)) return error;
  return new StoreUnavailableError(
    `The ${store.kind} budget store could not be reached: ${String(error)}`,
    { cause: error },
  );
}

function mergeMetadata(
  details: SettlementDetails,
  metadata: Metadata | undefined,
): SettlementDetails {
  if (metadata === undefined) return details;
  return { ...details, metadata: { ...metadata, ...details.metadata } };
}

function localEntry(command: SettleCommand): LedgerEntry {
  const reserved = money(command.reservedUsd);
  const actual = money(command.actualUsd);
  return {
    reservationId: command.reservationId,
    budgetId: (command.chain[0] as ChainLink).id, // a chain always holds its leaf
    chain: command.chain.map((link) => link.id),
    reservedUsd: command.reservedUsd,
    actualUsd: command.actualUsd,
    overrunUsd: formatUsd(maxMoney(actual.minus(reserved), ZERO)),
    settledAt: command.now,
    late: false,
    details: command.details,
  };
}

function emptySnapshot(definition: BudgetDefinition): BudgetSnapshot {
  return {
    id: definition.id,
    parentId: definition.parentId,
    limitUsd: definition.limitUsd,
    spentUsd: '0',
    reservedUsd: '0',
    calls: 0,
    window: definition.window,
    windowStart: null,
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    // Unref'd: a retry loop alone must not keep the process alive; `flush()` waits for it.
    setTimeout(resolve, ms).unref();
  });
}

function sleepUntilWoken(
  family: Family,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      family.wakers.delete(done);
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      done();
      reject(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    family.wakers.add(done);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
