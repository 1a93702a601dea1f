/**
 * The options of `withBudget` and `budgetMiddleware`, checked by the kit's shared parser so
 * every adapter answers a misuse with the same error, and turned into metering settings.
 */
import type { Budget } from '@tollgate/core';
import {
  type AdapterOptions,
  AdapterOptionsParser,
  type BudgetChoice,
  slotLine,
} from '@tollgate/core/adapter';
import { defaultPricing, type Pricing } from '@tollgate/pricing';
import type { MeterSettings } from './hold-step.js';

/**
 * Options of the AI SDK adapter, beside the budget: the kit's shared ones. `unmetered`
 * decides paid calls Tollgate cannot price (Anthropic fast mode); a provider or model
 * without a price is always refused with `UNKNOWN_MODEL`.
 */
export type AiSdkAdapterOptions = AdapterOptions<Pricing>;

/**
 * Options of `withBudget` and `budgetMiddleware`: `{ budget }` to share an existing
 * budget, or budget options (`{ limitUsd, ... }`) for a private one, plus the adapter's options.
 */
export type WithBudgetOptions = BudgetChoice & AiSdkAdapterOptions;

/** The one parser of this adapter's options. */
export const optionsParser = new AdapterOptionsParser<AiSdkAdapterOptions>({
  prefix: 'ai-sdk',
  defaultPricing,
  extra: {},
});

/** Validated settings, with their own line of calls in flight when `maxConcurrency` is set. */
export function meterSettings(options: unknown): MeterSettings {
  const parsed = optionsParser.parse(options);
  return rebound(parsed, parsed.budget);
}

/** The same settings on another budget, with a line of its own. */
export function rebound(
  settings: Omit<MeterSettings, 'budget' | 'acquireSlot'> & {
    readonly maxConcurrency?: number | undefined;
  },
  budget: Budget,
): MeterSettings & { readonly maxConcurrency: number | undefined } {
  return {
    budget,
    unmetered: settings.unmetered,
    pricing: settings.pricing,
    metadata: settings.metadata,
    maxConcurrency: settings.maxConcurrency,
    acquireSlot:
      settings.maxConcurrency === undefined ? undefined : slotLine(settings.maxConcurrency),
  };
}
