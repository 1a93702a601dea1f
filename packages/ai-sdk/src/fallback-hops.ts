/**
 * Anthropic server-side fallbacks sent through the AI SDK: `@ai-sdk/anthropic` (4.x, and 3.x)
 * passes `providerOptions.anthropic.fallbacks` to the request body as it is (the array of
 * `{ model, max_tokens?, thinking?, output_config?, speed? }`, or `'default'`), and adds the
 * beta header itself. Every hop that runs is billed at its own model's rates, so the hold adds
 * each hop at its model's price and the charge prices the response's `usage.iterations`
 * model by model (the rules of `@tollgate/pricing`'s `fallbackRuns` and `iterationPricer`,
 * shared with `@tollgate/anthropic`).
 */
import { isRecord } from '@tollgate/core/internal';
import {
  fallbackRuns,
  type ModelRun,
  type ResolveModel,
  unmeteredFallbacks,
} from '@tollgate/pricing';

type Json = Record<string, unknown>;

/**
 * The `fallbacks` set in the options of a call, in every namespace its provider reads
 * (`anthropic`, and the custom key it merges over it: `bedrock`, `googleVertex`): all are
 * held, whichever the provider's merge keeps.
 */
function fallbacksIn(namespaces: readonly Json[]): unknown[] {
  const found: unknown[] = [];
  for (const own of namespaces) {
    if (own.fallbacks !== undefined && own.fallbacks !== null) found.push(own.fallbacks);
  }
  return found;
}

/**
 * Why the call's fallbacks cannot be metered (`'default'` lets the server pick the models; a
 * fast hop has premium rates no table has), or `undefined`.
 */
export function unmeteredFallbacksIn(namespaces: readonly Json[]): string | undefined {
  for (const fallbacks of fallbacksIn(namespaces)) {
    const feature = unmeteredFallbacks(fallbacks);
    if (feature !== undefined) return feature;
  }
  return undefined;
}

/**
 * The fallback hops a call may run, each on its model with its output maximum (its own
 * `max_tokens`, else the request's `outputTokens`). Throws `InvalidRequestError` for a hop
 * without a model id, `UnknownModelError` for a model no table prices: refused before sending.
 */
export function fallbackHops(
  namespaces: readonly Json[],
  outputTokens: number,
  resolve: ResolveModel,
): ModelRun[] {
  return fallbacksIn(namespaces).flatMap((fallbacks) =>
    fallbackRuns(fallbacks, outputTokens, resolve),
  );
}

/**
 * The model a fallback hands over to, when `part` is the marker `@ai-sdk/anthropic` 4.x makes
 * of a `fallback` block (a `custom` part of kind `anthropic.fallback`, in a result's content
 * or a stream): it serves what follows. `undefined` for any other part (3.x drops the block).
 */
export function fallbackTarget(part: {
  readonly type: string;
  readonly kind?: string;
  readonly providerMetadata?: unknown;
}): string | undefined {
  if (part.type !== 'custom' || part.kind !== 'anthropic.fallback') return undefined;
  const metadata = isRecord(part.providerMetadata) ? part.providerMetadata.anthropic : undefined;
  const to = isRecord(metadata) ? metadata.to : undefined;
  return isRecord(to) && typeof to.model === 'string' ? to.model : undefined;
}
