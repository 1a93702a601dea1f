import { toppedUpLimit } from './canonical-limit.js';
import { picoToUsd, usdToPico } from './money.js';
import type { AdjustCommand, AdjustmentEntry } from './store.js';

/** What an administrative change reads and writes of a budget, in pico-dollars. */
export interface AdjustableFigures {
  /** The budget's limit. */
  limit: bigint;
  /** Settled spend in the current window. */
  spent: bigint;
  /** Calls settled in the current window (a `reset` zeroes it). */
  calls: number;
  /** When the budget was closed, `null` while open. */
  closedAt: number | null;
  /** True once an administrative change set the limit: `define` keeps it from then on. */
  limitSet: boolean;
}

/**
 * Applies `command` to a budget's figures (already rolled into the command's window) and
 * returns its ledger entry: the rule every store that counts in pico-dollars keeps, in one
 * place. A credit never takes spend below zero; closing a closed budget keeps its first
 * closing time. A top-up that would take the limit past `MAX_USD` throws
 * `InvalidAmountError` before any figure changes.
 */
export function applyAdjustment(
  figures: AdjustableFigures,
  command: AdjustCommand,
): AdjustmentEntry {
  const requested = usdToPico(command.amountUsd);
  let applied = requested;
  switch (command.action) {
    case 'set-limit':
      figures.limit = requested;
      figures.limitSet = true;
      break;
    case 'top-up':
      // Refused, changing nothing, past the cap every other way of setting a limit keeps.
      figures.limit = toppedUpLimit(figures.limit, requested, command.amountUsd);
      figures.limitSet = true;
      break;
    case 'credit':
      // Never below zero: give back at most the spend there is (bigints, so no Math.min).
      if (applied > figures.spent) applied = figures.spent;
      figures.spent -= applied;
      break;
    case 'reset':
      applied = figures.spent;
      figures.spent = 0n;
      figures.calls = 0;
      break;
    case 'close':
      figures.closedAt ??= command.now;
      break;
  }
  return adjustmentEntry(command, {
    amountUsd: picoToUsd(applied),
    limitUsd: picoToUsd(figures.limit),
    spentUsd: picoToUsd(figures.spent),
  });
}

/** The ledger entry of `command` with the amounts the store applied. */
export function adjustmentEntry(
  command: AdjustCommand,
  applied: Pick<AdjustmentEntry, 'amountUsd' | 'limitUsd' | 'spentUsd'>,
): AdjustmentEntry {
  const entry: AdjustmentEntry = {
    kind: 'adjustment',
    adjustmentId: command.adjustmentId,
    budgetId: command.link.id,
    chain: [command.link.id],
    action: command.action,
    ...applied,
    requestedUsd: command.amountUsd,
    at: command.now,
    reason: command.reason,
  };
  if (command.actor !== undefined) entry.actor = command.actor;
  return entry;
}
