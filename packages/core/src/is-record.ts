/**
 * True for a plain JSON object: not `null`, not an array. The one narrowing every reader of
 * untrusted JSON (provider bodies, option objects, price files) starts with.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
