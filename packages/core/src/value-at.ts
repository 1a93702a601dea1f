/**
 * The value at `path` inside `value` (`valueAt(client, 'chat', 'completions', 'create')`),
 * or `undefined` as soon as a step is not an object. Adapters use it to recognise an SDK's
 * client by its resources without importing the SDK; option parsing, to show what arrived at
 * an issue's path.
 */
export function valueAt(value: unknown, ...path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
