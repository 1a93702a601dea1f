import type { LedgerEntry, LedgerKind, LedgerRecord } from './store.js';

/** True when a ledger entry is of `kind` (a store's `ledger({ kind })` filter). */
export function isLedgerKind(entry: LedgerRecord, kind: LedgerKind = 'all'): boolean {
  if (kind === 'all') return true;
  return (entry.kind === 'adjustment') === (kind === 'adjustment');
}

/** True when a ledger entry is a settlement (narrows the type). */
export function isSettlement(entry: LedgerRecord): entry is LedgerEntry {
  return entry.kind !== 'adjustment';
}
