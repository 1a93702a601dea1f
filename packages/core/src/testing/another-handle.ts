import type { BudgetStore } from '../store.js';

/**
 * `store` as another process's store object reaches the same budgets (another connection
 * to one database): a different object, so this process's budgets declared through `store`
 * do not refuse budgets declared through it with another definition, as they would not
 * refuse another process's. For tests that redefine a budget "after a deploy" in one process.
 */
export function anotherHandle<Store extends BudgetStore>(store: Store): Store {
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      // Bound, so a store's private fields are reached on the store itself.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
