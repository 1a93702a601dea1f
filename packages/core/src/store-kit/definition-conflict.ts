import { BudgetConflictError } from '../errors.js';
import type { BudgetDefinition, WindowSpec } from '../store.js';
import { describeWindow, sameWindow } from '../window.js';

/** What a store holds of a budget's definition that a new definition must agree with. */
export interface StoredDefinition {
  /** The stored parent's id, `null` for a root. */
  parentId: string | null;
  /** The stored window, `null` for none. */
  window: WindowSpec | null;
}

/**
 * The `BudgetConflictError` a `define` of `definition` over an existing budget throws, or
 * `undefined` when it may attach: a budget never changes its parent or its window (its
 * limit may change). The message names both the stored and the asked-for value.
 */
export function definitionConflict(
  stored: StoredDefinition,
  definition: BudgetDefinition,
): BudgetConflictError | undefined {
  const id = definition.id;
  if (stored.parentId !== definition.parentId) {
    return new BudgetConflictError(
      id,
      `Budget "${id}" already exists under parent ${String(stored.parentId)}; it cannot be attached under ${String(definition.parentId)}. Use another id.`,
    );
  }
  if (!sameWindow(stored.window, definition.window)) {
    return new BudgetConflictError(
      id,
      `Budget "${id}" already exists with window ${describeWindow(stored.window)}; it cannot be attached with window ${describeWindow(definition.window)}. Use another id.`,
    );
  }
  return undefined;
}

/** Throws `definitionConflict`'s error when `definition` may not attach to `stored`. */
export function assertAttachable(stored: StoredDefinition, definition: BudgetDefinition): void {
  const conflict = definitionConflict(stored, definition);
  if (conflict !== undefined) throw conflict;
}
