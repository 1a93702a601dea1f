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
import { InvalidRequestError } from '@tollgate/core';
import { describeValue, isRecord } from '@tollgate/core/internal';
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
  /**
   * The choices the options ask for (`n`, the highest one found), each billed up to the
   * output maximum; 1 when none is set.
   */
  readonly choices: number;
  /** The namespaces read, for the options that need a closer look (thinking budgets). */
  readonly namespaces: readonly Json[];
}

const NO_OPTIONS: OptionBound = {
  inputTokens: 0,
  referenced: undefined,
  outputCap: undefined,
  extraOutputTokens: 0,
  choices: 1,
  namespaces: [],
};

/** Whether an option's value refers to input the request does not carry. */
type Refers = (value: unknown) => boolean;

const present: Refers = (value) => value !== undefined && value !== null;
const nonEmpty: Refers = (value) => Array.isArray(value) && value.length > 0;

const responsesReferences = [
  ['previousResponseId', present],
  ['conversation', present],
] as const;

/** The options each wire API reads references from. */
const REFERENCES: Partial<Record<ProviderApi, ReadonlyMap<string, Refers>>> = {
  // Responses continues an earlier response or a stored conversation: its turns are input.
  'openai-responses': new Map(responsesReferences),
  'openai-compatible-responses': new Map([
    ...responsesReferences,
    ['previous_response_id', present],
  ]),
  // Gemini's explicit context cache is billed as (cached) input on every call that names it.
  google: new Map([['cachedContent', present]]),
  anthropic: new Map([
    // The MCP connector fetches the servers' tool definitions and feeds their results back.
    ['mcpServers', nonEmpty],
    // A continued thread replays the turns, system prompt and tools the API stored.
    ['thread', (value) => isRecord(value) && value.type === 'continue'],
    // Agent skills load their instructions and files into the context as the model uses them.
    ['container', (value) => isRecord(value) && nonEmpty(value.skills)],
  ]),
};

/**
 * Keys that set the output maximum on the wire, read from the namespaces and from the raw
 * bodies some providers merge into the request (an OpenAI-compatible provider sends unknown
 * keys of its namespace as they are; OpenRouter its `extraBody`; Bedrock its
 * `additionalModelRequestFields`). The highest one found bounds the output: where a key is
 * not a setting of the provider, holding for it costs only room, never an undercharge.
 */
const OUTPUT_CAP_KEYS: ReadonlySet<string> = new Set([
  'maxCompletionTokens',
  'maxOutputTokens',
  'maxTokens',
  'max_completion_tokens',
  'max_output_tokens',
  'max_tokens',
]);

const RAW_BODY_KEYS: ReadonlySet<string> = new Set(['extraBody', 'additionalModelRequestFields']);

/**
 * The key that asks for several choices on the wire (Chat Completions' `n`), read where the
 * output maximum is: `@ai-sdk/openai-compatible` (so `@ai-sdk/togetherai` and
 * `@ai-sdk/fireworks`, 1 and 3) and `@openrouter/ai-sdk-provider` send it from their
 * namespace as it is, and the raw bodies carry it too. Each choice is billed up to the
 * maximum. As with the maximum, a provider that does not send it costs only room.
 */
const CHOICES_KEY = 'n';

const OPENAI_KEYS = ['openai'] as const;

/** The JSON bytes of a number or a boolean, at most (`-1.7976931348623157e+308`). */
const SCALAR_BYTES = 24;

/** The bound being added up over the namespaces read. */
interface Tally {
  inputTokens: number;
  referenced: string | undefined;
  outputCap: number | undefined;
  extraOutputTokens: number;
  choices: number;
}

/**
 * The bound of a call's provider options, for a model of `provider` (its AI SDK `provider`
 * string) on `route`. A call without provider options pays one property read; one with
 * them, one pass over the keys of the namespaces its provider reads (only nested values are
 * serialised: most options are flat strings, numbers and flags).
 */
export function boundProviderOptions(
  options: Pick<LanguageModelV4CallOptions, 'providerOptions'>,
  route: ProviderRoute,
  provider: string,
): OptionBound {
  const all = options.providerOptions;
  if (all === undefined || !isRecord(all)) return NO_OPTIONS;
  const namespaces: Json[] = [];
  let tally: Tally | undefined;
  const references = REFERENCES[route.api];
  for (const key of namespacesOf(route, provider)) {
    const own = all[key];
    if (!isRecord(own) || namespaces.includes(own)) continue;
    namespaces.push(own);
    tally ??= {
      inputTokens: 0,
      referenced: undefined,
      outputCap: undefined,
      extraOutputTokens: 0,
      choices: 1,
    };
    // Added as found: a bad `n` is refused naming the namespace that carries it.
    addNamespace(tally, own, key, references);
  }
  if (tally === undefined) return NO_OPTIONS;
  return {
    inputTokens: tally.inputTokens,
    referenced: tally.referenced,
    outputCap: tally.outputCap,
    extraOutputTokens: tally.extraOutputTokens,
    choices: tally.choices,
    namespaces,
  };
}

function addNamespace(
  tally: Tally,
  own: Json,
  namespace: string,
  references: ReadonlyMap<string, Refers> | undefined,
): void {
  for (const key of Object.keys(own)) {
    const value = own[key];
    if (value === undefined || value === null) continue;
    const bytes = valueBytes(value);
    // Options JSON cannot write (a cycle, a `BigInt`) cannot be measured: the provider may
    // still send the fields it picks from them, so the context window bounds them.
    if (bytes === undefined) tally.referenced ??= 'providerOptions';
    // A key, its quotes and colon, and a separator or brace: at most its JSON.
    else tally.inputTokens += Buffer.byteLength(key, 'utf8') + 5 + bytes;
    if (tally.referenced === undefined && references?.get(key)?.(value)) tally.referenced = key;
    if (OUTPUT_CAP_KEYS.has(key)) addCap(tally, value);
    else if (key === CHOICES_KEY) addChoices(tally, value, `${namespace}.${key}`);
    else if (RAW_BODY_KEYS.has(key) && isRecord(value)) {
      for (const rawKey of Object.keys(value)) {
        if (OUTPUT_CAP_KEYS.has(rawKey)) addCap(tally, value[rawKey]);
        else if (rawKey === CHOICES_KEY)
          addChoices(tally, value[rawKey], `${namespace}.${key}.${rawKey}`);
      }
    }
    // OpenAI's predicted outputs: the tokens of a prediction the model rejects are billed as
    // output, at most the prediction's own tokens, so its bytes are held as output too.
    if (key === 'prediction' && bytes !== undefined) tally.extraOutputTokens += bytes;
  }
}

function addCap(tally: Tally, value: unknown): void {
  if (value === undefined || value === null) return;
  const tokens =
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? value
      : Number.POSITIVE_INFINITY;
  tally.outputCap = Math.max(tally.outputCap ?? 0, tokens);
}

/**
 * Adds a choice count (`n`) found at `where` (under `providerOptions`) to the tally.
 */
function addChoices(tally: Tally, value: unknown, where: string): void {
  tally.choices = Math.max(tally.choices, choicesAt(value, `providerOptions.${where}`));
}

/**
 * A choice count (`n`) sent in a body: a whole number from 1, or 1 when absent (`undefined`
 * or `null`). Anything else is refused unsent, as `@tollgate/openai` refuses a body's `n`:
 * the provider would send it, and the hold cannot say how many choices it bills.
 */
export function choicesAt(value: unknown, where: string): number {
  if (value === undefined || value === null) return 1;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw new InvalidRequestError(
    `${where}: expected n (the number of choices) as a whole number from 1, received ${describeValue(value)}`,
  );
}

/**
 * The bytes of one option's value as the provider sends it: a string's own UTF-8 bytes and
 * quotes (the text the model reads, not its JSON escapes, as in `bound-prompt.ts`), a scalar
 * at most `SCALAR_BYTES`, anything nested its JSON. `undefined` when JSON cannot write it.
 */
function valueBytes(value: unknown): number | undefined {
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return SCALAR_BYTES;
  if (typeof value === 'bigint') return undefined;
  return jsonBytes(value);
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
      if (route.optionsKey === 'openai') return OPENAI_KEYS;
      if (route.optionsKey === 'azure') return ['azure', 'openai'];
      // An OpenAI-compatible provider priced from the `openai` or `azure` table: the keys
      // it reads, and `openai` as before (read too, so nothing once bounded is dropped).
      return [...compatibleKeys(route.optionsKey), 'openai'];
    default:
      return compatibleKeys(route.optionsKey);
  }
}

/** `@ai-sdk/openai-compatible` merges its deprecated keys, its name and its camel case. */
function compatibleKeys(name: string): string[] {
  return [name, camelCase(name), 'openaiCompatible', 'openai-compatible'];
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

/**
 * The camel case `@ai-sdk/openai-compatible` 3 also reads a name's options under, by its own
 * rule (`toCamelCase`: a `-` or `_` before a lower-case letter goes, the letter is raised),
 * so `my__llm` reads `my_Llm`: any other rule may miss the namespace it sends.
 */
function camelCase(name: string): string {
  return name.replace(/[_-]([a-z])/g, (match) => (match[1] as string).toUpperCase());
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
