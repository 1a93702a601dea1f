import type * as Zod from 'zod';
import type { ZodNamespace } from './parse-options.js';
import type { BudgetStore } from './store.js';

// Every method of the store contract, so the type checker names one added to it here too.
const storeMethods: Record<Exclude<keyof BudgetStore, 'kind'>, true> = {
  define: true,
  reserve: true,
  settle: true,
  release: true,
  status: true,
  expire: true,
  adjust: true,
  list: true,
  find: true,
  purge: true,
  ledger: true,
  close: true,
};
const methodNames = Object.keys(storeMethods) as (keyof typeof storeMethods)[];

/**
 * True for an object with every method of the `BudgetStore` contract. Checked where a store
 * is passed in, so `{}` or a client that is not a store is an `InvalidOptionsError` at that
 * call, not a `TypeError` (or a false `STORE_UNAVAILABLE`) at the first command sent to it.
 */
export function isBudgetStore(value: unknown): value is BudgetStore {
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Record<string, unknown>;
  return methodNames.every((name) => typeof store[name] === 'function');
}

/** The zod schema of a store option (`createBudget`, `loadBudgets`, `adjustBudget`). */
export function budgetStoreSchema(z: ZodNamespace): Zod.ZodType<BudgetStore> {
  return z.custom<BudgetStore>(isBudgetStore, {
    message: 'expected a budget store (memoryStore(), sqliteStore(), redisStore())',
  });
}
