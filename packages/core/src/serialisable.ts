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
  if (typeof value === 'object' && value !== null && checked.has(value)) return;
  const issues = serialisableIssues(value, field);
  if (issues.length === 0) return;
  const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new InvalidOptionsError(`Cannot store ${field}: ${list}`, issues);
}

// Values already found serialisable on their way in (settlement details checked by
// `reservation.settle`), so a store in this process does not walk them a second time.
const checked = new WeakSet<object>();

/**
 * Records that `value` was checked and found serialisable: `assertSerialisable` then
 * passes it at once. Only for values this package checked itself and holds unchanged.
 */
export function markSerialisable(value: object): void {
  checked.add(value);
}

/**
 * True when `value` was marked by `markSerialisable`: details checked as they were built (the
 * adapter kit's) or on a first settle, which are not walked again.
 */
export function isMarkedSerialisable(value: object): boolean {
  return checked.has(value);
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
