/**
 * Bedrock Converse's reasoning options, read as the `@ai-sdk/amazon-bedrock` provider reads
 * them: `providerOptions.amazonBedrock` first, else the older `providerOptions.bedrock`.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { providerOptionsOf } from './plan-step.js';

/** The two keys the Bedrock provider reads its options from, in its order. */
export const BEDROCK_OPTIONS_KEYS = ['amazonBedrock', 'bedrock'] as const;

/**
 * A Bedrock call's reasoning settings in the shape of Anthropic's thinking options
 * (`{ thinking: { type, budgetTokens } }`), so one rule bounds both: with
 * `reasoningConfig: { type: 'enabled', budgetTokens }` the provider sends `maxTokens` as
 * `maxOutputTokens` plus that budget; enabled without a budget (Nova's high reasoning
 * effort drops `maxTokens`), the model may answer up to its output limit.
 */
export function bedrockThinking(options: LanguageModelV4CallOptions): Record<string, unknown> {
  for (const key of BEDROCK_OPTIONS_KEYS) {
    const own = providerOptionsOf(options, key);
    if (Object.keys(own).length > 0) return { thinking: own.reasoningConfig };
  }
  return {};
}
