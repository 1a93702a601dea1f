import type Database from 'better-sqlite3';
import type { BudgetRow, LedgerRow, ReservationRow } from './sqlite-rows.js';

type Statement<Parameters extends unknown[] = unknown[], Row = unknown> = Database.Statement<
  Parameters,
  Row
>;

/** The prepared statements of one connection. */
export interface Statements {
  getBudget: Statement<[string], BudgetRow>;
  allBudgets: Statement<[], BudgetRow>;
  insertBudget: Statement;
  updateFigures: Statement;
  updateLimit: Statement;
  updateReserved: Statement;
  updateAdministered: Statement;
  heldChains: Statement<[], { chain: string }>;
  deleteBudget: Statement;
  ledgerChainsTouching: Statement<[string], { seq: number; chain: string }>;
  deleteLedgerEntry: Statement;
  insertAdjustment: Statement;
  nextDue: Statement<[], { next_due: number | null }>;
  setNextDue: Statement;
  earliestDeadline: Statement<[], { next_due: number | null }>;
  due: Statement<[number], ReservationRow>;
  getReservation: Statement<[string], ReservationRow>;
  insertReservation: Statement;
  deleteReservation: Statement;
  getEnded: Statement<[string], { keep_until: number }>;
  insertEnded: Statement;
  pruneEnded: Statement;
  insertLedger: Statement;
  ledgerByReservation: Statement<[string], LedgerRow>;
  ledgerNewest: Statement<[LedgerParameters], LedgerRow>;
  ledgerForBudget: Statement<[LedgerParameters], LedgerRow>;
  pruneLedger: Statement;
}

const kindFilter = "(@kind = 'all' OR COALESCE(kind, 'settlement') = @kind)";

/** The named parameters of the ledger reads. */
export interface LedgerParameters {
  kind: string;
  limit: number;
  budgetId?: string;
}

/** Every statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database): Statements {
  return {
    getBudget: db.prepare<[string], BudgetRow>('SELECT * FROM budgets WHERE id = ?'),
    allBudgets: db.prepare<[], BudgetRow>('SELECT * FROM budgets ORDER BY id'),
    insertBudget: db.prepare(
      'INSERT INTO budgets (id, parent_id, limit_usd, window, spent_usd, reserved_usd, calls, window_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    updateFigures: db.prepare(
      'UPDATE budgets SET spent_usd = ?, reserved_usd = ?, calls = ?, window_start = ? WHERE id = ?',
    ),
    updateLimit: db.prepare('UPDATE budgets SET limit_usd = ? WHERE id = ?'),
    updateReserved: db.prepare('UPDATE budgets SET reserved_usd = ? WHERE id = ?'),
    updateAdministered: db.prepare(
      'UPDATE budgets SET limit_usd = ?, spent_usd = ?, calls = ?, closed_at = ?, limit_set = ? WHERE id = ?',
    ),
    heldChains: db.prepare<[], { chain: string }>('SELECT chain FROM reservations'),
    deleteBudget: db.prepare('DELETE FROM budgets WHERE id = ?'),
    // The entries whose chain holds any of the ids (a JSON array): those a purge may delete.
    ledgerChainsTouching: db.prepare<[string], { seq: number; chain: string }>(
      'SELECT seq, chain FROM ledger WHERE EXISTS (SELECT 1 FROM json_each(ledger.chain) AS link WHERE link.value IN (SELECT value FROM json_each(?)))',
    ),
    deleteLedgerEntry: db.prepare('DELETE FROM ledger WHERE seq = ?'),
    insertAdjustment: db.prepare(
      "INSERT INTO ledger (reservation_id, budget_id, chain, reserved_usd, actual_usd, overrun_usd, settled_at, late, details, kind) VALUES (?, ?, ?, '0', ?, '0', ?, 0, ?, 'adjustment')",
    ),
    nextDue: db.prepare<[], { next_due: number | null }>(
      'SELECT next_due FROM expiry WHERE id = 1',
    ),
    setNextDue: db.prepare('UPDATE expiry SET next_due = ? WHERE id = 1'),
    earliestDeadline: db.prepare<[], { next_due: number | null }>(
      'SELECT MIN(expires_at) AS next_due FROM reservations',
    ),
    due: db.prepare<[number], ReservationRow>(
      'SELECT id, chain, amount_usd, expires_at FROM reservations WHERE expires_at <= ? ORDER BY expires_at',
    ),
    getReservation: db.prepare<[string], ReservationRow>(
      'SELECT id, chain, amount_usd, expires_at FROM reservations WHERE id = ?',
    ),
    insertReservation: db.prepare(
      'INSERT INTO reservations (id, leaf_id, chain, amount_usd, expires_at, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deleteReservation: db.prepare('DELETE FROM reservations WHERE id = ?'),
    getEnded: db.prepare<[string], { keep_until: number }>(
      'SELECT keep_until FROM ended WHERE id = ?',
    ),
    // A tombstone is never shortened: a later release of the same id may only extend it.
    insertEnded: db.prepare(
      'INSERT INTO ended (id, outcome, ended_at, keep_until) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET outcome = excluded.outcome, keep_until = MAX(keep_until, excluded.keep_until)',
    ),
    pruneEnded: db.prepare('DELETE FROM ended WHERE keep_until <= ?'),
    insertLedger: db.prepare(
      'INSERT INTO ledger (reservation_id, budget_id, chain, reserved_usd, actual_usd, overrun_usd, settled_at, late, model, pricing_version, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    // No index: only a settle whose reservation is gone asks, and a retry is recent, so
    // the scan from the newest end finds it at once.
    ledgerByReservation: db.prepare<[string], LedgerRow>(
      'SELECT * FROM ledger WHERE reservation_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    // The kind is 'all', 'settlement' or 'adjustment'; settlements have a NULL kind.
    ledgerNewest: db.prepare<[LedgerParameters], LedgerRow>(
      `SELECT * FROM ledger WHERE ${kindFilter} ORDER BY seq DESC LIMIT @limit`,
    ),
    // Scans newest first and stops at the limit: cheap for the CLI's recent entries. A purged
    // budget is forgotten: the entries kept for its surviving ancestors are theirs, not its.
    ledgerForBudget: db.prepare<[LedgerParameters], LedgerRow>(
      `SELECT * FROM ledger WHERE EXISTS (SELECT 1 FROM budgets WHERE id = @budgetId) AND EXISTS (SELECT 1 FROM json_each(ledger.chain) WHERE value = @budgetId) AND ${kindFilter} ORDER BY seq DESC LIMIT @limit`,
    ),
    pruneLedger: db.prepare('DELETE FROM ledger WHERE seq <= (SELECT MAX(seq) FROM ledger) - ?'),
  };
}
