/**
 * A cheap upper bound of a model call's input tokens, from the call options as the model
 * receives them, with no tokenizer.
 *
 * Why bytes bound tokens: OpenAI's and Anthropic's tokenizers are byte-pair tokenizers, as
 * are those of the open models the OpenAI-compatible providers serve (Llama, Mistral,
 * DeepSeek, Qwen); Gemini's is a SentencePiece model with byte fallback. In each, every
 * token stands for one or more bytes of UTF-8 text and the runs do not overlap, so a text
 * of `n` bytes is at most `n` tokens (SentencePiece's word-start marker stands for the
 * space it replaces; the one it adds at the start of a text is covered by the part framing). We measure one JSON serialisation of everything
 * the provider turns into input — system and messages (texts, tool calls and results,
 * reasoning), tool definitions, the response schema, the provider options of messages and
 * parts — and JSON escaping only adds bytes.
 * What the provider adds that the options do not show gets a fixed allowance: framing per
 * request and message, Anthropic's tool-use system prompt and server-side tool definitions,
 * an image's tokens by the provider's sizing rule (see `API_FRAMING`). Files whose size
 * cannot be known here (PDFs, audio, URLs, provider file references, images where no fixed
 * allowance holds) bound the call by the model's context window: a request above it is
 * refused by the API and costs nothing.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { InvalidRequestError } from '@tollgate/core';
import { describeValue, isRecord } from '@tollgate/core/internal';
import { API_FRAMING } from './api-framing.js';
import type { ProviderApi } from './provider-route.js';
import { feedsOpenInput } from './provider-tool-input.js';

export { IMAGE_TOKENS, TOOL_SYSTEM_PROMPT_TOKENS } from './api-framing.js';

/** Tokens allowed once per request: the system framing and the reply header. */
export const REQUEST_FRAMING_TOKENS = 32;

/** Tokens allowed per message for its role markers. */
export const MESSAGE_FRAMING_TOKENS = 4;

/** A provider-defined tool (web search, code execution, ...) whose definition the API expands. */
export const PROVIDER_TOOL_TOKENS = 1_500;

/** The bound, and whether some input could only be bounded by the context window. */
export interface PromptBound {
  /** An upper bound of the prompt's input tokens. */
  tokens: number;
  /** True when some input has no visible size: the bound is the context window. */
  open: boolean;
}

type Json = Record<string, unknown>;

/** Tokens allowed per content part for the separators the provider puts between parts. */
export const PART_FRAMING_TOKENS = 4;

/** Bounds the tokens of one text: its UTF-8 bytes by default, or an exact tokenizer count. */
export type MeasureText = (text: string) => number;

const utf8Bytes: MeasureText = (text) => Buffer.byteLength(text, 'utf8');

/**
 * The prompt, tools and response schema of a language-model call, bounded in tokens.
 * `measureText` measures the prompt's plain texts (system, text and reasoning parts): pass
 * the model's tokenizer for an exact count of those; everything else stays a byte bound.
 *
 * @throws InvalidRequestError when the options carry no array of messages as their prompt,
 * or `api` is not one of `API_FRAMING`'s.
 */
export function boundPrompt(
  options: Pick<LanguageModelV4CallOptions, 'prompt' | 'tools' | 'responseFormat'>,
  api: ProviderApi,
  contextWindow: number,
  measureText: MeasureText = utf8Bytes,
): PromptBound {
  if (!isRecord(options)) throw notAPrompt('the call options', options);
  const prompt: unknown = options.prompt;
  if (!Array.isArray(prompt)) throw notAPrompt('the prompt', prompt);
  const framing = Object.hasOwn(API_FRAMING, api) ? API_FRAMING[api] : undefined;
  if (framing === undefined)
    throw new InvalidRequestError(
      `expected the API as one of ${Object.keys(API_FRAMING).join(', ')}, received ${describeValue(api)}`,
    );
  const imageTokens = framing.imageTokens;
  const total = { tokens: REQUEST_FRAMING_TOKENS, open: false };
  for (const message of prompt as LanguageModelV4CallOptions['prompt']) {
    if (!isRecord(message)) throw notAPrompt('a message', message);
    total.tokens += MESSAGE_FRAMING_TOKENS;
    if (message.providerOptions !== undefined) addOptions(total, message.providerOptions);
    if (typeof message.content === 'string') {
      total.tokens += measureText(message.content);
      continue;
    }
    for (const part of message.content) addPart(total, part, imageTokens, measureText);
  }
  const tools = options.tools ?? [];
  if (tools.length > 0) total.tokens += Buffer.byteLength(JSON.stringify(tools), 'utf8');
  if (tools.length > 0) total.tokens += framing.toolPromptTokens;
  for (const tool of tools) {
    if (tool.type !== 'provider') continue;
    total.tokens += PROVIDER_TOOL_TOKENS;
    if (framing.openProviderTools || feedsOpenInput(tool)) total.open = true;
  }
  if (options.responseFormat !== undefined)
    total.tokens += Buffer.byteLength(JSON.stringify(options.responseFormat), 'utf8');
  if (total.open) return { tokens: contextWindow, open: true };
  const tokens = total.tokens;
  return { tokens: contextWindow > 0 ? Math.min(tokens, contextWindow) : tokens, open: false };
}

/** The refusal of call options whose prompt is not an array of messages. */
function notAPrompt(what: string, value: unknown): InvalidRequestError {
  return new InvalidRequestError(
    `expected the call options' prompt as an array of messages (the AI SDK's prompt), but ${what} arrived as ${describeValue(value)}, so its input cannot be bounded`,
  );
}

/**
 * Adds one content part. Texts (most of a prompt) are measured directly; the rarer parts
 * (tool calls and results, reasoning files) by their JSON, with files inside them sized
 * by the rules of `fileTokens`.
 */
function addPart(
  total: PromptBound,
  part: object,
  imageTokens: number | undefined,
  measureText: MeasureText,
): void {
  const json = part as Json;
  total.tokens += PART_FRAMING_TOKENS;
  if ((json.type === 'text' || json.type === 'reasoning') && typeof json.text === 'string') {
    total.tokens += measureText(json.text);
    if (json.providerOptions !== undefined) addOptions(total, json.providerOptions);
    return;
  }
  const replaceFile = (_key: string, value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      // Bytes outside a file part we can size (a reasoning file, say): no visible size.
      total.open = true;
      return '';
    }
    if (!isRecord(value) || value.type !== 'file') return value;
    // A file part is replaced by its allowance; its options (a title, a context) stay input.
    if (value.providerOptions !== undefined) addOptions(total, value.providerOptions);
    const size = fileTokens(value, imageTokens);
    if (size === undefined) total.open = true;
    else total.tokens += size;
    return '';
  };
  // Measured first: the replacer adds file allowances to the total as it goes.
  const bytes = Buffer.byteLength(JSON.stringify(part, replaceFile), 'utf8');
  total.tokens += bytes;
}

/**
 * A message's or a part's provider options, by their JSON bytes: most are instructions
 * (cache control), but some are input the provider sends (OpenAI's tool definitions and
 * response formats loaded mid-history, Anthropic's document titles and context). Options
 * JSON cannot write cannot be measured: the context window bounds them.
 */
function addOptions(total: PromptBound, providerOptions: unknown): void {
  try {
    total.tokens += Buffer.byteLength(JSON.stringify(providerOptions) ?? '', 'utf8');
  } catch {
    total.open = true;
  }
}

/** The tokens of one file part, or `undefined` when its size cannot be known here. */
function fileTokens(part: Json, imageTokens: number | undefined): number | undefined {
  const mediaType = typeof part.mediaType === 'string' ? part.mediaType : '';
  if (mediaType.startsWith('image/')) return imageTokens;
  const data = part.data;
  if (!isRecord(data)) return undefined;
  if (data.type === 'text' && typeof data.text === 'string')
    return Buffer.byteLength(data.text, 'utf8');
  if (data.type === 'data' && mediaType.startsWith('text/')) {
    // Plain text travels as bytes or base64; either way its decoded size bounds it.
    if (data.data instanceof Uint8Array) return data.data.byteLength;
    if (typeof data.data === 'string') return Math.ceil((data.data.length * 3) / 4);
  }
  return undefined;
}

/**
 * The UTF-8 bytes of texts to embed, plus one token each: a bound of their tokens.
 *
 * @throws InvalidRequestError when `values` is not an array.
 */
export function boundEmbeddingValues(values: readonly unknown[]): number {
  if (!Array.isArray(values))
    throw new InvalidRequestError(
      `expected the values to embed as an array, received ${describeValue(values)}, so their input cannot be bounded`,
    );
  let tokens = 0;
  for (const value of values) {
    tokens += 1 + Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return tokens;
}
