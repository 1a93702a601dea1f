/**
 * OpenAI's tokenizers, loaded only when a cheap byte bound is refused and an exact count
 * of the prompt's texts might fit (the kit's tighten-on-refusal rule). `gpt-tokenizer`, as
 * in `@tollgate/openai`.
 */

import { boundedTokenCounter } from '@tollgate/core/internal';

/** The byte-pair encodings OpenAI models use. */
export type Encoding = 'o200k_base' | 'cl100k_base';

/** Counts the tokens of one piece of text. */
export type TextCounter = (text: string) => number;

const counters = new Map<Encoding, Promise<TextCounter>>();

// Special-token text in a prompt (say `<|endoftext|>`) is ordinary text to the API.
const asPlainText = { disallowedSpecial: new Set<string>() };

/** The counter for `encoding`, imported on first use (once per process). */
export function textCounter(encoding: Encoding): Promise<TextCounter> {
  let counter = counters.get(encoding);
  if (counter === undefined) {
    counter = (
      encoding === 'o200k_base'
        ? import('gpt-tokenizer/encoding/o200k_base')
        : import('gpt-tokenizer/encoding/cl100k_base')
    ).then(
      // A text with a run the tokenizer would merge for seconds is bounded by its bytes instead.
      (module) => boundedTokenCounter((text) => module.countTokens(text, asPlainText)),
    );
    counters.set(encoding, counter);
  }
  return counter;
}
