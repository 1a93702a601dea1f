/**
 * The options of `withBudget` and `budgetMiddleware`, checked by the kit's shared parser so
 * every adapter answers a misuse with the same error, and turned into metering settings.
 */
import type { Budget } from '@tollgate/core';
import {
  type AdapterOptions,
  AdapterOptionsParser,
  type BudgetChoice,
  oneOf,
  share,
  slotLine,
} from '@tollgate/core/adapter';
import { defaultPricing, PROVIDERS, type Pricing, type Provider } from '@tollgate/pricing';
import type { MeterSettings } from './hold-step.js';

/**
 * Options of the AI SDK adapter, beside the budget: the kit's shared ones and `provider`.
 * `unmetered` decides paid calls Tollgate cannot price (Anthropic fast mode, Gemini's
 * priority tier and grounding tools); a provider or model without a price is always
 * refused with `UNKNOWN_MODEL`.
 */
export interface AiSdkAdapterOptions extends AdapterOptions<Pricing> {
  /**
   * Whose prices apply: a provider id of `@tollgate/pricing` (`'openai'`, `'google'`,
   * `'together'`, …), or `'auto'`: the table of the model's AI SDK provider
   * (`google.generative-ai` → Google, `deepseek.chat` → DeepSeek; see `PROVIDER_ROUTES`).
   * Set it for a provider Tollgate cannot name by itself: an `@ai-sdk/openai-compatible`
   * provider (`createOpenAICompatible({ name: 'my-llm', baseURL })` reports `my-llm.chat`,
   * read as OpenAI-compatible chat; `.embedding` and `.responses` likewise), or
   * `createOpenAI({ baseURL })` pointed at another provider. With `'auto'`, a provider
   * without a route is refused with `UNKNOWN_MODEL` before any request.
   * @default 'auto'
   */
  provider?: Provider | 'auto';
  /**
   * When a provider reports its own cost (OpenRouter's `usage.cost`, present when usage
   * accounting is on), the step is charged that cost; a `price-drift` event is emitted when
   * it differs from the price table's cost by more than this share of it (0.05 is 5%;
   * `Infinity` never emits).
   * @default 0.05
   */
  priceDriftShare?: number;
}

/**
 * Options of `withBudget` and `budgetMiddleware`: `{ budget }` to share an existing
 * budget, or budget options (`{ limitUsd, ... }`) for a private one, plus the adapter's options.
 */
export type WithBudgetOptions = BudgetChoice & AiSdkAdapterOptions;

/** The one parser of this adapter's options. */
export const optionsParser = new AdapterOptionsParser<AiSdkAdapterOptions>({
  prefix: 'ai-sdk',
  defaultPricing,
  extra: { provider: oneOf(['auto', ...PROVIDERS], 'auto'), priceDriftShare: share(0.05) },
});

/**
 * Validated settings, with their own line of calls in flight when `maxConcurrency` is set.
 * `where` is the function the options were given to, named by an options error and by the
 * refusal of a model metered twice.
 */
export function meterSettings(
  options: unknown,
  where: 'withBudget' | 'budgetMiddleware',
): MeterSettings {
  const parsed = optionsParser.parse(options, where);
  return rebound({ ...parsed, layer: { where, budgetId: parsed.budget.id } }, parsed.budget);
}

/**
 * The same settings on another budget, in the same line of steps in flight: a model and the
 * models derived from it with `withBudget(next)` share one (`maxConcurrency` caps the model,
 * whatever copy makes the call). Settings that have no line yet get one of their own.
 */
export function rebound(
  settings: Omit<MeterSettings, 'budget' | 'acquireSlot'> & {
    readonly maxConcurrency?: number | undefined;
    readonly acquireSlot?: MeterSettings['acquireSlot'];
  },
  budget: Budget,
): MeterSettings & { readonly maxConcurrency: number | undefined } {
  return {
    budget,
    unmetered: settings.unmetered,
    priceDriftShare: settings.priceDriftShare,
    pricing: settings.pricing,
    metadata: settings.metadata,
    provider: settings.provider,
    maxConcurrency: settings.maxConcurrency,
    layer: { where: settings.layer.where, budgetId: budget.id },
    acquireSlot:
      settings.acquireSlot ??
      (settings.maxConcurrency === undefined ? undefined : slotLine(settings.maxConcurrency)),
  };
}
