import { TollgateError } from '@tollgate/core';

/**
 * The Tollgate error behind `error`: the error itself, or the first one in its `cause`
 * chain. `messages.stream()` re-wraps errors that are not the SDK's own in an
 * `AnthropicError` whose `cause` is the original, so a refusal there reads
 * `tollgateErrorOf(error)?.code === 'BUDGET_EXCEEDED'`.
 */
export function tollgateErrorOf(error: unknown): TollgateError | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current !== undefined && !seen.has(current); ) {
    if (TollgateError.isInstance(current)) return current;
    seen.add(current);
    current =
      typeof current === 'object' && current !== null
        ? (current as { cause?: unknown }).cause
        : undefined;
  }
  return undefined;
}
