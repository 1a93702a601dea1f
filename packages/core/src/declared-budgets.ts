import { BudgetConflictError } from './errors.js';
import type { BudgetStore } from './store.js';

/** How a child budget was declared in this process: with its own options, or as a family member. */
export interface Declaration {
  /** `'child'` for `budget.child(...)`, `'member'` for `family.for(key)`. */
  kind: 'child' | 'member';
  /** The declaration as an error names it: `budget.child({ id }) of "org"`. */
  description: string;
}

interface Entry {
  declaration: Declaration;
  /** The budget declared: the entry lasts as long as the budget object does. */
  budget: WeakRef<object>;
}

// Per store, since ids are unique in their store; weakly, so a budget nobody holds is
// forgotten (a family may make a member per end user) and a store nobody holds goes too.
const declared = new WeakMap<BudgetStore, Map<string, Entry>>();
const forget = new FinalizationRegistry<{ entries: Map<string, Entry>; id: string; entry: Entry }>(
  ({ entries, id, entry }) => {
    if (entries.get(id) === entry) entries.delete(id);
  },
);

/**
 * Builds a child budget declared as `declaration` and records it, once `assertDeclarable`
 * has let `id` through: `build` is not called when it throws.
 */
export function declareBudget<Child extends { readonly id: string }>(
  store: BudgetStore,
  id: string,
  declaration: Declaration,
  build: () => Child,
): Child {
  assertDeclarable(store, id, declaration);
  const budget = build();
  recordDeclaration(store, budget.id, budget, declaration);
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
  if (entry.budget.deref() === undefined) return;
  const [child, member] =
    declaration.kind === 'child'
      ? [declaration, entry.declaration]
      : [entry.declaration, declaration];
  throw new BudgetConflictError(
    id,
    `Budget "${id}" is declared twice in this process, as a budget of its own (${child.description}) and as a family member (${member.description}): one would replace the other's limit. Give the member its own limit with for(key, { limitUsd }), or the budget another id.`,
  );
}

/** Records how `budget` (of `id`, in `store`) was declared, for `assertDeclarable`. */
function recordDeclaration(
  store: BudgetStore,
  id: string,
  budget: object,
  declaration: Declaration,
): void {
  let entries = declared.get(store);
  if (entries === undefined) {
    entries = new Map();
    declared.set(store, entries);
  }
  const entry: Entry = { declaration, budget: new WeakRef(budget) };
  entries.set(id, entry);
  forget.register(budget, { entries, id, entry });
}
