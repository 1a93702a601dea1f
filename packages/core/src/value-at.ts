/**
 * The value at `path` inside `value` (`valueAt(client, 'chat', 'completions', 'create')`),
 * or `undefined` as soon as a step is not an object. Adapters use it to recognise an SDK's
 * client by its resources without importing the SDK.
 */
export function valueAt(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
