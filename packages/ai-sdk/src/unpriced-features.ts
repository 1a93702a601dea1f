/**
 * Paid features of a call that no price table prices: metering them from the tables
 * would undercharge, so they are refused (`UNMETERED_ENDPOINT`) unless the adapter's
 * `unmetered: 'allow'` lets them through uncharged.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { unmeteredFallbacksIn } from './fallback-hops.js';
import { namespacesOf } from './provider-option-bounds.js';
import { GOOGLE_OPTIONS_KEYS, providerOptionsOf } from './provider-options-of.js';
import type { ProviderRoute } from './provider-route.js';

/**
 * Gemini tools billed per grounded prompt or search query on top of tokens (Google Search,
 * Google Maps, enterprise web search). URL context, code execution and file search are
 * billed as tokens only, which the usage reports.
 */
const GEMINI_FEE_TOOLS: ReadonlySet<string> = new Set([
  'google.google_search',
  'google.google_maps',
  'google.enterprise_web_search',
]);

/**
 * The paid feature of a call Tollgate cannot price, named for the error, or `undefined`.
 * Anthropic fast mode (`speed: 'fast'`) has premium rates no table has, and server-side
 * fallbacks (`fallbacks`) bill models nobody can price beforehand when `'default'` lets the
 * server pick them, or premium rates for a fast hop; Gemini's priority tier (`serviceTier`,
 * Vertex `sharedRequestType`) costs more than the standard rates the tables hold, and
 * grounding tools charge a fee per use. `provider` is the model's AI SDK provider string:
 * it names the options key its provider merges over `anthropic`.
 */
export function unpricedFeature(
  route: ProviderRoute,
  options: LanguageModelV4CallOptions,
  provider: string = route.optionsKey,
): string | undefined {
  if (route.api === 'anthropic') {
    if (providerOptionsOf(options, 'anthropic').speed === 'fast') return 'speed: fast';
    // Only the `fallbacks` of each namespace are read here: the options are bounded once, by the plan.
    if (options.providerOptions === undefined) return undefined;
    return unmeteredFallbacksIn(
      namespacesOf(route, provider).map((key) => providerOptionsOf(options, key)),
    );
  }
  if (route.api !== 'google') return undefined;
  for (const key of GOOGLE_OPTIONS_KEYS) {
    const own = providerOptionsOf(options, key);
    if (own.serviceTier === 'priority') return 'serviceTier: priority';
    if (own.sharedRequestType === 'priority') return 'sharedRequestType: priority';
  }
  for (const tool of options.tools ?? []) {
    if (tool.type === 'provider' && GEMINI_FEE_TOOLS.has(tool.id)) return `tool ${tool.id}`;
  }
  return undefined;
}
