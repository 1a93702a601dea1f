import { describeValue, InvalidOptionsError, type ValidationIssue } from './errors.js';

const expected =
  'expected plain data (a string, finite number, boolean, null, array or plain object)';

/**
 * Throws `InvalidOptionsError` unless `value` survives a JSON round trip unchanged: stores
 * write metadata and settlement details as JSON, and a BigInt, a function, a cycle or a
 * non-finite number would otherwise fail inside the store (and look like an outage) or be
 * written as something else. An `undefined` property is allowed: JSON leaves it out, as
 * it was never set. `field` names the value in the message, e.g. `metadata` or `details`.
 */
export function assertSerialisable(value: unknown, field: string): void {
  if (typeof value === 'object' && value !== null && isMarkedSerialisable(value)) return;
  const issues = serialisableIssues(value, field);
  if (issues.length === 0) return;
  const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new InvalidOptionsError(`Cannot store ${field}: ${list}`, issues);
}

/**
 * The last values found serialisable on their way in (settlement details checked as the
 * kit built them or by `reservation.settle`, details merged with a reservation's metadata),
 * so the checks after them in the same settle do not walk them again. A settle's checks run
 * one after another in one synchronous pass on the memory store, so a few recent values
 * cover them; a value marked longer ago is walked again, which costs time, never
 * correctness. A ring, not a `WeakSet`: adding to a `WeakSet` on every call cost more in a
 * running service than the walk it saved.
 */
const recent = new Array<object | undefined>(8).fill(undefined);
let nextSlot = 0;

/**
 * Records that `value` was checked and found serialisable: `assertSerialisable` then
 * passes it at once while it is among the last values marked. Only for values this
 * package checked itself and holds unchanged.
 */
export function markSerialisable(value: object): void {
  recent[nextSlot] = value;
  nextSlot = (nextSlot + 1) % recent.length;
}

/**
 * True when `value` is among the last values marked by `markSerialisable`: details checked
 * as they were built (the adapter kit's) or on a first settle, which are not walked again.
 */
export function isMarkedSerialisable(value: object): boolean {
  // A plain loop of identity checks: inlined, with no builtin call on every settle.
  for (let slot = 0; slot < recent.length; slot += 1) if (recent[slot] === value) return true;
  return false;
}

/**
 * Every value inside `value` that JSON cannot carry exactly, each with its path below
 * `path` (`''` for the top: then paths start at the first key).
 */
export function serialisableIssues(value: unknown, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  collectIssues(value, path, new Set(), issues);
  return issues;
}

function below(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function collectIssues(
  value: unknown,
  path: string,
  ancestors: Set<object>,
  issues: ValidationIssue[],
): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) issues.push({ path, message: `${expected}, received ${value}` });
    return;
  }
  if (typeof value !== 'object') {
    issues.push({ path, message: `${expected}, received ${describeValue(value)}` });
    return;
  }
  if (ancestors.has(value)) {
    issues.push({ path, message: `${expected}, received a reference to itself (a cycle)` });
    return;
  }
  if (!Array.isArray(value) && !isPlainObject(value)) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    const what = typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object';
    issues.push({ path, message: `${expected}, received ${what}` });
    return;
  }
  ancestors.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectIssues(item, below(path, index), ancestors, issues);
    });
  } else {
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) collectIssues(item, below(path, key), ancestors, issues);
    }
  }
  ancestors.delete(value);
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
