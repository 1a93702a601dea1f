import type { BudgetDefinition } from './budget-definition.js';
import { BudgetConflictError } from './errors.js';
import type { BudgetStore } from './store.js';
import { describeWindow } from './window.js';

/** How a budget was declared in this process: with its own options, or as a family member. */
export interface Declaration {
  /** `'child'` for `createBudget(...)` and `budget.child(...)`, `'member'` for `family.for(key)`. */
  kind: 'child' | 'member';
  /** The declaration as an error names it: `budget.child({ id }) of "org"`. */
  description: string;
  /**
   * True for a deliberate redefinition (`loadBudgets` applying a changed configuration, whose
   * limit wins): it replaces the definition declared before rather than being refused.
   * Default `false`.
   */
  replaces?: boolean;
}

interface Entry {
  declaration: Declaration;
  /** What the store is asked to hold for the id, as first declared. */
  definition: BudgetDefinition;
  /**
   * The budgets declared with this definition: the entry lasts as long as one of them does
   * (a request handler may declare the same child on every request and drop the first).
   */
  budgets: WeakRef<object>[];
  /** The length at which `budgets` is next pruned of collected budgets (amortised: doubles). */
  pruneAt: number;
}

/** The fewest references an entry keeps before it first prunes the collected ones. */
const firstPrune = 16;

// Per store, since ids are unique in their store; weakly, so a budget nobody holds is
// forgotten (a family may make a member per end user) and a store nobody holds goes too.
const declared = new WeakMap<BudgetStore, Map<string, Entry>>();
const forget = new FinalizationRegistry<{ entries: Map<string, Entry>; id: string; entry: Entry }>(
  ({ entries, id, entry }) => {
    // The identity check first: once one callback deleted the entry, the others cost nothing.
    if (entries.get(id) === entry && !isAlive(entry)) entries.delete(id);
  },
);

/**
 * Builds a budget declared as `declaration` and records it, once `assertDeclarable` has let
 * `id` through: `build` is not called when it throws. The budget built touches no store,
 * so one refused by `assertSameDefinition` is dropped with nothing stored.
 */
export function declareBudget<Built extends { readonly id: string }>(
  store: BudgetStore,
  id: string,
  declaration: Declaration,
  build: () => Built,
  definitionOf: (budget: Built) => BudgetDefinition,
): Built {
  assertDeclarable(store, id, declaration);
  const budget = build();
  // A copy: the stored definition may later drop an inherited window (`stored-definition.ts`).
  const definition = { ...definitionOf(budget) };
  assertSameDefinition(store, declaration, definition);
  recordDeclaration(store, budget, declaration, definition);
  return budget;
}

/**
 * Throws `BudgetConflictError` when `id` is a child budget this process declared the other
 * way (a member of a family and a budget of its own, or the reverse) in `store` and still
 * holds: the later declaration would attach to the same stored budget and replace its limit
 * with its own, silently. Call before the budget is built.
 */
function assertDeclarable(store: BudgetStore, id: string, declaration: Declaration): void {
  const entry = declared.get(store)?.get(id);
  if (entry === undefined || entry.declaration.kind === declaration.kind) return;
  if (!isAlive(entry)) return;
  const [child, member] =
    declaration.kind === 'child'
      ? [declaration, entry.declaration]
      : [entry.declaration, declaration];
  throw new BudgetConflictError(
    id,
    `Budget "${id}" is declared twice in this process, as a budget of its own (${child.description}) and as a family member (${member.description}): one would replace the other's limit. Give the member its own limit with for(key, { limitUsd }), or the budget another id.`,
  );
}

/**
 * Throws `BudgetConflictError` when a budget of its own is declared again in `store`, while
 * the one declared first is still held, with another definition: the store holds one per
 * id, so the newer would silently replace the limit (or window, or parent) the first object
 * enforces. Across processes the newest definition wins, as documented; family members are
 * rebuilt with new overrides on purpose (`BudgetFamily.for`), so they are let through.
 */
function assertSameDefinition(
  store: BudgetStore,
  declaration: Declaration,
  definition: BudgetDefinition,
): void {
  const entry = declared.get(store)?.get(definition.id);
  if (entry === undefined || declaration.replaces === true) return;
  if (declaration.kind !== 'child' || entry.declaration.kind !== 'child') return;
  const differences = definitionDifferences(entry.definition, definition);
  if (differences.length === 0 || !isAlive(entry)) return;
  const id = definition.id;
  throw new BudgetConflictError(
    id,
    `Budget "${id}" is declared twice in this process with different definitions, first by ${entry.declaration.description} and now by ${declaration.description}: ${differences.join(', ')}. The store holds one definition per id, so the second would silently replace the first budget's. To change a limit on purpose, call setLimit() on the budget you have; or drop every reference to the first budget before declaring it again.`,
  );
}

/** What differs between two definitions of one id, as `expected ..., received ...` phrases. */
function definitionDifferences(first: BudgetDefinition, second: BudgetDefinition): string[] {
  const differences: string[] = [];
  const compare = (field: string, expected: string, received: string): void => {
    if (expected !== received) {
      differences.push(`${field} expected ${expected} (as first declared), received ${received}`);
    }
  };
  compare('limitUsd', `"${first.limitUsd}"`, `"${second.limitUsd}"`);
  compare('window', describeWindow(first.window), describeWindow(second.window));
  compare('parent', describeParent(first.parentId), describeParent(second.parentId));
  return differences;
}

function describeParent(parentId: string | null): string {
  return parentId === null ? 'none (a root budget)' : `"${parentId}"`;
}

/**
 * True while one of the budgets the entry was declared for is still held. Looked for from
 * the newest, the one most likely held: a request handler declaring the same child on every
 * request makes this one step, not a walk over every copy made since the last collection.
 */
function isAlive(entry: Entry): boolean {
  const budgets = entry.budgets;
  for (let index = budgets.length - 1; index >= 0; index -= 1) {
    if (budgets[index]?.deref() !== undefined) return true;
  }
  return false;
}

/** Adds a reference to `entry`, pruning collected ones when the list has doubled since. */
function addReference(entry: Entry, reference: WeakRef<object>): void {
  if (entry.budgets.length >= entry.pruneAt) {
    entry.budgets = entry.budgets.filter((budget) => budget.deref() !== undefined);
    entry.pruneAt = Math.max(firstPrune, entry.budgets.length * 2);
  }
  entry.budgets.push(reference);
}

/** Records how `budget` (in `store`) was declared, for the checks above. */
function recordDeclaration(
  store: BudgetStore,
  budget: object,
  declaration: Declaration,
  definition: BudgetDefinition,
): void {
  let entries = declared.get(store);
  if (entries === undefined) {
    entries = new Map();
    declared.set(store, entries);
  }
  const id = definition.id;
  const existing = entries.get(id);
  const reference = new WeakRef(budget);
  let entry: Entry;
  if (
    existing !== undefined &&
    existing.declaration.kind === declaration.kind &&
    definitionDifferences(existing.definition, definition).length === 0 &&
    isAlive(existing)
  ) {
    // The same declaration again: held as long as any of its budgets is.
    addReference(existing, reference);
    entry = existing;
  } else {
    entry = { declaration, definition, budgets: [reference], pruneAt: firstPrune };
    entries.set(id, entry);
  }
  forget.register(budget, { entries, id, entry });
}
