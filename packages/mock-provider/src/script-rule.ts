import type { MockRequest, ProviderName } from './mock-request.js';

/**
 * A partial, provider-shaped usage object merged over the derived usage (deeply). Booleans
 * are flags some providers send in usage (OpenRouter's `is_byok`); a list replaces the
 * derived value whole (Anthropic's `iterations`, one usage per model run).
 */
export interface UsageOverride {
  readonly [key: string]:
    | number
    | string
    | boolean
    | null
    | UsageOverride
    | readonly UsageOverride[];
}

/** Overrides of the provider's error object for a scripted `status`. */
export interface ScriptedError {
  /** Human-readable message. Default: the provider's usual message for the status. */
  message?: string;
  /** Error type, e.g. `tokens` vs `requests` for an OpenAI 429. Default: per status. */
  type?: string;
  /** OpenAI only: `error.code`. Default: per status (e.g. `rate_limit_exceeded`). */
  code?: string | null;
  /** OpenAI only: `error.param`. Default: `null` (or `messages` for a 400). */
  param?: string | null;
}

/** A tool call the response should contain instead of text. */
export interface ScriptedToolCall {
  /** Tool name. Default: the forced tool, else the first tool in the request, else `tool`. */
  name?: string;
  /** Arguments, as an object or a JSON string. Default: `{}`. */
  arguments?: string | Readonly<Record<string, unknown>>;
}

/** What a scripted rule does to the requests it matches. Every field is optional. */
export interface ScriptedResponse {
  /** Reply text instead of the lorem filler. Output tokens default to its word count. */
  text?: string;
  /**
   * Output tokens (per choice for Chat Completions with `n > 1`). Default: derived from
   * the request bound and `defaultOutputTokens`, or the word count of `text`.
   */
  outputTokens?: number;
  /**
   * Partial usage in the provider's own shape, merged deeply over the derived usage, e.g.
   * `{ prompt_tokens_details: { cached_tokens: 5 } }` (OpenAI Chat),
   * `{ input_tokens_details: { cached_tokens: 5 } }` (Responses),
   * `{ cache_read_input_tokens: 100, server_tool_use: { web_search_requests: 2 } }` (Anthropic),
   * `{ cacheReadInputTokens: 100, cacheWriteInputTokens: 20 }` (Bedrock Converse).
   * Totals (`total_tokens`) are recomputed unless overridden too. For Anthropic, scripting
   * cache tokens without `input_tokens` moves them out of `input_tokens`, since Anthropic's
   * `input_tokens` excludes cache tokens; scripting only one of `cache_creation_input_tokens`
   * and `cache_creation` derives the other (5-minute TTL by default).
   */
  usage?: UsageOverride;
  /**
   * Chat Completions streams: send the usage on the last finish chunk even when the request
   * does not ask for it (`stream_options.include_usage`), as some providers always do:
   * `'usage'` at the top level (Mistral, OpenRouter), `'x_groq'` as Groq does (`x_groq.usage`).
   * Default: only when the request asks for it.
   */
  streamUsage?: 'usage' | 'x_groq';
  /**
   * Send no usage, as some servers and gateways answer: Chat Completions, Embeddings and
   * Anthropic bodies without `usage`, a Response with `usage: null` (its stream's final event
   * too). Default: usage is sent.
   */
  omitUsage?: boolean;
  /** `service_tier` in the response (OpenAI top level, Anthropic `usage`). */
  serviceTier?: string;
  /** Respond with a tool call (`true` for the defaults). */
  toolCall?: ScriptedToolCall | boolean;
  /**
   * Fail with this HTTP status and the provider's real error body (400, 401, 403, 404, 429,
   * 500, 503, 529, … any status ≥ 400).
   */
  status?: number;
  /** Overrides of the error object sent with `status` or `errorEventAfterChunks`. */
  error?: ScriptedError;
  /**
   * Seconds to send in `retry-after` (and `retry-after-ms` for OpenAI). Default: `0` for a
   * 429, no header for other statuses. Note: the Anthropic SDK ignores `retry-after: 0` and
   * uses its own backoff (0.5 s, 1 s, …); use e.g. `0.001` for fast retries there.
   */
  retryAfterSeconds?: number;
  /**
   * Streams: send this many SSE messages, then destroy the socket. Non-stream requests:
   * destroy the socket instead of responding (the SDKs treat that as a connection error
   * and retry).
   */
  dropAfterChunks?: number;
  /**
   * Non-stream success: send the 200 headers (with the full `content-length`) and this many
   * bytes of the JSON body, then destroy the socket (after `bodyDelayMs` when set): the
   * body is cut after the headers, which the SDKs see as a connection error and retry.
   */
  cutBodyAfterBytes?: number;
  /**
   * Non-stream success: wait this long between the headers (and the bytes of
   * `cutBodyAfterBytes`) and the rest of the body, to time out or abort a call while its
   * body is arriving.
   */
  bodyDelayMs?: number;
  /**
   * Streams: send this many SSE messages, then the provider's mid-stream error event
   * (OpenAI Chat `data: {"error":…}`, Responses `type: "error"`, Anthropic `event: error`
   * with `overloaded_error`), then end the stream.
   */
  errorEventAfterChunks?: number;
  /** Delay before the response headers, replacing the server's `latencyMs`. */
  latencyMs?: number;
  /** Delay between stream chunks, replacing the server's `chunkDelayMs`. */
  chunkDelayMs?: number;
  /** Extra response headers, e.g. `{ 'x-should-retry': 'false' }`. */
  headers?: Readonly<Record<string, string>>;
}

/** Which requests a rule applies to; every given field must match. */
export interface RequestMatch {
  /** Provider of the endpoint. */
  provider?: ProviderName;
  /** Request path without the query, e.g. `/v1/chat/completions`, or a pattern. */
  path?: string | RegExp;
  /** The `model` in the request body, or a pattern. */
  model?: string | RegExp;
  /** Whether the request streams: `stream: true` in the body, or Gemini's `:streamGenerateContent`. */
  stream?: boolean;
}

/** A queued behaviour: the first rule that matches a request applies to it. */
export interface ScriptRule {
  /** Which requests it applies to. Default: every request. */
  match?: RequestMatch | ((request: MockRequest) => boolean);
  /** How many matching requests it applies to. Default: 1. `Infinity` keeps it forever. */
  times?: number;
  /** What to do. */
  respond: ScriptedResponse;
}

interface QueuedRule {
  readonly rule: ScriptRule;
  remaining: number;
}

/** The ordered rule queue; each match consumes one use of the rule. */
export class RuleQueue {
  #rules: QueuedRule[] = [];

  add(rule: ScriptRule): void {
    const times = rule.times ?? 1;
    if (!(times > 0)) throw new RangeError('script(): times must be a positive number');
    this.#rules.push({ rule, remaining: times });
  }

  clear(): void {
    this.#rules = [];
  }

  /** Finds the first matching rule, consumes one use of it and returns its response. */
  take(request: MockRequest): ScriptedResponse | undefined {
    const index = this.#rules.findIndex((queued) => matches(queued.rule.match, request));
    const queued = this.#rules[index];
    if (queued === undefined) return undefined;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.#rules.splice(index, 1);
    return queued.rule.respond;
  }
}

function matches(match: ScriptRule['match'], request: MockRequest): boolean {
  if (match === undefined) return true;
  if (typeof match === 'function') return match(request);
  if (match.provider !== undefined && match.provider !== request.provider) return false;
  if (match.path !== undefined && !matchesText(match.path, request.path)) return false;
  const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
  if (match.model !== undefined) {
    const model = 'model' in body ? body.model : undefined;
    if (typeof model !== 'string' || !matchesText(match.model, model)) return false;
  }
  if (match.stream !== undefined) {
    // Gemini says it in the path (`:streamGenerateContent`), not the body.
    const stream =
      ('stream' in body && body.stream === true) || request.path.endsWith(':streamGenerateContent');
    if (stream !== match.stream) return false;
  }
  return true;
}

function matchesText(pattern: string | RegExp, value: string): boolean {
  return typeof pattern === 'string' ? pattern === value : pattern.test(value);
}
