import { createBudget } from '../budget.js';
import { budgetFamily } from '../budget-family.js';
import type { BudgetStore } from '../store.js';

/** What each process of the family race does. */
export interface FamilyRaceConfig {
  /** The root budget the family is under (a fresh id per test). */
  rootId: string;
  /** The keys every process asks for, all at once. */
  keys: readonly string[];
  /** When to start (ms since epoch), so the processes ask for the same keys together. */
  startAt: number;
  /** Charged once on each member. */
  amountUsd: string;
}

/** What a process of the family race saw: the member id for each key, in key order. */
export interface FamilyRaceResult {
  /** The member id of each key. */
  ids: string[];
}

/** The family every racing process builds: a daily `users` family under a root. */
export function raceFamilyOf(store: BudgetStore, rootId: string) {
  const root = createBudget({ id: rootId, limitUsd: '100', store });
  return budgetFamily({ parent: root, name: 'users', template: { limitUsd: '1', window: 'day' } });
}

/**
 * Waits for `startAt`, then creates (or attaches to) the member of every key at once and
 * charges each `amountUsd`: run by several processes on one store, every key must end as
 * one budget charged by all of them.
 */
export async function raceFamily(
  store: BudgetStore,
  config: FamilyRaceConfig,
): Promise<FamilyRaceResult> {
  const users = raceFamilyOf(store, config.rootId);
  await users.parent.ready();
  const wait = config.startAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const members = await Promise.all(config.keys.map((key) => users.for(key)));
  await Promise.all(
    members.map(async (member) =>
      (await member.reserve(config.amountUsd)).settle(config.amountUsd),
    ),
  );
  return { ids: members.map((member) => member.id) };
}
