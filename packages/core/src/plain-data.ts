import { describeValue, InvalidOptionsError, type ValidationIssue } from './errors.js';
import type { Metadata } from './store.js';

const plainExpected =
  'expected plain data (a string, finite number, boolean, null, array or plain object)';

/**
 * The first problem that keeps `value` from being stored by every store (they write JSON):
 * a BigInt, function, symbol, non-finite number, class instance or cycle. `undefined`
 * counts as absent.
 */
export function plainDataIssue(
  value: unknown,
  path: string,
  parents: object[] = [],
): ValidationIssue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value)
        ? undefined
        : { path, message: `${plainExpected}, received ${describeValue(value)}` };
    case 'object':
      return objectIssue(value, path, parents);
    default:
      return { path, message: `${plainExpected}, received ${describeValue(value)}` };
  }
}

function objectIssue(value: object, path: string, parents: object[]): ValidationIssue | undefined {
  if (parents.includes(value)) {
    return { path, message: `${plainExpected}, received a cycle back to an enclosing object` };
  }
  const prototype = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (!isArray && prototype !== Object.prototype && prototype !== null) {
    return { path, message: `${plainExpected}, received ${instanceName(value)}` };
  }
  parents.push(value);
  try {
    for (const [key, item] of Object.entries(value)) {
      const issue = plainDataIssue(item, path === '' ? key : `${path}.${key}`, parents);
      if (issue !== undefined) return issue;
    }
  } finally {
    parents.pop();
  }
  return undefined;
}

function instanceName(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object';
}

/**
 * The first problem with reservation metadata: it must be a plain object whose values are
 * strings, finite numbers, booleans or null (see `Metadata`).
 */
export function metadataIssue(value: unknown, path: string): ValidationIssue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      path,
      message: `expected an object of strings, numbers, booleans or null, received ${describeValue(value)}`,
    };
  }
  const shape = plainDataIssue(value, path);
  if (shape !== undefined) return shape;
  for (const [key, item] of Object.entries(value as Metadata)) {
    if (typeof item === 'object' && item !== null) {
      return {
        path: `${path}.${key}`,
        message: `expected a string, finite number, boolean or null, received ${describeValue(item)}`,
      };
    }
  }
  return undefined;
}

/** A problem stated as what was expected and what arrived. */
export function expectedIssue(path: string, expected: string, received: unknown): ValidationIssue {
  return { path, message: `expected ${expected}, received ${describeValue(received)}` };
}

/** `InvalidOptionsError` for `what`, listing every problem. */
export function invalidInput(
  what: string,
  issues: readonly ValidationIssue[],
): InvalidOptionsError {
  const list = issues.map((item) => `${item.path || '(value)'}: ${item.message}`).join('; ');
  return new InvalidOptionsError(`Invalid ${what}: ${list}`, issues);
}
