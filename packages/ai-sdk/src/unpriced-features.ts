/**
 * Paid features of a call that no price table prices: metering them from the tables
 * would undercharge, so they are refused (`UNMETERED_ENDPOINT`) unless the adapter's
 * `unmetered: 'allow'` lets them through, still held and charged their tokens (only the
 * feature's own fee goes uncharged).
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { BEDROCK_OPTIONS_KEYS } from './bedrock-reasoning.js';
import { unmeteredFallbacksIn } from './fallback-hops.js';
import { openRouterPaidFeature } from './openrouter-routing.js';
import type { ModelName } from './plan-step.js';
import { namespacesOf } from './provider-option-bounds.js';
import { GOOGLE_OPTIONS_KEYS, providerOptionsOf } from './provider-options-of.js';
import type { ProviderRoute } from './provider-route.js';
import { isHostedShell } from './provider-tool-input.js';
import { askedTier } from './unpriced-tier.js';

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
 * OpenAI's hosted tools billed per use on top of tokens, at rates no table holds (on OpenAI
 * and Azure's Responses API): file search ($2.50 per 1,000 calls), code interpreter (a
 * container session), image generation (its images at the image model's rates). The same
 * tools `@tollgate/openai` refuses (`UNPRICED_TOOL_FEES` in packages/openai/src/unpriced-tools.ts):
 * openai-hosted-tools.test.ts checks the two agree. Kept
 * here because this package does not depend on `@tollgate/openai`.
 */
export const OPENAI_FEE_TOOLS: ReadonlySet<string> = new Set([
  'openai.file_search',
  'openai.code_interpreter',
  'openai.image_generation',
]);

/**
 * The paid feature of a call Tollgate cannot price, named for the error, or `undefined`.
 * Anthropic fast mode (`speed: 'fast'`) has premium rates no table has, and server-side
 * fallbacks (`fallbacks`) bill models nobody can price beforehand when `'default'` lets the
 * server pick them, or premium rates for a fast hop; Gemini's and Bedrock's priority tiers (`serviceTier`,
 * Vertex `sharedRequestType`) cost more than the standard rates the tables hold, and
 * grounding tools charge a fee per use; so do xAI's server-side tools (web and X search,
 * code execution, collections search: per 1,000 calls), OpenAI's hosted file search, code
 * interpreter and image generation (`OPENAI_FEE_TOOLS`), its shell in a hosted container,
 * and OpenRouter's web search and OCR
 * plugins. `name` is the model's AI SDK name: its provider string names the options key its
 * provider merges over `anthropic` (the route's own key when absent).
 */
export function unpricedFeature(
  route: ProviderRoute,
  options: LanguageModelV4CallOptions,
  name?: ModelName,
): string | undefined {
  if (route.provider === 'xai') return xaiPaidFeature(options, route, name);
  if (route.provider === 'openrouter') return openRouterPaidFeature(name, options, route);
  if (route.api === 'bedrock-converse') return bedrockPaidFeature(options);
  if (route.api === 'openai-responses')
    return feeToolIn(options, OPENAI_FEE_TOOLS) ?? hostedShellIn(options);
  if (route.api === 'anthropic') {
    if (providerOptionsOf(options, 'anthropic').speed === 'fast') return 'speed: fast';
    // Only the `fallbacks` of each namespace are read here: the options are bounded once, by the plan.
    if (options.providerOptions === undefined) return undefined;
    const provider = name?.provider ?? route.optionsKey;
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
  return feeToolIn(options, GEMINI_FEE_TOOLS);
}

/** The first provider tool of the call billed per use at a rate no table holds, named. */
function feeToolIn(
  options: LanguageModelV4CallOptions,
  feeTools: ReadonlySet<string>,
): string | undefined {
  for (const tool of options.tools ?? []) {
    if (tool.type === 'provider' && feeTools.has(tool.id)) return `tool ${tool.id}`;
  }
  return undefined;
}

/**
 * OpenAI's `shell` tool run in a container OpenAI hosts: billed per container session, as the
 * code interpreter is, at a rate no table holds. A local shell runs in the caller's code.
 */
function hostedShellIn(options: LanguageModelV4CallOptions): string | undefined {
  for (const tool of options.tools ?? []) {
    if (
      tool.type === 'provider' &&
      tool.id === 'openai.shell' &&
      isHostedShell(tool.args.environment)
    )
      return 'tool openai.shell (in a container)';
  }
  return undefined;
}

/**
 * Bedrock's priority tier (`serviceTier: 'priority'`, under either key the provider reads):
 * billed at a premium over the on-demand rates the table holds, so it cannot be priced. Flex
 * is cheaper than on-demand, so charging it at on-demand never charges less than it cost.
 */
function bedrockPaidFeature(options: LanguageModelV4CallOptions): string | undefined {
  for (const key of BEDROCK_OPTIONS_KEYS) {
    if (providerOptionsOf(options, key).serviceTier === 'priority') return 'serviceTier: priority';
  }
  return undefined;
}

/**
 * A server-side tool of an xAI call, its Live Search (`search_parameters`, billed per
 * source), or its priority tier (`serviceTier: 'priority'`, which `@ai-sdk/xai` 5 sends on
 * its Responses model; `service_tier` as an OpenAI-compatible provider passes it): xAI bills
 * them beside or above the tokens, and its table holds no such fee or rate. Whatever provider
 * sends a tool (`@ai-sdk/xai`'s `xai.*` tools, or OpenAI's `openai.web_search` through
 * `createOpenAI` on api.x.ai), xAI runs it.
 */
function xaiPaidFeature(
  options: LanguageModelV4CallOptions,
  route: ProviderRoute,
  name: ModelName | undefined,
): string | undefined {
  for (const tool of options.tools ?? []) if (tool.type === 'provider') return `tool ${tool.id}`;
  if (options.providerOptions === undefined) return undefined;
  // Every namespace the provider reads: an OpenAI-compatible provider named `grok-gw` sends
  // what is under `grok-gw`, `grokGw` and `openaiCompatible` alike.
  const provider = name?.provider ?? route.optionsKey;
  for (const key of namespacesOf(route, provider)) {
    const own = providerOptionsOf(options, key);
    if (own.search_parameters !== undefined || own.searchParameters !== undefined)
      return 'search_parameters';
  }
  // xAI bills priority processing at a premium per-token rate no table holds.
  const asked = askedTier(options, route, provider);
  return asked?.tier === 'priority' ? `${asked.key}: priority` : undefined;
}
