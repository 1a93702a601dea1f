import {
  type AdjustCommand,
  type AdjustOutcome,
  assertSerialisable,
  type BudgetDefinition,
  type BudgetSnapshot,
  type BudgetStore,
  type ChainLink,
  type ExpiredReservation,
  type LedgerQuery,
  type LedgerRecord,
  type PurgeQuery,
  type ReleaseCommand,
  type ReserveCommand,
  type ReserveOutcome,
  type SettleCommand,
  type SettleOutcome,
  type StoreInvalidError,
} from '@tollgate/core';
import {
  budgetSnapshot,
  closedStoreError,
  parseLedgerQuery,
  parsePurgeQuery,
  rollIntoWindow,
  TickBatcher,
} from '@tollgate/core/store-kit';
import type Database from 'better-sqlite3';
import { isDue } from './sqlite-budgets.js';
import { SqliteCommands } from './sqlite-commands.js';
import { ensureSchema, openDatabase } from './sqlite-connection.js';
import { parseSqliteOptions, type SqliteStoreOptions } from './sqlite-options.js';
import { ledgerRecord, load } from './sqlite-rows.js';
import { prepareStatements, type Statements } from './sqlite-statements.js';
import { toSqliteStoreError } from './sqlite-store-error.js';
import {
  type Applied,
  type Queued,
  type Transactions,
  transactions,
  type Work,
} from './sqlite-transactions.js';

export type { SqliteStoreOptions };

/**
 * A budget store in one SQLite file (better-sqlite3, WAL). Every command runs in one
 * `BEGIN IMMEDIATE` transaction, so a whole-chain reserve, settle or release is atomic
 * across every process on the host that opens the same file. Money is kept as exact
 * decimal text and computed in integers with the store kit (`@tollgate/core/store-kit`).
 *
 * Takes one options object (`{ path, ... }`). Options are validated (`InvalidOptionsError`,
 * with a "did you mean" for a mistyped key); a file that cannot be used throws
 * `StoreInvalidError` (`STORE_INVALID`) naming the path. After `close()` every command
 * fails with `StoreInvalidError` too: a closed store is not an outage to wait out.
 */
export function sqliteStore(options: SqliteStoreOptions): BudgetStore {
  return new SqliteStore(parseSqliteOptions(options));
}

// Commands per shared transaction: enough to spare most commits under load, few enough
// that the write lock is not held from other processes for long.
const maxBatch = 64;
// Housekeeping (ledger cap, forgotten ended ids) runs every this many settlements.
const pruneEvery = 512;

/** The prepared statements and transactions of a file whose schema is current. */
interface Prepared {
  sql: Statements;
  commands: SqliteCommands;
  tx: Transactions;
}

class SqliteStore implements BudgetStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;
  readonly #path: string;
  readonly #ledgerLimit: number;
  /** Undefined until the file's schema is current: opened while a migration could not run. */
  #prepared: Prepared | undefined;
  readonly #batcher: TickBatcher<Work, unknown>;
  #settlesSincePrune = 0;

  constructor(options: SqliteStoreOptions) {
    this.#path = options.path;
    this.#ledgerLimit = options.ledgerLimit ?? 100_000;
    const { db, current } = openDatabase(options);
    this.#db = db;
    if (current) this.#prepared = this.#prepare();
    this.#batcher = new TickBatcher<Work, unknown>({
      maxBatch,
      send: (batch) => this.#runBatch(batch),
    });
  }

  /**
   * The statements and transactions, migrating the file first if it was opened while
   * another process held the write lock (throws `STORE_UNAVAILABLE` while it still does).
   */
  #ready(): Prepared {
    if (this.#prepared !== undefined) return this.#prepared;
    ensureSchema(this.#db, this.#path);
    this.#prepared = this.#prepare();
    return this.#prepared;
  }

  get #sql(): Statements {
    return this.#ready().sql;
  }

  get #commands(): SqliteCommands {
    return this.#ready().commands;
  }

  get #tx(): Transactions {
    return this.#ready().tx;
  }

  #prepare(): Prepared {
    const sql = prepareStatements(this.#db);
    const commands = new SqliteCommands(sql, this.#ledgerLimit);
    const apply = (work: Work) => this.#apply(work);
    return { sql, commands, tx: transactions(this.#db, sql, commands, apply) };
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
    // Housekeeping only: a store closed while this settlement was answered skips it.
    if (outcome.applied && this.#db.open) this.#maybePrune(command.now);
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
    if (!this.#db.open) return Promise.reject(this.#closedError());
    if (!this.#batcher.claimTick()) return this.#batcher.enqueue(work);
    try {
      return Promise.resolve(this.#applyAlone(work));
    } catch (error) {
      return Promise.reject(toSqliteStoreError(error, this.#path));
    }
  }

  #runBatch(batch: Queued[]): void {
    // Closed after these were queued, in the same tick.
    if (!this.#db.open) {
      for (const queued of batch) queued.reject(this.#closedError());
      return;
    }
    const [only] = batch;
    if (batch.length === 1 && only !== undefined) {
      try {
        only.resolve(this.#applyAlone(only.work));
      } catch (error) {
        only.reject(toSqliteStoreError(error, this.#path));
      }
      return;
    }
    let applied: Applied[];
    try {
      applied = this.#tx.batch.immediate(batch);
    } catch (error) {
      const failure = toSqliteStoreError(error, this.#path);
      for (const queued of batch) queued.reject(failure);
      return;
    }
    batch.forEach((queued, index) => {
      const result = applied[index];
      if (result?.ok === true) queued.resolve(result.value);
      else queued.reject(toSqliteStoreError(result?.error, this.#path));
    });
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
      isDue(this.#commands.budgets.nextDue(), now)
        ? this.#tx.status.immediate(link, now)
        : this.#sql.getBudget.get(link.id),
    );
    if (row === undefined) return undefined;
    const working = load(row);
    // A read in a newer window reports that window's empty figures without writing.
    rollIntoWindow(working, link.windowStart);
    return budgetSnapshot(working);
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
    return this.#guard(() => this.#sql.allBudgets.all().map((row) => budgetSnapshot(load(row))));
  }

  async find(id: string): Promise<BudgetSnapshot | undefined> {
    const row = this.#guard(() => this.#sql.getBudget.get(id));
    return row === undefined ? undefined : budgetSnapshot(load(row));
  }

  async purge(query: PurgeQuery): Promise<string[]> {
    const parsed = parsePurgeQuery(query);
    return this.#guard(() => this.#tx.purge.immediate(parsed));
  }

  async ledger(query?: LedgerQuery): Promise<LedgerRecord[]> {
    const { budgetId, kind, limit } = parseLedgerQuery(query);
    const rows = this.#guard(() =>
      budgetId === undefined
        ? this.#sql.ledgerNewest.all({ kind, limit })
        : this.#sql.ledgerForBudget.all({ kind, limit, budgetId }),
    );
    return rows.map(ledgerRecord);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  /** Runs a read or a transaction, turning what better-sqlite3 throws into a Tollgate error. */
  #guard<T>(operation: () => T): T {
    if (!this.#db.open) throw this.#closedError();
    try {
      return operation();
    } catch (error) {
      throw toSqliteStoreError(error, this.#path);
    }
  }

  /**
   * better-sqlite3 answers a closed database with a `TypeError` that would read as an
   * outage (`STORE_UNAVAILABLE`); closing is permanent, so it is `STORE_INVALID`.
   */
  #closedError(): StoreInvalidError {
    return closedStoreError('SQLite', this.#path);
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
