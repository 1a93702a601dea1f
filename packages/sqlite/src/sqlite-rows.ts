import {
  type AdjustmentEntry,
  type LedgerEntry,
  type LedgerRecord,
  type SettlementDetails,
  usdToPico,
} from '@tollgate/core';
import {
  type AdjustableFigures,
  type AdmissionFigures,
  decodeWindow,
  type StoredFigures,
} from '@tollgate/core/store-kit';

// Rows as better-sqlite3 reads them, and the working copy of a budget a transaction
// changes, with the conversions between them and core's types.

export interface BudgetRow {
  id: string;
  parent_id: string | null;
  limit_usd: string;
  window: string | null;
  spent_usd: string;
  reserved_usd: string;
  calls: number;
  window_start: number | null;
  closed_at: number | null;
  limit_set: number;
}

export interface ReservationRow {
  id: string;
  chain: string;
  amount_usd: string;
  expires_at: number;
}

export interface LedgerRow {
  reservation_id: string;
  budget_id: string;
  chain: string;
  reserved_usd: string;
  actual_usd: string;
  overrun_usd: string;
  settled_at: number;
  late: number;
  details: string;
  kind: string | null;
}

/**
 * A budget row loaded into a transaction, written back once at its end: the kit's figures
 * (money as exact integer counts of 10^-12 dollars, stored as decimal text) and whether
 * the row must be inserted or updated.
 */
export interface Working extends StoredFigures, AdmissionFigures, AdjustableFigures {
  created: boolean;
  changed: boolean;
}

export function load(row: BudgetRow): Working {
  return {
    id: row.id,
    parentId: row.parent_id,
    limit: usdToPico(row.limit_usd),
    window: decodeWindow(row.window),
    spent: usdToPico(row.spent_usd),
    reserved: usdToPico(row.reserved_usd),
    calls: row.calls,
    windowStart: row.window_start,
    closedAt: row.closed_at,
    limitSet: row.limit_set === 1,
    created: false,
    changed: false,
  };
}

/** What an adjustment row keeps in `details` beyond the columns. */
type AdjustmentDetails = Pick<
  AdjustmentEntry,
  'action' | 'requestedUsd' | 'limitUsd' | 'spentUsd' | 'reason' | 'actor'
>;

/** An adjustment's `details` column. */
export function adjustmentDetails(entry: AdjustmentEntry): string {
  const { action, requestedUsd, limitUsd, spentUsd, reason, actor } = entry;
  return JSON.stringify({ action, requestedUsd, limitUsd, spentUsd, reason, actor });
}

export function ledgerRecord(row: LedgerRow): LedgerRecord {
  if (row.kind !== 'adjustment') return ledgerEntry(row);
  const details = JSON.parse(row.details) as AdjustmentDetails;
  const entry: AdjustmentEntry = {
    kind: 'adjustment',
    adjustmentId: row.reservation_id,
    budgetId: row.budget_id,
    chain: JSON.parse(row.chain) as string[],
    action: details.action,
    amountUsd: row.actual_usd,
    requestedUsd: details.requestedUsd,
    limitUsd: details.limitUsd,
    spentUsd: details.spentUsd,
    at: row.settled_at,
    reason: details.reason,
  };
  if (details.actor !== undefined) entry.actor = details.actor;
  return entry;
}

export function ledgerEntry(row: LedgerRow): LedgerEntry {
  return {
    reservationId: row.reservation_id,
    budgetId: row.budget_id,
    chain: JSON.parse(row.chain) as string[],
    reservedUsd: row.reserved_usd,
    actualUsd: row.actual_usd,
    overrunUsd: row.overrun_usd,
    settledAt: row.settled_at,
    late: row.late === 1,
    details: JSON.parse(row.details) as SettlementDetails,
  };
}
