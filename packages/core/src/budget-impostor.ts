import { describeValue, InvalidOptionsError } from './errors.js';

/**
 * What a value given or used as a budget is told when it has a budget's methods but is not
 * one: a Proxy of a budget (Vue's `reactive()`, a tracing wrapper) or a copy, whose calls fail
 * on the budget's private state (a private field is not reached through a Proxy).
 */
export function impostorMessage(value: unknown): string {
  const id = idOf(value);
  const named = typeof id === 'string' ? ` of ${describeValue(id)}` : '';
  return `expected a Budget made by createBudget(), budget.child() or a budget family, received a Proxy or a copy${named} (Vue's reactive() makes one): pass the Budget itself (Vue: markRaw(budget), or toRaw(proxy))`;
}

/** The typed error of a budget `member` (`'status()'`, `'enforce'`) used on a Proxy or a copy of a budget. */
export function impostorCallError(value: unknown, member: string): InvalidOptionsError {
  const message = impostorMessage(value);
  return new InvalidOptionsError(`budget.${member}: ${message}`, [{ path: 'this', message }]);
}

/** The `id` a value shows, read defensively: a Proxy's trap may throw. */
function idOf(value: unknown): unknown {
  try {
    return (value as { id?: unknown }).id;
  } catch {
    return undefined;
  }
}
