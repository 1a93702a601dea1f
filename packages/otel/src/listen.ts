import type { Budget, BudgetEvent, BudgetEventMap, BudgetEventName } from '@tollgate/core';

/** A handler that also learns which instrumented budget heard the event first. */
export type ChainHandlers = {
  [Name in BudgetEventName]?: (event: BudgetEventMap[Name], budget: Budget) => void;
};

/**
 * Subscribes `handlers` on every budget. An event travels up its chain, so when a budget
 * and its ancestor are both listed it reaches both: each event is handled once, by the
 * nearest listed budget (events go leaf first). `claimed` is shared by subscriptions that
 * report to one place (every `instrument` call with the same meter provider): an event one
 * of them handled, on a budget nearer the call, is not handled again by the others.
 * Returns the unsubscribe function.
 */
export function listen(
  budgets: readonly Budget[],
  handlers: ChainHandlers,
  claimed?: WeakSet<BudgetEvent>,
): () => void {
  const seen = claimed ?? new WeakSet<BudgetEvent>();
  const unsubscribers: (() => void)[] = [];
  for (const budget of budgets) {
    for (const [name, handler] of Object.entries(handlers) as [
      BudgetEventName,
      (event: BudgetEvent, budget: Budget) => void,
    ][]) {
      // One budget heard by one subscription hears each event once: only a chain of several
      // (listed here or by another subscription sharing `claimed`) needs telling apart.
      unsubscribers.push(
        budgets.length === 1 && claimed === undefined
          ? budget.on(name, (event: BudgetEvent) => handler(event, budget))
          : budget.on(name, (event: BudgetEvent) => {
              if (seen.has(event)) return;
              seen.add(event);
              handler(event, budget);
            }),
      );
    }
  }
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
