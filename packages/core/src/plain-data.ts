import { describeValue, InvalidOptionsError, type ValidationIssue } from './errors.js';
import { serialisableIssues } from './serialisable.js';
import type { Metadata } from './store.js';

/**
 * The first problem that keeps `value` from being stored by every store (they write JSON):
 * a BigInt, function, symbol, non-finite number, class instance or cycle. `undefined`
 * counts as absent.
 */
export function plainDataIssue(value: unknown, path: string): ValidationIssue | undefined {
  return value === undefined ? undefined : serialisableIssues(value, path)[0];
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
