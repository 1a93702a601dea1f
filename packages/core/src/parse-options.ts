import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { closestName } from './edit-distance.js';
import { describeValue, InvalidOptionsError, type ValidationIssue } from './errors.js';
import { valueAt } from './value-at.js';

/** The zod namespace, for schemas built on first use. */
export type ZodNamespace = typeof Zod.z;

let zod: ZodNamespace | undefined;

/**
 * zod, loaded on the first validation: it takes about as long to import as the rest of
 * Tollgate together, and importing a package should not pay for it.
 */
export function loadZod(): ZodNamespace {
  zod ??= (createRequire(import.meta.url)('zod') as typeof Zod).z;
  return zod;
}

/**
 * Builds an options schema from zod when first needed (zod is slow to import); `lazySchema`
 * builds each one once.
 */
export type OptionsSchema = (z: ZodNamespace) => Zod.ZodType;

const built = new WeakMap<OptionsSchema, Zod.ZodType>();

/** The schema `build` makes, built on first use and kept. */
export function lazySchema(build: OptionsSchema): Zod.ZodType {
  let schema = built.get(build);
  if (schema === undefined) {
    schema = build(loadZod());
    built.set(build, schema);
  }
  return schema;
}

/**
 * Validates `value` against `schema` and returns the parsed value, or throws one
 * `InvalidOptionsError` listing every problem (`where` names the call, e.g. `withBudget`).
 */
export function parseOptions<Output>(
  schema: Zod.ZodType<Output>,
  value: unknown,
  where: string,
): Output {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidOptions(where, optionIssues(result.error, value, schema));
}

/** The problems of a failed parse, one per field (one per unknown key), with what arrived. */
export function optionIssues(
  error: Zod.ZodError,
  root: unknown,
  known: readonly string[] | Zod.ZodType = [],
): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const names = Array.isArray(known)
        ? path === ''
          ? known
          : []
        : knownKeys(known as Zod.ZodType, issue.path);
      return issue.keys.map((key) => ({
        path: path === '' ? key : `${path}.${key}`,
        message: unknownOption(key, names),
      }));
    }
    if (issue.code === 'invalid_key') {
      // A record's key: what its own check says a key must be, and the key that arrived
      // (zod's message, "Invalid key in record", says neither).
      const expected = issue.issues[0]?.message ?? issue.message;
      return [{ path, message: `${expected}, received ${describeValue(issue.path.at(-1))}` }];
    }
    // zod's own type message says only which type arrived; name the value instead.
    const expected =
      issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')
        ? `expected ${issue.expected}`
        : issue.message;
    const received = valueAt(root, ...issue.path);
    // A near miss of a listed value ('setLimit' for 'set-limit') gets the hint an unknown key gets.
    const hint = issue.code === 'invalid_value' ? didYouMean(received, issue.values) : '';
    return [{ path, message: `${expected}, received ${describeValue(received)}${hint}` }];
  });
}

/** `; did you mean x?` when `received` is a string close to one of the string `values`. */
function didYouMean(received: unknown, values: readonly unknown[]): string {
  if (typeof received !== 'string') return '';
  const names = values.filter((value): value is string => typeof value === 'string');
  const suggestion = closestName(received, names);
  return suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
}

/** The message for an option nobody documented, with a "did you mean" hint when one is close. */
export function unknownOption(key: string, known: readonly string[]): string {
  return `expected a documented option, received unknown option ${describeValue(key)}${didYouMean(key, known)}`;
}

/** The error for a call given bad options: every issue in its message, then in `issues`. */
export function invalidOptions(
  where: string,
  issues: readonly ValidationIssue[],
): InvalidOptionsError {
  const list = issues.map((issue) => `${issue.path || '(options)'}: ${issue.message}`).join('; ');
  return new InvalidOptionsError(`Invalid ${where} options: ${list}`, issues);
}

/** The keys the object schema at `path` documents (through optional wrappers, arrays and records). */
function knownKeys(schema: Zod.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = unwrapOptional(schema);
  for (const key of path) {
    const node = current as {
      shape?: Record<string, unknown>;
      element?: unknown;
      valueType?: unknown;
    } | null;
    // An array's item or a record's value is named by its index or key.
    const next = node?.shape?.[String(key)] ?? node?.element ?? node?.valueType;
    if (next === undefined) return [];
    current = unwrapOptional(next);
  }
  const shape = (current as { shape?: Record<string, unknown> } | null)?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/**
 * The schema inside optional and nullable wrappers (arrays unwrap too in zod: not those),
 * and past a preprocessing step (a pipe's `out` is the schema that reads the value).
 */
function unwrapOptional(schema: unknown): unknown {
  let current = schema;
  while (current !== null && typeof current === 'object') {
    if ('unwrap' in current && !('element' in current)) {
      current = (current as { unwrap(): unknown }).unwrap();
    } else if ('out' in current) {
      current = (current as { out: unknown }).out;
    } else {
      break;
    }
  }
  return current;
}
