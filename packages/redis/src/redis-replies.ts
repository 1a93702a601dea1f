import type {
  AdjustmentAction,
  AdjustmentEntry,
  BudgetRefusal,
  BudgetSnapshot,
  LedgerEntry,
  LedgerRecord,
  SettleCommand,
  SettlementDetails,
} from '@tollgate/core';
import { picoToUsd } from '@tollgate/core';
import { fixedToPico, fromFixed, limbsToFixed } from './fixed-money.js';
import { decodeWindow } from './window-codec.js';

// What the scripts answer, turned into core's types.

/**
 * A budget as a script reports it: parent, limit, window, spent, reserved, calls, window
 * start, and the closing time (empty while open; absent from figures written before
 * budgets could close).
 */
export type Fields = [string, string, string, string, string, string, string, string?];

/**
 * A budget as stored (`m` "limitD|limitP|spentD|spentP|reservedD|reservedP|calls|windowStart"
 * and `d` "parent|window") in the fields the scripts answer with.
 */
export function storedFields(figures: string, definition: string): Fields {
  const [limitD, limitP, spentD, spentP, reservedD, reservedP, calls, windowStart, closedAt] =
    figures.split('|');
  const [parent = '', window = ''] = definition.split('|');
  return [
    parent,
    limbsToFixed(limitD, limitP),
    window,
    limbsToFixed(spentD, spentP),
    limbsToFixed(reservedD, reservedP),
    calls ?? '0',
    windowStart ?? '',
    closedAt ?? '',
  ];
}

export function toSnapshot(id: string, fields: Fields): BudgetSnapshot {
  const [parent, limit, window, spent, reserved, calls, windowStart, closedAt] = fields;
  const snapshot: BudgetSnapshot = {
    id,
    parentId: parent === '' ? null : parent,
    limitUsd: fromFixed(limit),
    spentUsd: fromFixed(spent),
    reservedUsd: fromFixed(reserved),
    calls: Number(calls),
    window: decodeWindow(window),
    windowStart: windowStart === '' ? null : Number(windowStart),
  };
  if (closedAt !== undefined && closedAt !== '') snapshot.closedAt = Number(closedAt);
  return snapshot;
}

export function toRefusal(
  budgetId: string,
  fields: Fields,
  requestedUsd: string,
  heldOnly: string,
): BudgetRefusal {
  const snapshot = toSnapshot(budgetId, fields);
  return {
    budgetId,
    limitUsd: snapshot.limitUsd,
    spentUsd: snapshot.spentUsd,
    reservedUsd: snapshot.reservedUsd,
    requestedUsd,
    heldOnly: heldOnly === '1',
  };
}

export function ledgerEntry(
  command: SettleCommand,
  chain: string[],
  reservedFixed: string,
  actualFixed: string,
  facts: { late: boolean; settledAt: number },
): LedgerEntry {
  return {
    reservationId: command.reservationId,
    budgetId: chain[0] ?? '',
    chain,
    ...amounts(reservedFixed, actualFixed),
    settledAt: facts.settledAt,
    late: facts.late,
    details: command.details,
  };
}

/** A settlement's amounts from the fixed form, with the overrun (never negative). */
export function amounts(
  reservedFixed: string,
  actualFixed: string,
): Pick<LedgerEntry, 'reservedUsd' | 'actualUsd' | 'overrunUsd'> {
  const reserved = fixedToPico(reservedFixed);
  const actual = fixedToPico(actualFixed);
  return {
    reservedUsd: picoToUsd(reserved),
    actualUsd: picoToUsd(actual),
    overrunUsd: actual > reserved ? picoToUsd(actual - reserved) : '0',
  };
}

/**
 * A ledger stream entry: a settlement (`e` "id|chain|reserved|actual|settledAt|late", `d`
 * the details) or an administrative change (`a`, see `adjustmentFromStream`).
 */
export function fromStream(flat: string[]): LedgerRecord {
  let facts = '';
  let adjustment: string | undefined;
  let details = '{}';
  for (let index = 0; index + 1 < flat.length; index += 2) {
    if (flat[index] === 'e') facts = flat[index + 1] as string;
    else if (flat[index] === 'a') adjustment = flat[index + 1] as string;
    else if (flat[index] === 'd') details = flat[index + 1] as string;
  }
  if (adjustment !== undefined) return adjustmentFromStream(adjustment, details);
  const [reservationId = '', chainText = '', reserved = '0', actual = '0', at = '0', late] =
    facts.split('|');
  const chain = chainText.split(',');
  return {
    reservationId,
    budgetId: chain[0] ?? '',
    chain,
    ...amounts(reserved, actual),
    settledAt: Number(at),
    late: late === '1',
    details: JSON.parse(details) as SettlementDetails,
  };
}

/** What an adjustment's `d` field keeps. */
export interface AdjustmentDetails {
  reason: string;
  actor?: string;
  requestedUsd: string;
}

/** An adjustment stream entry: `a` "adjustmentId|budgetId|action|amount|limit|spent|at". */
function adjustmentFromStream(facts: string, detailsText: string): AdjustmentEntry {
  const [adjustmentId = '', budgetId = '', action = 'close', amount, limit, spent, at = '0'] =
    facts.split('|');
  const details = JSON.parse(detailsText) as AdjustmentDetails;
  const entry: AdjustmentEntry = {
    kind: 'adjustment',
    adjustmentId,
    budgetId,
    chain: [budgetId],
    action: action as AdjustmentAction,
    amountUsd: fromFixed(amount ?? '0.000000000000'),
    requestedUsd: details.requestedUsd,
    limitUsd: fromFixed(limit ?? '0.000000000000'),
    spentUsd: fromFixed(spent ?? '0.000000000000'),
    at: Number(at),
    reason: details.reason,
  };
  if (details.actor !== undefined) entry.actor = details.actor;
  return entry;
}

/** When an entry was written: a settlement's `settledAt`, a change's `at`. */
export function entryTime(entry: LedgerRecord): number {
  return entry.kind === 'adjustment' ? entry.at : entry.settledAt;
}

export function compareStreamIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}
