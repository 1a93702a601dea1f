import { isRecord } from '@tollgate/core/internal';

/** The keys the Google providers read their options under (Vertex AI: the first two). */
export const GOOGLE_OPTIONS_KEYS = ['vertex', 'googleVertex', 'google'] as const;

/** The provider's own options of a call (`providerOptions.openai`, `.anthropic`). */
export function providerOptionsOf(
  options: { providerOptions?: unknown },
  key: string,
): Record<string, unknown> {
  const all = options.providerOptions;
  return isRecord(all) && isRecord(all[key]) ? all[key] : {};
}
