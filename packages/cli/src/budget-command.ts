import {
  type BudgetSnapshot,
  type BudgetStore,
  isSettlement,
  type LedgerRecord,
} from '@tollgate/core';
import { isoTime } from '@tollgate/core/internal';
import { type BudgetView, viewOf } from './budget-views.js';
import { usageError } from './cli-error.js';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { closedAbove, currentBudget } from './current-figures.js';
import { formatTable } from './format-table.js';
import { displayLimit, displayRemaining, displayUsd } from './format-usd.js';
import { readStore, withStore } from './open-store.js';
import type { StoreLocation } from './parse-store-url.js';

/** Options every `tollgate budget` command takes. */
export interface BudgetStoreOptions {
  /** `sqlite:PATH` or `redis://HOST:PORT[/DB]`. */
  store: string;
  /** Print JSON (money as exact decimal strings). @default false */
  json?: boolean;
  /** Key prefix of a Redis store. @default 'tollgate:' */
  prefix?: string;
  /** The time windows and expired holds are computed at (ms since epoch). @default Date.now() */
  now?: number;
}

/** Options of `tollgate budget show`. */
export interface BudgetShowOptions extends BudgetStoreOptions {
  /** Ledger entries to show, newest first. @default 10 */
  entries?: number;
}

/**
 * Opens the store named by `options`, finds budget `id` in it (a usage error, exit 2, when
 * the store does not hold it) and runs `use`; the store is closed afterwards.
 */
export async function withStoredBudget<T>(
  id: string,
  options: BudgetStoreOptions,
  use: (store: BudgetStore, snapshot: BudgetSnapshot, location: StoreLocation) => Promise<T>,
): Promise<T> {
  return withStore(options, async (store, location) => {
    const snapshot = await currentBudget(store, location, id, options.now ?? Date.now());
    if (snapshot === undefined) throw usageError(`No budget "${id}" in ${location.display}`);
    return use(store, snapshot, location);
  });
}

/** `tollgate budget show ID`: one budget's figures and its recent ledger entries. */
export async function budgetShow(id: string, options: BudgetShowOptions, io: CliIO): Promise<void> {
  await withStoredBudget(id, options, async (store, snapshot, location) => {
    const now = options.now ?? Date.now();
    const entries = await readStore(location, () =>
      store.ledger({ budgetId: id, limit: options.entries ?? 10 }),
    );
    const { depth: _depth, ...view } = viewOf(snapshot, 0, now);
    if (view.closedAt === undefined) {
      const closedBy = await closedAbove(store, location, snapshot);
      if (closedBy !== undefined) view.closedBy = closedBy;
    }
    if (options.json === true) {
      const at = new Date(now).toISOString();
      writeJson(io.stdout, { store: location.display, at, budget: view, ledger: entries });
      return;
    }
    writeLines(io.stdout, [
      `${view.id} in ${location.display}${closedNote(view)}`,
      `  parent     ${view.parentId ?? '—'}`,
      `  limit      ${displayLimit(view.limitUsd)}`,
      `  spent      ${displayUsd(view.spentUsd, 6)}  (${view.calls} calls)`,
      `  held       ${displayUsd(view.reservedUsd, 6)}`,
      `  remaining  ${displayRemaining(view.remainingUsd, 6)}`,
      `  window     ${view.window}${view.resetsAt === null ? '' : `, resets ${view.resetsAt}`}`,
      '',
      ...(entries.length === 0
        ? ['No ledger entries.']
        : formatTable(ledgerRows(entries), new Set([2]))),
    ]);
  });
}

/** How `budget show` says a budget is closed: its own close, or the closed budget above it. */
function closedNote(view: Pick<BudgetView, 'closedAt' | 'closedBy'>): string {
  if (view.closedAt !== undefined) return ` (closed ${view.closedAt})`;
  return view.closedBy === undefined ? '' : ` (closed: "${view.closedBy}" above it is closed)`;
}

/** Settlements and changes in one table: when, what, amount, and the call's model or the change's reason. */
function ledgerRows(entries: readonly LedgerRecord[]): string[][] {
  return [
    ['at', 'entry', 'amount', 'detail'],
    ...entries.map((entry) =>
      isSettlement(entry)
        ? [
            isoTime(entry.settledAt),
            entry.budgetId === entry.chain[0] && entry.chain.length > 1
              ? `call on ${entry.budgetId}`
              : 'call',
            displayUsd(entry.actualUsd, 6),
            entry.details.model ?? '',
          ]
        : [
            isoTime(entry.at),
            entry.action,
            entry.action === 'close' ? '' : displayUsd(entry.amountUsd, 6),
            `${entry.reason}${entry.actor === undefined ? '' : ` (${entry.actor})`}`,
          ],
    ),
  ];
}
