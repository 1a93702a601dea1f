import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { closestName } from './closest-name.js';
import { describeValue, InvalidOptionsError, type ValidationIssue } from './errors.js';

/**
 * Builds an options schema from zod, given when first needed (zod is slow to import). Its
 * output should match the options type `parseOptions` is asked for.
 */
export type OptionsSchema = (z: typeof Zod.z) => Zod.ZodType;

const built = new WeakMap<OptionsSchema, Zod.ZodType>();

/**
 * Validates the options of `where` (e.g. `sqliteStore`) against a zod schema, and throws
 * `InvalidOptionsError` listing every problem with its path, what was expected and what
 * arrived; an unknown key gets a "did you mean" with the closest documented name. The
 * schema is built once per `schema` function.
 */
export function parseOptions<T>(where: string, schema: OptionsSchema, value: unknown): T {
  let zodSchema = built.get(schema);
  if (zodSchema === undefined) {
    const { z } = createRequire(import.meta.url)('zod') as typeof Zod;
    zodSchema = schema(z);
    built.set(schema, zodSchema);
  }
  const result = zodSchema.safeParse(value);
  if (result.success) return result.data as T;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describeIssue(issue, value, zodSchema),
  }));
  const list = issues.map((issue) => `${issue.path || '(options)'}: ${issue.message}`).join('; ');
  throw new InvalidOptionsError(`Invalid ${where} options: ${list}`, issues);
}

function describeIssue(issue: Zod.core.$ZodIssue, root: unknown, schema: Zod.ZodType): string {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    const named = issue.keys.map((key) => {
      const closest = closestName(key, known);
      return closest === undefined ? key : `${key} (did you mean ${closest}?)`;
    });
    return `expected only documented options (${known.join(', ')}), received unknown option(s) ${named.join(', ')}`;
  }
  const received = describeValue(valueAt(root, issue.path));
  // zod's own text for a wrong type already names the type it received: say it once, ours.
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, received ${received}`;
  return `${issue.message}, received ${received}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  return value;
}

/** The keys the object schema at `path` documents (through optional wrappers). */
function knownKeys(schema: Zod.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of [...path, undefined]) {
    while (current !== null && typeof current === 'object' && 'unwrap' in current) {
      current = (current as { unwrap(): unknown }).unwrap();
    }
    const shape = (current as { shape?: Record<string, unknown> } | null)?.shape;
    if (shape === undefined) return [];
    if (key === undefined) return Object.keys(shape);
    current = shape[String(key)];
  }
  return [];
}
