/**
 * The reasoning options of a Bedrock call, read where the AI SDK's Bedrock providers read
 * them, so the hold covers the thinking they add to the output maximum. For a Converse route
 * of the `bedrock` table.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { providerOptionsOf } from './provider-options-of.js';

/** The two keys the Converse provider reads its options from, in its order. */
export const BEDROCK_OPTIONS_KEYS = ['amazonBedrock', 'bedrock'] as const;

/**
 * A Bedrock call's reasoning settings in the shape of Anthropic's thinking options
 * (`{ thinking: { type, budgetTokens } }`), so one rule bounds them all. For a route of the
 * `bedrock` table.
 *
 * - Converse (`@ai-sdk/amazon-bedrock`): `reasoningConfig` from `providerOptions.amazonBedrock`,
 *   else the older `bedrock` key. With `{ type: 'enabled', budgetTokens }` the provider sends
 *   `maxTokens` as `maxOutputTokens` plus that budget; enabled without a budget (Nova's high
 *   reasoning effort drops `maxTokens`), the model may answer up to its output limit.
 * - The Messages API on Bedrock (`@ai-sdk/amazon-bedrock/anthropic`) is an Anthropic route:
 *   its provider merges `providerOptions.bedrock` over `providerOptions.anthropic`, and the
 *   thinking budget of either is bounded with every Anthropic call (`plan-step.ts`).
 */
export function bedrockThinking(options: LanguageModelV4CallOptions): Record<string, unknown> {
  for (const key of BEDROCK_OPTIONS_KEYS) {
    const own = providerOptionsOf(options, key);
    if (Object.keys(own).length > 0) return { thinking: own.reasoningConfig };
  }
  return {};
}
