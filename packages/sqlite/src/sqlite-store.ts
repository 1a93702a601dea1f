import {
  type AdjustCommand,
  type AdjustOutcome,
  applyAdjustment,
  assertSerialisable,
  BudgetConflictError,
  type BudgetDefinition,
  type BudgetRefusal,
  type BudgetSnapshot,
  type BudgetStore,
  type ChainLink,
  describeWindow,
  type ExpiredReservation,
  endedRefusal,
  type LedgerEntry,
  type LedgerQuery,
  type LedgerRecord,
  type PurgeQuery,
  picoRefusal,
  picoToUsd,
  purgeableBudgets,
  type ReleaseCommand,
  type ReserveCommand,
  type ReserveOutcome,
  type SettleCommand,
  type SettleOutcome,
  usdToPico,
} from '@tollgate/core';
import Database from 'better-sqlite3';
import { migrate } from './schema.js';
import { parseSqliteOptions, type SqliteStoreOptions } from './sqlite-options.js';
import {
  adjustmentDetails,
  ledgerEntry,
  ledgerRecord,
  load,
  pico,
  type ReservationRow,
  rollIntoWindow,
  snapshot,
  type Working,
} from './sqlite-rows.js';
import { prepareStatements, type Statements } from './sqlite-statements.js';
import { toSqliteStoreError } from './sqlite-store-error.js';
import { decodeWindow, encodeWindow } from './window-codec.js';

export type { SqliteStoreOptions };

/**
 * A budget store in one SQLite file (better-sqlite3, WAL). Every command runs in one
 * `BEGIN IMMEDIATE` transaction, so a whole-chain reserve, settle or release is atomic
 * across every process on the host that opens the same file. Money is kept as exact
 * decimal text and computed with core's money module.
 *
 * Options are validated (`InvalidOptionsError`, with a "did you mean" for a mistyped key);
 * a file that cannot be used throws `StoreInvalidError` (`STORE_INVALID`) naming the path.
 */
export function sqliteStore(options: SqliteStoreOptions): BudgetStore {
  return new SqliteStore(parseSqliteOptions(options));
}

// How long an ended reservation is remembered so a retried settle or release is a no-op
// (core retries a failed settlement with backoff capped at 30 s; a day is ample), and a
// release of an id not held when its command carries no deadline.
const endedRetentionMs = 86_400_000;
// Commands per shared transaction: enough to spare most commits under load, few enough
// that the write lock is not held from other processes for long.
const maxBatch = 64;

type Work =
  | { kind: 'reserve'; command: ReserveCommand }
  | { kind: 'settle'; command: SettleCommand }
  | { kind: 'release'; command: ReleaseCommand };

/** A command waiting for the end of the current tick. */
type Queued = Work & { resolve(value: unknown): void; reject(error: unknown): void };

type Applied = { ok: true; value: unknown } | { ok: false; error: unknown };

// Housekeeping (ledger cap, forgotten ended ids) runs every this many settlements.
const pruneEvery = 512;

class SqliteStore implements BudgetStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;
  readonly #path: string;
  readonly #ledgerLimit: number;
  readonly #sql: Statements;
  readonly #tx;
  #settlesSincePrune = 0;
  #queued: Queued[] = [];
  /** A command already ran at once in this tick: the next ones wait for the shared commit. */
  #tickHasRun = false;

  constructor(options: SqliteStoreOptions) {
    this.#path = options.path;
    this.#ledgerLimit = options.ledgerLimit ?? 100_000;
    const db = openDatabase(options);
    this.#db = db;
    this.#sql = prepareStatements(db);
    this.#tx = {
      define: db.transaction((definition: BudgetDefinition) => this.#define(definition)),
      reserve: db.transaction((command: ReserveCommand) => this.#reserve(command)),
      settle: db.transaction((command: SettleCommand) => this.#settle(command)),
      release: db.transaction((command: ReleaseCommand) => this.#release(command)),
      // Inside it each command runs as a nested transaction, i.e. a savepoint: a command
      // that throws is rolled back alone and the others still commit.
      batch: db.transaction((commands: readonly Queued[]) =>
        commands.map((queued): Applied => {
          try {
            return { ok: true, value: this.#apply(queued) };
          } catch (error) {
            return { ok: false, error };
          }
        }),
      ),
      status: db.transaction((link: ChainLink, now: number) => {
        this.#expireDue(now);
        return this.#sql.getBudget.get(link.id);
      }),
      expire: db.transaction((now: number) => this.#expireDue(now).expired),
      adjust: db.transaction((command: AdjustCommand) => this.#adjust(command)),
      purge: db.transaction((query: PurgeQuery) => this.#purge(query)),
    };
  }

  async define(definition: BudgetDefinition, _now: number): Promise<BudgetSnapshot> {
    return this.#guard(() => this.#tx.define.immediate(definition));
  }

  reserve(command: ReserveCommand): Promise<ReserveOutcome> {
    if (command.metadata !== undefined) {
      try {
        assertSerialisable(command.metadata, 'metadata');
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.#queue({ kind: 'reserve', command }) as Promise<ReserveOutcome>;
  }

  async settle(command: SettleCommand): Promise<SettleOutcome> {
    assertSerialisable(command.details, 'details');
    const outcome = (await this.#queue({ kind: 'settle', command })) as SettleOutcome;
    if (outcome.applied) this.#maybePrune(command.now);
    return outcome;
  }

  release(command: ReleaseCommand): Promise<boolean> {
    return this.#queue({ kind: 'release', command }) as Promise<boolean>;
  }

  /**
   * Reserves, settles and releases issued in the same tick (many calls in flight in this
   * process) commit together: the first runs at once in its own transaction, and the rest
   * of the tick's commands then share one `BEGIN IMMEDIATE`, one write lock taken from the
   * other processes and one commit, each command in its own savepoint. One call at a time,
   * every command runs at once, as if there were no queue.
   */
  #queue(work: Work): Promise<unknown> {
    if (!this.#tickHasRun) {
      this.#tickHasRun = true;
      process.nextTick(() => this.#runQueued());
      try {
        return Promise.resolve(this.#applyAlone(work));
      } catch (error) {
        return Promise.reject(toSqliteStoreError(error, this.#path));
      }
    }
    return new Promise((resolve, reject) => {
      this.#queued.push({ ...work, resolve, reject });
    });
  }

  #runQueued(): void {
    this.#tickHasRun = false;
    while (this.#queued.length > 0) {
      const commands = this.#queued.splice(0, maxBatch);
      const [only] = commands;
      if (commands.length === 1 && only !== undefined) {
        try {
          only.resolve(this.#applyAlone(only));
        } catch (error) {
          only.reject(toSqliteStoreError(error, this.#path));
        }
        continue;
      }
      let applied: Applied[];
      try {
        applied = this.#tx.batch.immediate(commands);
      } catch (error) {
        const failure = toSqliteStoreError(error, this.#path);
        for (const command of commands) command.reject(failure);
        continue;
      }
      commands.forEach((command, index) => {
        const result = applied[index];
        if (result?.ok === true) command.resolve(result.value);
        else command.reject(toSqliteStoreError(result?.error, this.#path));
      });
    }
  }

  /** One queued command, nested in the batch's transaction. */
  #apply(work: Work): unknown {
    if (work.kind === 'reserve') return this.#tx.reserve(work.command);
    if (work.kind === 'settle') return this.#tx.settle(work.command);
    return this.#tx.release(work.command);
  }

  /** One command in its own `BEGIN IMMEDIATE` transaction. */
  #applyAlone(work: Work): unknown {
    if (work.kind === 'reserve') return this.#tx.reserve.immediate(work.command);
    if (work.kind === 'settle') return this.#tx.settle.immediate(work.command);
    return this.#tx.release.immediate(work.command);
  }

  async status(link: ChainLink, now: number): Promise<BudgetSnapshot | undefined> {
    // Reading needs no write lock unless something may be due to expire.
    const row = this.#guard(() =>
      isDue(this.#nextDue(), now)
        ? this.#tx.status.immediate(link, now)
        : this.#sql.getBudget.get(link.id),
    );
    if (row === undefined) return undefined;
    const working = load(row);
    // A read in a newer window reports that window's empty figures without writing.
    rollIntoWindow(working, link);
    return snapshot(working);
  }

  async expire(now: number): Promise<ExpiredReservation[]> {
    return this.#guard(() => {
      const expired = this.#tx.expire.immediate(now);
      this.#prune(now);
      return expired;
    });
  }

  async adjust(command: AdjustCommand): Promise<AdjustOutcome> {
    return this.#guard(() => this.#tx.adjust.immediate(command));
  }

  async list(): Promise<BudgetSnapshot[]> {
    return this.#guard(() => this.#sql.allBudgets.all().map((row) => snapshot(load(row))));
  }

  async find(id: string): Promise<BudgetSnapshot | undefined> {
    const row = this.#guard(() => this.#sql.getBudget.get(id));
    return row === undefined ? undefined : snapshot(load(row));
  }

  async purge(query: PurgeQuery): Promise<string[]> {
    return this.#guard(() => this.#tx.purge.immediate(query));
  }

  async ledger(query: LedgerQuery = {}): Promise<LedgerRecord[]> {
    const limit = Math.max(0, Math.floor(query.limit ?? 100));
    const kind = query.kind ?? 'all';
    const rows = this.#guard(() =>
      query.budgetId === undefined
        ? this.#sql.ledgerNewest.all({ kind, limit })
        : this.#sql.ledgerForBudget.all({ kind, limit, budgetId: query.budgetId }),
    );
    return rows.map(ledgerRecord);
  }

  /** Runs a read or a transaction, turning what better-sqlite3 throws into a Tollgate error. */
  #guard<T>(operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      throw toSqliteStoreError(error, this.#path);
    }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  #define(definition: BudgetDefinition): BudgetSnapshot {
    const row = this.#sql.getBudget.get(definition.id);
    const limit = pico(definition.limitUsd, 'down');
    const limitUsd = picoToUsd(limit);
    if (row === undefined) {
      const working = this.#create(definition);
      this.#write(working);
      return snapshot(working);
    }
    if (row.parent_id !== definition.parentId) {
      throw new BudgetConflictError(
        definition.id,
        `Budget "${definition.id}" already exists under parent ${String(row.parent_id)}; it cannot be attached under ${String(definition.parentId)}. Use another id.`,
      );
    }
    const window = encodeWindow(definition.window);
    if (row.window !== window) {
      throw new BudgetConflictError(
        definition.id,
        `Budget "${definition.id}" already exists with window ${describeWindow(decodeWindow(row.window))}; it cannot be attached with window ${describeWindow(definition.window)}. Use another id.`,
      );
    }
    // The newest definition wins (a restarted process with a new limit applies it), unless
    // an administrative change set the limit.
    if (row.limit_set === 1) return snapshot(load(row));
    if (row.limit_usd !== limitUsd) this.#sql.updateLimit.run(limitUsd, definition.id);
    return snapshot({ ...load(row), limit });
  }

  #reserve(command: ReserveCommand): ReserveOutcome {
    const { nextDue } = this.#expireDue(command.now);
    // A reserve sent again holds nothing more; one whose release came first holds nothing.
    if (this.#sql.getReservation.get(command.reservationId) !== undefined)
      return { admitted: true, wouldRefuse: [] };
    const ended = this.#sql.getEnded.get(command.reservationId);
    if (ended !== undefined && ended.keep_until > command.now) {
      const leaf = this.#touch(command.chain[0] as ChainLink);
      this.#write(leaf);
      return {
        admitted: false,
        ended: true,
        refusal: endedRefusal(leaf.id, leaf, command.amountUsd),
      };
    }
    const amount = pico(command.amountUsd, 'up');
    const touched: Working[] = [];
    const wouldRefuse: BudgetRefusal[] = [];
    let refusal: BudgetRefusal | undefined;
    for (const link of command.chain) {
      const working = this.#touch(link);
      touched.push(working);
      if (working.closedAt !== null) {
        for (const each of touched) this.#write(each);
        return {
          admitted: false,
          closed: true,
          refusal: endedRefusal(working.id, working, command.amountUsd),
        };
      }
      const refused = picoRefusal(working.id, working, amount, command.amountUsd);
      if (refused === undefined) continue;
      if (link.enforce) {
        refusal = refused;
        break;
      }
      wouldRefuse.push(refused);
    }
    if (refusal !== undefined) {
      // Window rolls and recreated records persist even when the call is refused.
      for (const working of touched) this.#write(working);
      return { admitted: false, refusal };
    }
    for (const working of touched) {
      working.reserved += amount;
      working.changed = true;
      this.#write(working);
    }
    this.#sql.insertReservation.run(
      command.reservationId,
      command.chain[0]?.id ?? '',
      JSON.stringify(command.chain.map((link) => link.id)),
      picoToUsd(amount),
      command.expiresAt,
      command.metadata === undefined ? null : JSON.stringify(command.metadata),
    );
    // Keep the bound at or below every held deadline; with one time-to-live for all calls
    // a new deadline is later than the bound, so this rarely writes.
    if (nextDue === null || command.expiresAt < nextDue)
      this.#sql.setNextDue.run(command.expiresAt);
    return { admitted: true, wouldRefuse };
  }

  #settle(command: SettleCommand): SettleOutcome {
    const held = this.#sql.getReservation.get(command.reservationId);
    const actual = pico(command.actualUsd, 'up');
    const reserved =
      held === undefined ? pico(command.reservedUsd, 'up') : usdToPico(held.amount_usd);
    const chainIds = command.chain.map((link) => link.id);
    const entry: LedgerEntry = {
      reservationId: command.reservationId,
      budgetId: chainIds[0] ?? '',
      chain: chainIds,
      reservedUsd: picoToUsd(reserved),
      actualUsd: picoToUsd(actual),
      overrunUsd: actual > reserved ? picoToUsd(actual - reserved) : '0',
      settledAt: command.now,
      late: held === undefined,
      details: command.details,
    };
    const touched = command.chain.map((link) => this.#touch(link));
    const wanted = command.snapshots !== false;
    const before = wanted ? touched.map(snapshot) : [];
    if (held === undefined) {
      // A retry of a settlement that landed (its ledger row) or a settle after a release
      // changes nothing; only an expired reservation is charged late.
      const recorded = this.#sql.ledgerByReservation.get(command.reservationId);
      if (recorded !== undefined || this.#sql.getEnded.get(command.reservationId) !== undefined) {
        for (const working of touched) this.#write(working);
        return {
          applied: false,
          entry: recorded === undefined ? entry : ledgerEntry(recorded),
          before,
          after: before,
        };
      }
    }
    const heldAmount = held === undefined ? 0n : reserved;
    for (const working of touched) {
      working.reserved -= heldAmount;
      working.spent += actual;
      working.calls += 1;
      working.changed = true;
      this.#write(working);
    }
    if (held !== undefined) this.#sql.deleteReservation.run(command.reservationId);
    // The ledger row is the settlement's record of having landed; without a ledger,
    // the `ended` table keeps it for a day instead.
    if (this.#ledgerLimit <= 0) {
      const until = command.now + endedRetentionMs;
      this.#sql.insertEnded.run(command.reservationId, 'settled', command.now, until);
    } else {
      this.#sql.insertLedger.run(
        entry.reservationId,
        entry.budgetId,
        JSON.stringify(chainIds),
        entry.reservedUsd,
        entry.actualUsd,
        entry.overrunUsd,
        entry.settledAt,
        entry.late ? 1 : 0,
        command.details.model ?? null,
        command.details.pricingVersion ?? null,
        JSON.stringify(command.details),
      );
    }
    return { applied: true, entry, before, after: wanted ? touched.map(snapshot) : [] };
  }

  #release(command: ReleaseCommand): boolean {
    const held = this.#sql.getReservation.get(command.reservationId);
    if (held !== undefined) this.#unhold(held);
    // Not held: its reserve may still arrive (an ambiguous failure); remember the release
    // until the reservation's deadline so that reserve holds nothing.
    const until =
      held === undefined && command.expiresAt !== undefined
        ? command.expiresAt
        : command.now + endedRetentionMs;
    this.#sql.insertEnded.run(command.reservationId, 'released', command.now, until);
    return held !== undefined;
  }

  #adjust(command: AdjustCommand): AdjustOutcome {
    const working = this.#touch(command.link);
    this.#write(working);
    const before = snapshot(working);
    const entry = applyAdjustment(working, command);
    this.#sql.updateAdministered.run(
      picoToUsd(working.limit),
      picoToUsd(working.spent),
      working.calls,
      working.closedAt,
      working.limitSet ? 1 : 0,
      working.id,
    );
    if (this.#ledgerLimit > 0) {
      this.#sql.insertAdjustment.run(
        entry.adjustmentId,
        entry.budgetId,
        JSON.stringify(entry.chain),
        entry.amountUsd,
        entry.at,
        adjustmentDetails(entry),
      );
    }
    return { entry, before, after: snapshot(working) };
  }

  #purge(query: PurgeQuery): string[] {
    const holding = new Set(
      this.#sql.heldChains.all().flatMap((row) => JSON.parse(row.chain) as string[]),
    );
    const purged = purgeableBudgets(
      this.#sql.allBudgets.all().map((row) => ({
        id: row.id,
        parentId: row.parent_id,
        closedAt: row.closed_at,
        holds: holding.has(row.id),
      })),
      query.closedBefore,
    );
    for (const id of purged) {
      this.#sql.deleteBudget.run(id);
      this.#sql.deleteLedgerOf.run(id);
    }
    return [...purged].sort();
  }

  /** The stored bound at or below every held deadline; `null` when none is held. */
  #nextDue(): number | null {
    return this.#sql.nextDue.get()?.next_due ?? null;
  }

  /** Releases the reservations past their deadline at `now`; returns them and the bound after. */
  #expireDue(now: number): { expired: ExpiredReservation[]; nextDue: number | null } {
    const bound = this.#nextDue();
    if (!isDue(bound, now)) return { expired: [], nextDue: bound };
    const expired: ExpiredReservation[] = [];
    for (const row of this.#sql.due.all(now)) {
      // Not recorded as ended: a late settle of an expired reservation still charges.
      const chain = this.#unhold(row);
      expired.push({
        reservationId: row.id,
        budgetId: chain[0] ?? '',
        chain,
        reservedUsd: row.amount_usd,
        expiresAt: row.expires_at,
      });
    }
    // The bound passed: move it up to the earliest deadline still held (none: NULL).
    const nextDue = this.#sql.earliestDeadline.get()?.next_due ?? null;
    this.#sql.setNextDue.run(nextDue);
    return { expired, nextDue };
  }

  /** Gives a held reservation's amount back to every budget of its chain and forgets it. */
  #unhold(row: ReservationRow): string[] {
    const chain = JSON.parse(row.chain) as string[];
    const amount = usdToPico(row.amount_usd);
    for (const id of chain) {
      const budget = this.#sql.getBudget.get(id);
      if (budget === undefined) continue;
      this.#sql.updateReserved.run(picoToUsd(usdToPico(budget.reserved_usd) - amount), id);
    }
    this.#sql.deleteReservation.run(row.id);
    return chain;
  }

  #create(definition: BudgetDefinition): Working {
    return {
      id: definition.id,
      parentId: definition.parentId,
      limit: pico(definition.limitUsd, 'down'),
      window: encodeWindow(definition.window),
      spent: 0n,
      reserved: 0n,
      calls: 0,
      windowStart: null,
      closedAt: null,
      limitSet: false,
      created: true,
      changed: false,
    };
  }

  /** The working copy of a link's budget, recreated from the link if missing, rolled into its window. */
  #touch(link: ChainLink): Working {
    const row = this.#sql.getBudget.get(link.id);
    const working = row === undefined ? this.#create(link) : load(row);
    rollIntoWindow(working, link);
    return working;
  }

  #write(working: Working): void {
    if (working.created) {
      this.#sql.insertBudget.run(
        working.id,
        working.parentId,
        picoToUsd(working.limit),
        working.window,
        picoToUsd(working.spent),
        picoToUsd(working.reserved),
        working.calls,
        working.windowStart,
      );
      working.created = false;
      working.changed = false;
      return;
    }
    if (!working.changed) return;
    this.#sql.updateFigures.run(
      picoToUsd(working.spent),
      picoToUsd(working.reserved),
      working.calls,
      working.windowStart,
      working.id,
    );
    working.changed = false;
  }

  #maybePrune(now: number): void {
    this.#settlesSincePrune += 1;
    if (this.#settlesSincePrune >= pruneEvery) this.#prune(now);
  }

  /** Deletes ledger entries past the limit and the tombstones whose time has passed at `now`. */
  #prune(now: number): void {
    this.#settlesSincePrune = 0;
    this.#sql.pruneEnded.run(now);
    if (Number.isFinite(this.#ledgerLimit)) this.#sql.pruneLedger.run(this.#ledgerLimit);
  }
}

/** Opens the file, sets it up and migrates its schema; closes it again if any step fails. */
function openDatabase(options: SqliteStoreOptions): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(options.path);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toSqliteStoreError(error, options.path);
  }
}

/** True when a held reservation may be past its deadline at `now`, given the stored bound. */
function isDue(nextDue: number | null, now: number): boolean {
  return nextDue !== null && nextDue <= now;
}
