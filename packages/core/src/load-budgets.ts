import { type Budget, declareRoot, redeclaredChild } from './budget.js';
import {
  type BudgetConfig,
  type BudgetConfigNode,
  budgetConfigSchema,
  walkBudgetConfig,
} from './budget-config.js';
import { type BudgetFamily, budgetFamily } from './budget-family.js';
import { runtimeOptionsSchema } from './budget-options.js';
import type { Clock } from './clock.js';
import { memoryStore } from './memory-store.js';
import { parseOptions } from './parse-options.js';
import type { BudgetStore } from './store.js';

/** Options of `loadBudgets`. */
export interface LoadBudgetsOptions {
  /**
   * Where the budgets live. Loading the same configuration again attaches to them.
   * @default memoryStore()
   */
  store?: BudgetStore;
  /** Where time is read, for windows and expiry. @default the system clock */
  clock?: Clock;
}

/** What `loadBudgets` built: every budget by id, every family by name. */
export interface LoadedBudgets {
  /** Every budget of the configuration by id, parents before children. */
  budgets: ReadonlyMap<string, Budget>;
  /** Every family of the configuration by name. */
  families: ReadonlyMap<string, BudgetFamily>;
}

/**
 * Creates every budget of a configuration in the store, or attaches to those it already
 * holds, parents first, and builds its families. On attach the configuration's limit wins
 * as any newer definition does, except over a limit changed by administration (`setLimit`,
 * `topUp`), which the store keeps: `tollgate budget apply` changes such limits, as ledger
 * entries. Loading the same configuration twice changes nothing. `config` is
 * validated first (`InvalidOptionsError` naming each field; `parseBudgetConfig` reads a
 * file with line numbers); a budget the store holds under another parent or window stops
 * the load with `BudgetConflictError`, after the budgets before it were defined.
 */
export async function loadBudgets(
  config: BudgetConfig,
  options: LoadBudgetsOptions = {},
): Promise<LoadedBudgets> {
  const checked = parseOptions(budgetConfigSchema(), config, 'loadBudgets');
  const { store = memoryStore(), clock } = parseOptions(
    runtimeOptionsSchema(),
    options,
    'loadBudgets',
  ) as LoadBudgetsOptions;
  const budgets = new Map<string, Budget>();
  const families = new Map<string, BudgetFamily>();
  walkBudgetConfig(checked, (node, parent) => {
    const settings = budgetSettings(node);
    // Loading a changed configuration again in this process redefines its budgets on
    // purpose (the configuration's limit wins), as a load in another process would.
    const budget =
      parent === undefined
        ? declareRoot(
            clock === undefined ? { ...settings, store } : { ...settings, store, clock },
            true,
          )
        : redeclaredChild(budgets.get(parent.id) as Budget, settings);
    budgets.set(node.id, budget);
    for (const [name, template] of Object.entries(node.families ?? {})) {
      families.set(name, budgetFamily({ parent: budget, name, template }));
    }
  });
  // In order, parents first: a conflict stops the load at the budget that has it.
  for (const budget of budgets.values()) await budget.ready();
  return { budgets, families };
}

/** A node's own options, without its children and families. */
function budgetSettings(node: BudgetConfigNode) {
  const { children: _children, families: _families, ...settings } = node;
  return settings;
}
