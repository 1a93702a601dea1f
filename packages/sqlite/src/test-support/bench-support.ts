/**
 * Measurements for `scripts/bench/stores.ts`, kept here so better-sqlite3 resolves from
 * this package. Each returns operations per second over one timed run.
 */
import { randomUUID } from 'node:crypto';
import type { BudgetStore, ChainLink } from '@tollgate/core';
import Database from 'better-sqlite3';
import { sqliteStore } from '../sqlite-store.js';

/** Trivial write transactions per second: `BEGIN IMMEDIATE; UPDATE one row; COMMIT`, same pragmas as the store. */
export function rawWriteRate(path: string, count: number): number {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
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

/** A root budget link with a limit no bench reaches. */
export function benchLink(id: string): ChainLink {
  return {
    id,
    parentId: null,
    limitUsd: '1000000000',
    window: null,
    enforce: true,
    windowStart: null,
    windowEnd: null,
  };
}

/** Reserve+settle pairs per second through the store contract, one after the other. */
export async function storePairRate(
  store: BudgetStore,
  budgetId: string,
  count: number,
): Promise<number> {
  const chain = [benchLink(budgetId)];
  await store.define(chain[0] as ChainLink, Date.now());
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const reservationId = randomUUID();
    const now = Date.now();
    await store.reserve({ reservationId, chain, amountUsd: '0.002', now, expiresAt: now + 60_000 });
    await store.settle({
      reservationId,
      chain,
      reservedUsd: '0.002',
      actualUsd: '0.00137',
      now,
      details: { model: 'bench' },
    });
  }
  return count / ((performance.now() - started) / 1000);
}

/** Sequential pairs per second on a SQLite file. */
export async function sqlitePairRate(
  path: string,
  budgetId: string,
  count: number,
): Promise<number> {
  const store = sqliteStore({ path });
  try {
    return await storePairRate(store, budgetId, count);
  } finally {
    await store.close();
  }
}
