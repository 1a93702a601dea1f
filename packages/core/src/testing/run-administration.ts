import type { Budget } from '../budget.js';
import { adjustBudget } from '../budget-admin.js';
import { codeOf } from '../errors.js';
import { seededRandom } from './seeded-random.js';

/** What an administration worker is told to do. */
export interface AdministrationConfig {
  /** The id of the budget to change. */
  rootId: string;
  /** That budget's limit, in USD. */
  rootLimitUsd: string;
  /** Changes to make; `0` keeps going until the process is killed. */
  changes: number;
  /** Seeds the random choice of changes, so a run can be repeated. */
  seed: number;
  /** A pause between changes, so they spread over the calls other processes make. @default 0 */
  pauseMs?: number;
  /** A limit set last, whose `before` figures the worker reports. */
  finalLimitUsd?: string;
}

/** What an administration worker reports. */
export interface AdministrationResult {
  /** Changes made. */
  changes: number;
  /** Spent and held on the budget just before the final limit came down. */
  beforeFinal?: {
    /** Settled spend, in USD. */
    spentUsd: string;
    /** Held by reservations in flight, in USD. */
    reservedUsd: string;
  };
  /** Codes of unexpected errors. */
  errors: string[];
}

const actions = ['call', 'set-limit', 'top-up', 'credit', 'reset'] as const;

/**
 * Changes `budget` over and over while other processes spend on it: limits set between
 * $0.30 and $1.50, top-ups of $0.05, credits of $0.01, resets, and (to give the changes
 * spend to act on) calls of $0.01 of its own. Calls `onChange` after each change.
 */
export async function runAdministration(
  budget: Budget,
  config: AdministrationConfig,
  onChange: (count: number) => void = () => undefined,
): Promise<AdministrationResult> {
  const random = seededRandom(config.seed);
  const result: AdministrationResult = { changes: 0, errors: [] };
  const why = { reason: 'administration worker', actor: `pid ${process.pid}` };
  while (config.changes === 0 || result.changes < config.changes) {
    const action = actions[random(actions.length)] as (typeof actions)[number];
    try {
      if (action === 'call') await (await budget.reserve('0.01')).settle('0.01');
      else if (action === 'set-limit') await budget.setLimit((30 + random(121)) / 100, why);
      else if (action === 'top-up') await budget.topUp('0.05', why);
      else if (action === 'credit') await budget.credit('0.01', why);
      else await budget.reset(why);
    } catch (error) {
      if (codeOf(error) !== 'BUDGET_EXCEEDED') result.errors.push(codeOf(error) ?? String(error));
    }
    result.changes += 1;
    onChange(result.changes);
    if ((config.pauseMs ?? 0) > 0) {
      await new Promise((resolve) => setTimeout(resolve, config.pauseMs));
    }
  }
  if (config.finalLimitUsd !== undefined) {
    const outcome = await adjustBudget({
      store: budget.store,
      budgetId: budget.id,
      action: 'set-limit',
      amountUsd: config.finalLimitUsd,
      reason: 'final limit',
    });
    result.beforeFinal = {
      spentUsd: outcome.before.spentUsd,
      reservedUsd: outcome.before.reservedUsd,
    };
  }
  return result;
}
