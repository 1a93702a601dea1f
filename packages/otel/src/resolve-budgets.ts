import { type Budget, InvalidOptionsError } from '@tollgate/core';
// `isBudget` is core's brand check: budgets of a second installed copy of core pass, a Proxy
// or a copy of a budget (whose methods would fail on its private state) does not.
import { describeValue, isBudget } from '@tollgate/core/internal';

/** What can be instrumented: a budget, or a wrapped client (anything with a `.budget`). */
export type BudgetSource =
  | Budget
  | {
      /** The budget the wrapped client's calls are charged to. */
      readonly budget: Budget;
    };

/** One source, or several (an array or any iterable). */
export type BudgetSources = BudgetSource | Iterable<BudgetSource>;

function budgetOf(source: unknown): Budget | undefined {
  if (isBudget(source)) return source;
  if (typeof source === 'object' && source !== null && 'budget' in source) {
    const budget = (source as { budget: unknown }).budget;
    if (isBudget(budget)) return budget;
  }
  return undefined;
}

/**
 * The distinct budgets of `sources`, in order. Throws `InvalidOptionsError` naming what
 * arrived when a source is neither a budget nor a wrapped client, or when there is none.
 */
export function resolveBudgets(sources: unknown, caller: string): Budget[] {
  const isList =
    budgetOf(sources) === undefined &&
    typeof sources === 'object' &&
    sources !== null &&
    Symbol.iterator in sources;
  const list: unknown[] = isList ? [...(sources as Iterable<unknown>)] : [sources];
  const budgets: Budget[] = [];
  for (const [index, source] of list.entries()) {
    const budget = budgetOf(source);
    if (budget === undefined) {
      throw new InvalidOptionsError(
        `${caller}: expected a budget (createBudget(...)), a wrapped client (withBudget(...)) or a list of them, received ${describeValue(source)}${isList ? ` at index ${index}` : ''}`,
        [{ path: isList ? String(index) : '', message: 'expected a budget or a wrapped client' }],
      );
    }
    if (!budgets.includes(budget)) budgets.push(budget);
  }
  if (budgets.length === 0) {
    throw new InvalidOptionsError(
      `${caller}: expected at least one budget, received an empty list`,
      [{ path: '', message: 'expected at least one budget' }],
    );
  }
  return budgets;
}
