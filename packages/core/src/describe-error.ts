/**
 * A thrown value as text, for a message that names a cause. `String()` throws for some
 * values a custom store (or a handler) may reject with: an object without a prototype, one
 * whose `toString` throws, a Proxy whose traps throw. Describing the cause must not replace
 * the failure being reported with a TypeError of its own (a settle that failed that way was
 * never retried), so each step falls back to a plainer one.
 */
export function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    try {
      // `[object Object]` and the like: reads only the tag, which a Proxy can still trap.
      return Object.prototype.toString.call(error);
    } catch {
      return '(a value that cannot be printed)';
    }
  }
}
