/**
 * What a request asks for beyond its input, as a hold bounds it: the output it may bill
 * (its maximum, the model's limit, choices, a prediction the model may reject) and the web
 * searches it may run.
 */
import { InvalidRequestError } from '@tollgate/core';
import { describeValue, isRecord } from '@tollgate/core/internal';
import type { ResolvedModel } from '@tollgate/pricing';
import type { OutputBound } from './call-context.js';
import type { MeteredEndpoint } from './plan-settings.js';

/**
 * Web searches held for a Responses call with a web search tool and no `max_tool_calls`.
 * OpenAI sets no limit of its own; set `max_tool_calls` to make the hold a true bound.
 */
export const ASSUMED_WEB_SEARCHES = 10;

type Json = Record<string, unknown>;

/** The method and path of a request: what its errors name it by. */
export interface RequestLine {
  readonly method: string;
  readonly path: string;
}

/**
 * How errors name a request (`POST /chat/completions`). Built only when one is thrown: a
 * string built on every call for an error that rarely comes costs a little on each.
 */
export function whereOf(request: RequestLine): string {
  return `${request.method} ${request.path}`;
}

/**
 * A field the body itself carries, never one inherited: JSON sends only own fields, so a
 * bounding field defined on `Object.prototype` (not enumerable, as a polyfill would) must not
 * lower the hold of a request that sends none.
 */
export function ownField(body: Json, key: string): unknown {
  return Object.hasOwn(body, key) ? body[key] : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

export interface HeldOutput extends OutputBound {
  /** Set when the request gave no maximum: what the hold assumed. */
  unbounded?: number;
}

const NO_OUTPUT: HeldOutput = Object.freeze({ perChoice: 0, total: 0 });

/** The output a request may bill, per choice and in all. */
export function outputBound(
  endpoint: MeteredEndpoint,
  body: Json,
  model: ResolvedModel,
  request: RequestLine,
): HeldOutput {
  if (endpoint === 'embeddings') return NO_OUTPUT;
  const limit = model.maxOutputTokens;
  const asked =
    endpoint === 'chat'
      ? (count(ownField(body, 'max_completion_tokens')) ?? count(ownField(body, 'max_tokens')))
      : count(ownField(body, 'max_output_tokens'));
  const choices = endpoint === 'chat' ? choicesOf(ownField(body, 'n'), request) : 1;
  // The API refuses a maximum above the model's limit, so the limit also bounds it.
  const generated = asked === undefined ? limit : limit > 0 ? Math.min(asked, limit) : asked;
  const perChoice = generated + predictedTokens(endpoint, ownField(body, 'prediction'));
  const total = perChoice * choices;
  if (!Number.isSafeInteger(total))
    throw new InvalidRequestError(
      `${whereOf(request)}: n = ${choices} asks for ${choices} choices of up to ${perChoice} output tokens each, more than can be bounded; ask for fewer choices`,
    );
  return asked === undefined ? { perChoice, total, unbounded: total } : { perChoice, total };
}

/** The choices a chat request asks for: `n`, 1 when absent or null. */
function choicesOf(n: unknown, request: RequestLine): number {
  if (n === undefined || n === null) return 1;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 1) return n;
  throw new InvalidRequestError(
    `${whereOf(request)}: expected n (the number of choices) as a whole number from 1, received ${describeValue(n)}`,
  );
}

/**
 * Output tokens a Chat Completions `prediction` (Predicted Outputs) may add: the prediction's
 * tokens the model rejects are billed as completion tokens beyond `max_completion_tokens`,
 * at most the prediction's own tokens, which its JSON's UTF-8 bytes bound.
 */
function predictedTokens(endpoint: MeteredEndpoint, prediction: unknown): number {
  if (endpoint !== 'chat' || prediction === undefined || prediction === null) return 0;
  // The body is a JSON snapshot, so the prediction serialises.
  return Buffer.byteLength(JSON.stringify(prediction), 'utf8');
}

/**
 * Chat Completions models that search the web on every request (`gpt-4o-search-preview`,
 * `o3-deep-research`, and OpenRouter's ids for them), billed a search fee per request.
 */
const CHAT_SEARCH_MODEL = /search-(?:preview|api)|deep-research/;

/**
 * The web searches a request may run (held and, for Chat, charged per request).
 * `searchModel`: the model is a Chat search model (`isChatSearchModel`, made once per model).
 */
export function webSearches(endpoint: MeteredEndpoint, body: Json, searchModel: boolean): number {
  if (endpoint === 'embeddings') return 0;
  const tool = Array.isArray(body.tools) && body.tools.some(isWebSearchTool);
  if (endpoint === 'responses')
    return tool ? (count(ownField(body, 'max_tool_calls')) ?? ASSUMED_WEB_SEARCHES) : 0;
  // Chat search models, `web_search_options` (OpenRouter's web search) and a provider's
  // hosted search tool search once per request.
  const options = body.web_search_options;
  const asked = tool || (options !== undefined && options !== null);
  return asked || searchModel ? 1 : 0;
}

/** True for a Chat search model (see `CHAT_SEARCH_MODEL`), by its canonical id. */
export function isChatSearchModel(model: string): boolean {
  return CHAT_SEARCH_MODEL.test(model);
}

/** A hosted web search tool (`web_search`, `web_search_preview`, dated variants). */
function isWebSearchTool(tool: unknown): boolean {
  return isRecord(tool) && typeof tool.type === 'string' && tool.type.startsWith('web_search');
}
