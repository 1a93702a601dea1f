import { userInfo } from 'node:os';
import {
  type AdjustmentAction,
  type AdjustOutcome,
  adjustBudget,
  type BudgetSnapshot,
  money,
} from '@tollgate/core';
import { checkedChange } from './adjustment-flags.js';
import { type BudgetStoreOptions, withStoredBudget } from './budget-command.js';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { confirm, notConfirmed } from './confirm.js';
import { displayLimit, displayUsd } from './format-usd.js';
import { readStore } from './open-store.js';

/** Options of the `tollgate budget` commands that change a budget. */
export interface BudgetChangeOptions extends BudgetStoreOptions {
  /** Why, written to the ledger. Required. */
  reason: string;
  /** Who, written to the ledger. @default the operating-system user name */
  actor?: string;
  /** Skip the confirmation of a reset, a close or a lower limit. @default false */
  yes?: boolean;
}

/**
 * `tollgate budget set-limit|top-up|credit|reset|close ID [AMOUNT]`. A change that takes
 * something away (a reset, a close, a lower limit) is confirmed on the terminal first,
 * unless `--yes`; without a terminal it is refused (exit 2), and a declined one changes
 * nothing (exit 1).
 */
export async function budgetChange(
  action: AdjustmentAction,
  id: string,
  amount: string | undefined,
  options: BudgetChangeOptions,
  io: CliIO,
): Promise<void> {
  // Everything adjustBudget checks (id, amount, reason, actor), by its own rules, before the
  // store is opened and before anyone is asked: a "y" is never answered with a usage error.
  const request = checkedChange(action, id, amount, {
    reason: options.reason,
    actor: options.actor ?? defaultActor(),
  });
  const amountUsd = amount === undefined ? undefined : request.amountUsd;
  await withStoredBudget(id, options, async (store, snapshot, location) => {
    const warning = destructive(action, snapshot, amountUsd);
    if (warning !== undefined && options.yes !== true) {
      const what = `budget ${action} of "${id}"`;
      const answer = await confirm(io, `${warning}. Go on?`, what);
      if (answer !== 'yes') throw notConfirmed(what, answer);
    }
    const outcome = await readStore(location, () =>
      adjustBudget({
        store,
        budgetId: id,
        action,
        reason: request.reason,
        ...(request.actor === undefined ? {} : { actor: request.actor }),
        ...(amountUsd === undefined ? {} : { amountUsd }),
        ...(options.now === undefined ? {} : { now: options.now }),
      }),
    );
    if (options.json === true) {
      writeJson(io.stdout, { store: location.display, ...outcome });
      return;
    }
    writeLines(io.stdout, [describeOutcome(outcome)]);
  });
}

/** Why a change needs confirming, or `undefined` when it only gives more room. */
function destructive(
  action: AdjustmentAction,
  snapshot: BudgetSnapshot,
  amountUsd: string | undefined,
): string | undefined {
  const id = snapshot.id;
  if (action === 'reset')
    return `Reset "${id}": its spend of ${displayUsd(snapshot.spentUsd, 6)} goes back to zero`;
  if (action === 'close') return `Close "${id}": every new call on it and below it is refused`;
  if (action === 'set-limit' && money(amountUsd ?? '0').lt(snapshot.limitUsd)) {
    return `Lower the limit of "${id}" from ${displayLimit(snapshot.limitUsd)} to ${displayLimit(amountUsd ?? '0')}`;
  }
  return undefined;
}

function describeOutcome({ entry, before, after }: AdjustOutcome): string {
  const figures = `limit ${displayLimit(after.limitUsd)}, spent ${displayUsd(after.spentUsd, 6)}`;
  const what: Record<AdjustmentAction, string> = {
    'set-limit': `limit set from ${displayLimit(before.limitUsd)} to ${displayLimit(entry.amountUsd)}`,
    'top-up': `topped up by ${displayUsd(entry.amountUsd, 6)}`,
    credit: `credited ${displayUsd(entry.amountUsd, 6)}${entry.amountUsd === entry.requestedUsd ? '' : ` of ${displayUsd(entry.requestedUsd, 6)} asked (spend cannot go below zero)`}`,
    reset: `spend of ${displayUsd(entry.amountUsd, 6)} reset to zero`,
    close: 'closed: new calls are refused',
  };
  return `${entry.budgetId}: ${what[entry.action]} (${figures}). Reason: ${entry.reason}`;
}

/** Who makes a change when `--actor` is not given: the user name, when the system knows it. */
export function defaultActor(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
