/**
 * OpenRouter reports what each call is billed (`usage.cost`) when the request asks for usage
 * accounting. The adapter asks for it; the kit's `reportedCostPricer` charges that cost and
 * says when the price table has drifted from it.
 */
import { withFields } from '@tollgate/core/internal';
import type { CompatibleProvider } from './provider-of-client.js';

type Json = Record<string, unknown>;

/**
 * The body to send instead of `body` so that OpenRouter reports the call's cost
 * (`usage: { include: true }`), or `undefined` when nothing needs to change: another
 * provider (the field is OpenRouter's own), an endpoint without usage accounting, or a
 * request that already asks for it. The caller's own `usage` settings are kept.
 */
export function askForReportedCost(
  provider: CompatibleProvider,
  endpoint: 'chat' | 'responses' | 'embeddings',
  body: Json,
): Json | undefined {
  if (provider !== 'openrouter' || endpoint === 'embeddings') return undefined;
  const usage = body.usage;
  const asked = typeof usage === 'object' && usage !== null && !Array.isArray(usage);
  if (asked && (usage as Json).include === true) return undefined;
  return withFields(body, { usage: { ...(asked ? (usage as Json) : {}), include: true } });
}
