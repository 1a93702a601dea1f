import {
  type AdjustmentAction,
  type AdjustOptions,
  assertBudgetId,
  InvalidOptionsError,
} from '@tollgate/core';
import { type AdjustRequest, adjustRequest, parseAdjustOptions } from '@tollgate/core/internal';
import { usageError } from './cli-error.js';

/** `--reason` and `--actor` as a command line gives them. */
export interface AdjustmentFlags {
  reason: string;
  actor?: string | undefined;
}

/**
 * Checks a `tollgate budget` change the way `adjustBudget` will (core's rules, not a copy):
 * the budget id (`ID`), the amount (`AMOUNT`), `--reason` and `--actor`. A command calls it
 * before it opens the store or asks for a confirmation, so a mistake is reported (exit 2)
 * before anyone is asked anything, with the text core would give after the answer.
 */
export function checkedChange(
  action: AdjustmentAction,
  id: string,
  amount: string | undefined,
  flags: AdjustmentFlags,
): AdjustRequest {
  assertBudgetId(id, 'ID');
  return namingFlags(() => adjustRequest(action, amount, who(flags), `budget ${action}`, 'AMOUNT'));
}

/** Checks `--reason` and `--actor` alone (`tollgate budget apply`), by the same rules. */
export function checkedAuthor(flags: AdjustmentFlags, where: string): AdjustOptions {
  return namingFlags(() => parseAdjustOptions(who(flags), where));
}

function who({ reason, actor }: AdjustmentFlags): AdjustOptions {
  return actor === undefined ? { reason } : { reason, actor };
}

/**
 * Core names `reason` and `actor` as options of the call it checks; on the command line they
 * are `--reason` and `--actor`: an error about them alone is a usage error naming the flags.
 */
function namingFlags<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw flagError(error);
  }
}

/** `error` with core's issues about `reason` and `actor` named as flags (others as they are). */
function flagError(error: unknown): unknown {
  if (!(error instanceof InvalidOptionsError)) return error;
  const flags = error.issues.filter((issue) => issue.path === 'reason' || issue.path === 'actor');
  if (flags.length === 0 || flags.length !== error.issues.length) return error;
  return usageError(flags.map((issue) => `--${issue.path}: ${issue.message}`).join('; '));
}
