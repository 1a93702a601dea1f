import {
  type AdjustmentEntry,
  type BudgetSnapshot,
  type ChainLink,
  canonicalUsd,
  type LedgerEntry,
  type LedgerRecord,
  picoToUsd,
  type SettlementDetails,
  usdToPico,
} from '@tollgate/core';
import { decodeWindow } from './window-codec.js';

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

/** A budget row loaded into a transaction, written back once at its end. */
export interface Working {
  id: string;
  parentId: string | null;
  limit: bigint;
  window: string | null;
  /** Money as exact integer counts of 10^-12 dollars; stored as decimal text. */
  spent: bigint;
  reserved: bigint;
  calls: number;
  windowStart: number | null;
  closedAt: number | null;
  limitSet: boolean;
  created: boolean;
  changed: boolean;
}

/** Starts the link's window on a budget whose figures belong to an older one (spend and calls reset). */
export function rollIntoWindow(working: Working, link: ChainLink): void {
  if (
    link.windowStart !== null &&
    (working.windowStart === null || working.windowStart < link.windowStart)
  ) {
    working.spent = 0n;
    working.calls = 0;
    working.windowStart = link.windowStart;
    working.changed = true;
  }
}

export function load(row: BudgetRow): Working {
  return {
    id: row.id,
    parentId: row.parent_id,
    limit: usdToPico(row.limit_usd),
    window: row.window,
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

/**
 * An amount as pico-dollars. Core sends canonical amounts (at most 12 places); anything
 * else is made canonical first, rounding charges up and limits down.
 */
export function pico(usd: string, rounding: 'up' | 'down'): bigint {
  return usdToPico(canonicalUsd(usd, 'amountUsd', rounding));
}

export function snapshot(working: Working): BudgetSnapshot {
  const figures: BudgetSnapshot = {
    id: working.id,
    parentId: working.parentId,
    limitUsd: picoToUsd(working.limit),
    spentUsd: picoToUsd(working.spent),
    reservedUsd: picoToUsd(working.reserved),
    calls: working.calls,
    window: decodeWindow(working.window),
    windowStart: working.windowStart,
  };
  if (working.closedAt !== null) figures.closedAt = working.closedAt;
  return figures;
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
