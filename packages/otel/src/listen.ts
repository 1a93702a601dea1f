import type { Budget, BudgetEvent, BudgetEventMap, BudgetEventName } from '@tollgate/core';

/** Which budget handled each event first (the nearest of its chain that listens). */
export type EventClaims = WeakMap<BudgetEvent, Budget>;

/** A handler that also learns which instrumented budget heard the event first. */
export type ChainHandlers = {
  [Name in BudgetEventName]?: (event: BudgetEventMap[Name], budget: Budget) => void;
};

/**
 * Subscribes `handlers` on every budget. An event travels up its chain, so when a budget
 * and its ancestor are both listed it reaches both: each event is handled once, by the
 * nearest listed budget (events go leaf first). `claimed` is shared by subscriptions that
 * report to one place (every `instrument` call with the same meter provider): it records
 * the budget that first handled each event, the nearest, and the others skip the event.
 * With `sameBudgetAgain`, a subscription on that same budget handles it too: a budget whose
 * metrics two `instrument` calls keep is counted in full by both (each keeps whole totals,
 * so stopping one loses nothing), while its ancestors still do not count it again.
 * Returns the unsubscribe function.
 */
export function listen(
  budgets: readonly Budget[],
  handlers: ChainHandlers,
  claimed?: EventClaims,
  sameBudgetAgain = false,
): () => void {
  const owners = claimed ?? new WeakMap<BudgetEvent, Budget>();
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
              const owner = owners.get(event);
              if (owner === undefined) owners.set(event, budget);
              else if (owner !== budget || !sameBudgetAgain) return;
              handler(event, budget);
            }),
      );
    }
  }
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
