import type { Budget, BudgetEvent, BudgetEventMap, BudgetEventName } from '@tollgate/core';

/**
 * Which budget handled each event first (the nearest of its chain that listens), shared by
 * the subscriptions that report to one place.
 */
export class EventClaims {
  /** The budget that first handled each event. */
  readonly owners = new WeakMap<BudgetEvent, Budget>();
  /**
   * Budgets subscribed through these claims, over all their subscriptions. While there is one,
   * every event it hears is heard there only, so nothing is recorded per event: a weak map
   * entry per event (two per call) costs its set and its collection on the hot path.
   */
  listening = 0;
}

/**
 * A handler that also learns which instrumented budget heard the event first, and whether
 * this subscription is the first to handle it (`false` only for a repeat on the same budget,
 * see `sameBudgetAgain`).
 */
export type ChainHandlers = {
  [Name in BudgetEventName]?: (event: BudgetEventMap[Name], budget: Budget, first: boolean) => void;
};

/**
 * Subscribes `handlers` on every budget. An event travels up its chain, so when a budget
 * and its ancestor are both listed it reaches both: each event is handled once, by the
 * nearest listed budget (events go leaf first). `claimed` is shared by subscriptions that
 * report to one place (every `instrument` call with the same meter provider): it records
 * the budget that first handled each event, the nearest, and the others skip the event.
 * With `sameBudgetAgain`, a subscription on that same budget handles it too, told it is not
 * the first: a budget whose metrics two `instrument` calls keep has its whole totals kept by
 * both (so stopping one loses nothing), while what is recorded per event (a histogram value,
 * a refusal) is recorded once, by whichever subscription heard it first. Its ancestors still
 * do not handle it again.
 * Returns the unsubscribe function.
 */
export function listen(
  budgets: readonly Budget[],
  handlers: ChainHandlers,
  claimed?: EventClaims,
  sameBudgetAgain = false,
): () => void {
  const claims = claimed ?? new EventClaims();
  const { owners } = claims;
  const unsubscribers: (() => void)[] = [];
  for (const budget of budgets) {
    for (const [name, handler] of Object.entries(handlers) as [
      BudgetEventName,
      (event: BudgetEvent, budget: Budget, first: boolean) => void,
    ][]) {
      unsubscribers.push(
        budget.on(name, (event: BudgetEvent) => {
          // One budget heard through these claims hears each event once: only a chain of
          // several (listed here or by another subscription sharing them) needs telling apart.
          if (claims.listening === 1) return handler(event, budget, true);
          const owner = owners.get(event);
          if (owner === undefined) {
            owners.set(event, budget);
            handler(event, budget, true);
          } else if (owner === budget && sameBudgetAgain) handler(event, budget, false);
        }),
      );
    }
  }
  claims.listening += budgets.length;
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    claims.listening -= budgets.length;
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
