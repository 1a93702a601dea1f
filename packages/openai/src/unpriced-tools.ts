/**
 * Features billed per use on top of tokens, at rates no price table holds: metering such a
 * call from the tables would undercharge it, so it is refused unless the client lets
 * unpriced calls through (`unmetered: 'allow'`), when its tokens are still held and charged
 * and the feature's fees are not.
 */
import { type Budget, UnmeteredEndpointError } from '@tollgate/core';
import { isRecord } from '@tollgate/core/internal';
import type { Pricing, ResolvedModel } from '@tollgate/pricing';
import type { CompatibleProvider } from './provider-of-client.js';

/**
 * The fee of each unpriced hosted tool, as its provider bills it. OpenAI file search: $2.50
 * per 1,000 calls; OpenAI code interpreter: a container session (from $0.03, more for larger
 * memory), whose sessions and memory size a request does not bound; OpenAI image generation:
 * its images, at the image model's rates. xAI's server-side tools (X search, code execution,
 * collections search) are billed per call. Web search is priced
 * where the model's table has a web search fee (see `refuseUnpricedSearch`).
 */
export const UNPRICED_TOOL_FEES: Readonly<Record<string, string>> = Object.freeze({
  file_search: 'billed per call',
  code_interpreter: 'billed per container session',
  image_generation: "billed per image at the image model's rates",
  code_execution: 'billed per call',
  x_search: 'billed per call',
  collections_search: 'billed per call',
});

/**
 * The fee of OpenAI's `shell` tool when OpenAI runs it, in a container
 * (`environment: { type: 'container_auto' }` or a `container_reference`): container sessions,
 * as for the code interpreter. With a `local` environment (or none) the caller's code runs the
 * commands and only tokens are billed. Kept apart from `UNPRICED_TOOL_FEES`, which is by type
 * alone: the same type is free or billed by its environment.
 */
const HOSTED_SHELL_FEE = 'billed per container session when it runs in a container';

/**
 * The fee of a Responses tool billed beyond tokens at a rate no table holds, or `undefined`:
 * a type of `UNPRICED_TOOL_FEES`, or a `shell` whose environment is anything but local (an
 * environment type OpenAI adds later is taken as hosted, so billed, until it is known).
 */
function unpricedToolFee(tool: Record<string, unknown>, type: string): string | undefined {
  if (Object.hasOwn(UNPRICED_TOOL_FEES, type)) return UNPRICED_TOOL_FEES[type];
  if (type !== 'shell') return undefined;
  const environment = tool.environment;
  return isRecord(environment) && environment.type !== 'local' ? HOSTED_SHELL_FEE : undefined;
}

/** What a refusal needs: the budget that enforces and the client's `unmetered` setting. */
export interface UnmeteredPolicy {
  readonly budget: Budget;
  readonly unmetered: 'refuse' | 'allow';
}

/** True when the policy refuses unpriced features: `unmetered: 'refuse'` on an enforcing budget. */
export function refusesUnpriced(policy: UnmeteredPolicy): boolean {
  return policy.unmetered === 'refuse' && policy.budget.enforce;
}

/**
 * Refuses a body that enables a tool of `UNPRICED_TOOL_FEES`, or a `shell` tool run in a
 * container (`HOSTED_SHELL_FEE`), while `budget` enforces and
 * `unmetered` is `'refuse'`; returns otherwise. `where` names the call.
 *
 * @throws UnmeteredEndpointError naming the tool and the option that lets it through.
 */
export function refuseUnpricedTools(
  tools: unknown,
  where: string,
  budget: Budget,
  unmetered: 'refuse' | 'allow',
): void {
  if (!Array.isArray(tools) || !refusesUnpriced({ budget, unmetered })) return;
  for (const tool of tools) {
    if (!isRecord(tool) || typeof tool.type !== 'string') continue;
    const fee = unpricedToolFee(tool, tool.type);
    if (fee === undefined) continue;
    throw unpricedFeature(`tool ${tool.type}`, `the ${tool.type} tool is ${fee}`, {
      where,
      budget,
    });
  }
}

/**
 * Refuses a Chat or Responses body that enables a feature billed at a rate no table holds
 * (hosted tools, OpenRouter's web plugin, xAI's Live Search) while the policy refuses
 * unpriced features. Web searches are checked per model, once it is resolved.
 *
 * @throws UnmeteredEndpointError naming the feature and the option that lets it through.
 */
export function refuseUnpricedFeatures(
  endpoint: 'chat' | 'responses',
  body: Record<string, unknown>,
  where: string,
  policy: UnmeteredPolicy,
): void {
  if (!refusesUnpriced(policy)) return;
  if (endpoint === 'responses') refuseUnpricedTools(body.tools, where, policy.budget, 'refuse');
  else if (Array.isArray(body.tools)) refuseHostedChatTools(body.tools, where, policy);
  // Both fields are rare: the body is read further only when one is there.
  if (body.plugins !== undefined || body.search_parameters !== undefined)
    refuseUnpricedSearchOptions(body, where, policy);
}

/** Chat Completions tools that run in the caller's code, or are priced as searches. */
function isPricedChatTool(type: string): boolean {
  return type === 'function' || type === 'custom' || type.startsWith('web_search');
}

/**
 * Refuses a Chat Completions body whose `tools` has a tool a provider runs on its side (Groq's
 * `browser_search`, xAI's `x_search`, a `code_interpreter`...): OpenAI's Chat tools are
 * functions and custom tools, and any other kind is another provider's hosted tool, billed
 * at a rate no table holds. Web search tools are priced as searches (see `refuseUnpricedSearch`).
 *
 * @throws UnmeteredEndpointError naming the tool and the option that lets it through.
 */
function refuseHostedChatTools(
  tools: readonly unknown[],
  where: string,
  policy: UnmeteredPolicy,
): void {
  for (const tool of tools) {
    const type = isRecord(tool) ? tool.type : undefined;
    if (typeof type !== 'string' || isPricedChatTool(type)) continue;
    const fee = Object.hasOwn(UNPRICED_TOOL_FEES, type)
      ? UNPRICED_TOOL_FEES[type]
      : "a provider's hosted tool, billed by that provider";
    throw unpricedFeature(`tool ${type}`, `the ${type} tool is ${fee}`, {
      where,
      budget: policy.budget,
    });
  }
}

/**
 * Refuses OpenRouter's web plugin (`plugins: [{ id: 'web' }]`, billed per search result)
 * and xAI's Live Search (`search_parameters`, billed per source), whose fees no table holds.
 * Read only when the body has one of the two fields.
 *
 * @throws UnmeteredEndpointError naming the feature and the option that lets it through.
 */
function refuseUnpricedSearchOptions(
  body: Record<string, unknown>,
  where: string,
  policy: UnmeteredPolicy,
): void {
  const { plugins, search_parameters: search } = body;
  if (Array.isArray(plugins) && plugins.some((plugin) => isRecord(plugin) && plugin.id === 'web'))
    throw unpricedFeature('plugin web', "OpenRouter's web plugin is billed per search result", {
      where,
      budget: policy.budget,
    });
  // Live Search runs unless its mode is 'off' (xAI's default mode is 'auto').
  if (search !== undefined && search !== null && !(isRecord(search) && search.mode === 'off'))
    throw unpricedFeature('search_parameters', "xAI's Live Search is billed per source used", {
      where,
      budget: policy.budget,
    });
}

/** True when the model's current price names a web search fee. */
export function pricesWebSearch(model: ResolvedModel): boolean {
  return model.prices[model.prices.length - 1]?.fees?.webSearch !== undefined;
}

/**
 * Refuses a call that runs web searches (a search model, `web_search_options`, a web search
 * tool) on a model whose table holds no web search fee: OpenRouter's and xAI's searches, say.
 *
 * @throws UnmeteredEndpointError naming the model and the option that lets it through.
 */
export function refuseUnpricedSearch(model: ResolvedModel, where: string, budget: Budget): void {
  throw unpricedFeature(
    'web search',
    `web search on ${model.provider} model "${model.id}" is billed per search`,
    { where, budget },
  );
}

/**
 * True when the table prices `tier` for `model` at rates of its own, or bounds it from
 * above: `flex`, the discounted tier, charged at standard without flex rates. xAI bills its
 * `priority` tier at a premium no table holds (its other names are standard).
 */
export function pricesTier(
  pricing: Pricing,
  provider: CompatibleProvider,
  model: ResolvedModel,
  tier: string,
): boolean {
  if (tier === 'flex') return true;
  if (provider === 'xai') return tier !== 'priority';
  return pricing.offersTier(provider, model.id, tier);
}

/**
 * Refuses a request for a service tier its model's table has no rates for (`priority` on an
 * Azure deployment or on `o1`, xAI's `priority`, a name no table knows): its response could
 * only be charged at the rates the table has, below what the provider bills.
 *
 * @throws UnmeteredEndpointError naming the tier and the option that lets it through.
 */
export function refuseUnpricedTier(
  model: ResolvedModel,
  tier: string,
  where: string,
  budget: Budget,
): never {
  throw new UnmeteredEndpointError(
    `${where} (service_tier: ${tier})`,
    `${where}: service_tier "${tier}" on ${model.provider} model "${model.id}" is billed at rates no price table holds, ` +
      `so the call is refused while budget "${budget.id}" enforces. Pass unmetered: 'allow' to withBudget ` +
      `to send it charged at the rates the table has.`,
  );
}

function unpricedFeature(
  feature: string,
  billed: string,
  call: { where: string; budget: Budget },
): UnmeteredEndpointError {
  const { where, budget } = call;
  return new UnmeteredEndpointError(
    `${where} (${feature})`,
    `${where}: ${billed} on top of tokens, at a rate no price table holds, ` +
      `so the call is refused while budget "${budget.id}" enforces. Pass unmetered: 'allow' to withBudget ` +
      `to send it with its tokens held and charged and the feature's fees not charged.`,
  );
}
