/**
 * Measurements for `scripts/bench/stores.ts`, kept here so better-sqlite3 resolves from
 * this package. Each returns operations per second over one timed run.
 */
import { randomUUID } from 'node:crypto';
import { storePairRate } from '@tollgate/core/testing';
import Database from 'better-sqlite3';
import { migrate } from '../schema.js';
import { sqliteStore } from '../sqlite-store.js';

/** Trivial write transactions per second: `BEGIN IMMEDIATE; UPDATE one row; COMMIT`, same pragmas as the store. */
export function rawWriteRate(path: string, count: number): number {
  const db = openBench(path);
  try {
    db.exec(
      'CREATE TABLE IF NOT EXISTS bench_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)',
    );
    db.exec('INSERT OR IGNORE INTO bench_counter (id, n) VALUES (1, 0)');
    const bump = db.transaction(() => {
      db.prepare('UPDATE bench_counter SET n = n + 1 WHERE id = 1').run();
    });
    const started = performance.now();
    for (let index = 0; index < count; index += 1) bump.immediate();
    return count / ((performance.now() - started) / 1000);
  } finally {
    db.close();
  }
}

function openBench(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/**
 * Pairs per second of the store's own SQL for a depth-1 chain, run directly: the same
 * statements in the same two `BEGIN IMMEDIATE` transactions, with no TypeScript around
 * them. What the store costs beyond this is its own code; this is what the schema costs.
 */
export function storeSqlPairRate(path: string, budgetId: string, count: number): number {
  const db = openBench(path);
  try {
    migrate(db);
    db.prepare(
      "INSERT OR IGNORE INTO budgets (id, parent_id, limit_usd, window, spent_usd, reserved_usd, calls, window_start) VALUES (?, NULL, '1000000000', NULL, '0', '0', 0, NULL)",
    ).run(budgetId);
    const nextDue = db.prepare('SELECT next_due FROM expiry WHERE id = 1');
    const getBudget = db.prepare('SELECT * FROM budgets WHERE id = ?');
    const update = db.prepare(
      'UPDATE budgets SET spent_usd = ?, reserved_usd = ?, calls = ?, window_start = ? WHERE id = ?',
    );
    const hold = db.prepare(
      'INSERT INTO reservations (id, leaf_id, chain, amount_usd, expires_at, metadata) VALUES (?, ?, ?, ?, ?, NULL)',
    );
    const held = db.prepare(
      'SELECT id, chain, amount_usd, expires_at FROM reservations WHERE id = ?',
    );
    const forget = db.prepare('DELETE FROM reservations WHERE id = ?');
    const record = db.prepare(
      'INSERT INTO ledger (reservation_id, budget_id, chain, reserved_usd, actual_usd, overrun_usd, settled_at, late, model, pricing_version, details) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, NULL, ?)',
    );
    const chain = JSON.stringify([budgetId]);
    const reserve = db.transaction((id: string, now: number) => {
      nextDue.get();
      getBudget.get(budgetId);
      update.run('0', '0.002', 0, null, budgetId);
      hold.run(id, budgetId, chain, '0.002', now + 60_000);
      nextDue.get();
    });
    const settle = db.transaction((id: string, now: number) => {
      held.get(id);
      getBudget.get(budgetId);
      update.run('0.00137', '0', 1, null, budgetId);
      forget.run(id);
      record.run(id, budgetId, chain, '0.002', '0.00137', '0', now, 'bench', '{"model":"bench"}');
    });
    const started = performance.now();
    for (let index = 0; index < count; index += 1) {
      const id = randomUUID();
      const now = Date.now();
      reserve.immediate(id, now);
      settle.immediate(id, now);
    }
    return count / ((performance.now() - started) / 1000);
  } finally {
    db.close();
  }
}

/**
 * Pairs per second of the least any durable store must write: a reserve that updates one
 * budget row and records one hold (two tables), and a settle that updates the budget,
 * forgets the hold and appends one ledger row (three tables), with no indexes beyond the
 * primary keys. Every table is its own b-tree, so each transaction writes that many pages.
 */
export function minimalPairRate(path: string, count: number): number {
  const db = openBench(path);
  try {
    db.exec(`
      CREATE TABLE IF NOT EXISTS floor_budget (id INTEGER PRIMARY KEY, spent INTEGER NOT NULL, held INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS floor_hold (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS floor_log (id INTEGER PRIMARY KEY, hold INTEGER NOT NULL, amount INTEGER NOT NULL);
      INSERT OR IGNORE INTO floor_budget (id, spent, held) VALUES (1, 0, 0);
    `);
    const bump = db.prepare(
      'UPDATE floor_budget SET spent = spent + ?, held = held + ? WHERE id = 1',
    );
    const hold = db.prepare('INSERT INTO floor_hold (amount) VALUES (2)');
    const forget = db.prepare('DELETE FROM floor_hold WHERE id = ?');
    const record = db.prepare('INSERT INTO floor_log (hold, amount) VALUES (?, 1)');
    const reserve = db.transaction(() => {
      bump.run(0, 2);
      return hold.run().lastInsertRowid;
    });
    const settle = db.transaction((id: number | bigint) => {
      bump.run(1, -2);
      forget.run(id);
      record.run(id);
    });
    const started = performance.now();
    for (let index = 0; index < count; index += 1) settle.immediate(reserve.immediate());
    return count / ((performance.now() - started) / 1000);
  } finally {
    db.close();
  }
}

/** Pairs per second on a SQLite file, `inFlight` at a time (1: one after the other). */
export async function sqlitePairRate(
  path: string,
  budgetId: string,
  count: number,
  inFlight = 1,
): Promise<number> {
  const store = sqliteStore({ path });
  try {
    return await storePairRate(store, budgetId, count, inFlight);
  } finally {
    await store.close();
  }
}
