/**
 * What a call's provider options add to its hold. The providers turn some of their options
 * into billed input (OpenAI's `instructions` and `textFormat`, an OpenAI-compatible
 * provider's extra body fields, Anthropic's document titles...), make the API read input the
 * request does not carry (a previous response, a stored conversation or thread, a cached
 * context, MCP servers' tools, agent skills), or send an output maximum of their own in place
 * of `maxOutputTokens` (OpenAI's `maxCompletionTokens`, a raw `max_tokens` passed through).
 *
 * Only the namespaces the model's provider reads count, read as that provider reads them.
 * Their text is bounded by its JSON bytes, whatever the option (a byte bounds a token, see
 * `bound-prompt.ts`): an option a provider adds next year is covered without a line here.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { isRecord } from '@tollgate/core/internal';
import { BEDROCK_OPTIONS_KEYS } from './bedrock-reasoning.js';
import { GOOGLE_OPTIONS_KEYS } from './provider-options-of.js';
import type { ProviderApi, ProviderRoute } from './provider-route.js';

type Json = Record<string, unknown>;

/** The part of a call's hold its provider options decide. */
export interface OptionBound {
  /** An upper bound of the input tokens the options carry: their JSON bytes. */
  readonly inputTokens: number;
  /** The option that makes the API read input of no visible size, or `undefined`. */
  readonly referenced: string | undefined;
  /**
   * The highest output maximum the options send, `Infinity` when one is set but cannot be
   * read as a count (the model's limit then bounds it), `undefined` when none is set.
   */
  readonly outputCap: number | undefined;
  /** Output tokens the options add past any maximum: a predicted output's rejected tokens. */
  readonly extraOutputTokens: number;
  /** The namespaces read, for the options that need a closer look (thinking budgets). */
  readonly namespaces: readonly Json[];
}

const NO_OPTIONS: OptionBound = {
  inputTokens: 0,
  referenced: undefined,
  outputCap: undefined,
  extraOutputTokens: 0,
  namespaces: [],
};

/** Whether an option's value refers to input the request does not carry. */
type Refers = (value: unknown) => boolean;

const present: Refers = (value) => value !== undefined && value !== null;
const nonEmpty: Refers = (value) => Array.isArray(value) && value.length > 0;

/** The options each wire API reads references from. */
const REFERENCES: Partial<Record<ProviderApi, Readonly<Record<string, Refers>>>> = {
  // Responses continues an earlier response or a stored conversation: its turns are input.
  'openai-responses': { previousResponseId: present, conversation: present },
  'openai-compatible-responses': {
    previousResponseId: present,
    conversation: present,
    previous_response_id: present,
  },
  // Gemini's explicit context cache is billed as (cached) input on every call that names it.
  google: { cachedContent: present },
  anthropic: {
    // The MCP connector fetches the servers' tool definitions and feeds their results back.
    mcpServers: nonEmpty,
    // A continued thread replays the turns, system prompt and tools the API stored.
    thread: (value) => isRecord(value) && value.type === 'continue',
    // Agent skills load their instructions and files into the context as the model uses them.
    container: (value) => isRecord(value) && nonEmpty(value.skills),
  },
};

/**
 * Keys that set the output maximum on the wire, read from the namespaces and from the raw
 * bodies some providers merge into the request (an OpenAI-compatible provider sends unknown
 * keys of its namespace as they are; OpenRouter its `extraBody`; Bedrock its
 * `additionalModelRequestFields`). The highest one found bounds the output: where a key is
 * not a setting of the provider, holding for it costs only room, never an undercharge.
 */
const OUTPUT_CAP_KEYS = [
  'maxCompletionTokens',
  'maxOutputTokens',
  'maxTokens',
  'max_completion_tokens',
  'max_output_tokens',
  'max_tokens',
] as const;

const OPENAI_KEYS = ['openai'] as const;

const RAW_BODY_KEYS = ['extraBody', 'additionalModelRequestFields'] as const;

/**
 * The bound of a call's provider options, for a model of `provider` (its AI SDK `provider`
 * string) on `route`. A call without provider options pays one property read.
 */
export function boundProviderOptions(
  options: Pick<LanguageModelV4CallOptions, 'providerOptions'>,
  route: ProviderRoute,
  provider: string,
): OptionBound {
  const all = options.providerOptions;
  if (!isRecord(all)) return NO_OPTIONS;
  const namespaces: Json[] = [];
  for (const key of namespacesOf(route, provider)) {
    const own = all[key];
    if (isRecord(own) && !namespaces.includes(own)) namespaces.push(own);
  }
  if (namespaces.length === 0) return NO_OPTIONS;
  let inputTokens = 0;
  let unwritable = false;
  for (const own of namespaces) {
    const bytes = jsonBytes(own);
    if (bytes === undefined) unwritable = true;
    else inputTokens += bytes;
  }
  return {
    inputTokens,
    // Options JSON cannot write (a cycle, a `BigInt`) cannot be measured: the provider may
    // still send the fields it picks from them, so the context window bounds them.
    referenced: unwritable ? 'providerOptions' : referenceIn(namespaces, route.api),
    outputCap: outputCapIn(namespaces),
    extraOutputTokens: unwritable
      ? 0
      : namespaces.reduce((sum, own) => sum + predictionTokens(own), 0),
    namespaces,
  };
}

/**
 * The `providerOptions` keys the provider behind a route reads, in any order (all are
 * bounded): its own key, and the others the AI SDK's providers fall back to or merge.
 */
export function namespacesOf(route: ProviderRoute, provider: string): readonly string[] {
  const prefix = provider.slice(0, provider.includes('.') ? provider.indexOf('.') : undefined);
  switch (route.api) {
    case 'google':
      return GOOGLE_OPTIONS_KEYS;
    case 'bedrock-converse':
      return BEDROCK_OPTIONS_KEYS;
    // The Anthropic provider merges its custom key (`bedrock`, `googleVertex` or the older
    // `vertex`) over `anthropic`.
    case 'anthropic':
      return prefix === 'googleVertex' ? ['anthropic', prefix, 'vertex'] : ['anthropic', prefix];
    // Azure's OpenAI models read `azure`, then `openai`.
    case 'openai-chat':
    case 'openai-responses':
    case 'openai-embedding':
      return route.optionsKey === 'openai' ? OPENAI_KEYS : [route.optionsKey, 'openai'];
    default:
      // `@ai-sdk/openai-compatible` merges its deprecated keys, its name and its camel case.
      return [
        route.optionsKey,
        camelCase(route.optionsKey),
        'openaiCompatible',
        'openai-compatible',
      ];
  }
}

/**
 * The input tokens of the options read, their string values measured by `measureText` (an
 * exact tokenizer count: each is a text the provider sends as its own field) and the rest
 * of their JSON by its bytes. For options JSON can write (see `boundProviderOptions`).
 */
export function measureOptions(
  namespaces: readonly Json[],
  measureText: (text: string) => number,
): number {
  let tokens = 0;
  const measureStrings = (_key: string, value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    tokens += measureText(value);
    return '';
  };
  for (const own of namespaces) {
    // Measured first: the replacer adds the texts' tokens to the total as it goes.
    const bytes = Buffer.byteLength(JSON.stringify(own, measureStrings) ?? '', 'utf8');
    tokens += bytes;
  }
  return tokens;
}

function camelCase(name: string): string {
  return name.replace(/[-_]+(\w)/g, (_match, letter: string) => letter.toUpperCase());
}

function referenceIn(namespaces: readonly Json[], api: ProviderApi): string | undefined {
  const references = REFERENCES[api];
  if (references === undefined) return undefined;
  for (const own of namespaces) {
    for (const [name, refers] of Object.entries(references)) if (refers(own[name])) return name;
  }
  return undefined;
}

function outputCapIn(namespaces: readonly Json[]): number | undefined {
  let cap: number | undefined;
  const read = (record: Json): void => {
    for (const key of OUTPUT_CAP_KEYS) {
      const value = record[key];
      if (value === undefined || value === null) continue;
      const tokens =
        typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
          ? value
          : Number.POSITIVE_INFINITY;
      cap = Math.max(cap ?? 0, tokens);
    }
  };
  for (const own of namespaces) {
    read(own);
    for (const key of RAW_BODY_KEYS) if (isRecord(own[key])) read(own[key]);
  }
  return cap;
}

/**
 * OpenAI's predicted outputs: the tokens of a prediction the model rejects are billed as
 * output, at most the prediction's own tokens, so its bytes are held as output too.
 */
function predictionTokens(own: Json): number {
  return own.prediction === undefined || own.prediction === null
    ? 0
    : (jsonBytes(own.prediction) ?? 0);
}

/** The UTF-8 bytes of a value's JSON, or `undefined` when JSON cannot write it. */
function jsonBytes(value: unknown): number | undefined {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
  } catch {
    return undefined;
  }
}
