/**
 * Input a request refers to but does not carry: the provider bills it as input, yet the
 * prompt bound cannot see it, so the call is bounded by the model's context window
 * instead (a request above that is refused by the API and costs nothing).
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { GOOGLE_OPTIONS_KEYS, providerOptionsOf } from './provider-options-of.js';
import type { ProviderRoute } from './provider-route.js';

/** The option keys each wire API reads references from. */
const REFERENCES: Partial<Record<ProviderRoute['api'], readonly string[]>> = {
  // Responses continues an earlier response or a stored conversation: its turns are input.
  'openai-responses': ['previousResponseId', 'conversation'],
  'openai-compatible-responses': ['previousResponseId', 'conversation'],
  // Gemini's explicit context cache is billed as (cached) input on every call that names it.
  google: ['cachedContent'],
};

/** The option that makes the call refer to input it does not carry, or `undefined`. */
export function referencedInput(
  route: ProviderRoute,
  options: Pick<LanguageModelV4CallOptions, 'providerOptions'>,
): string | undefined {
  const names = REFERENCES[route.api];
  if (names === undefined) return undefined;
  const keys = route.api === 'google' ? GOOGLE_OPTIONS_KEYS : [route.optionsKey];
  for (const key of keys) {
    const own = providerOptionsOf(options, key);
    const found = names.find((name) => own[name] !== undefined && own[name] !== null);
    if (found !== undefined) return found;
  }
  return undefined;
}
