import type { IncomingHttpHeaders } from 'node:http';

/** The wire formats the mock speaks: OpenAI's, Anthropic's, Bedrock Converse's and Gemini's (`google`). */
export type ProviderName = 'openai' | 'anthropic' | 'bedrock' | 'google';

/** One received HTTP request, as kept in the request log. */
export interface MockRequest {
  /**
   * The request id, also sent back as `x-request-id` (OpenAI), `request-id` (Anthropic) or
   * `x-amzn-requestid` (Bedrock Converse).
   */
  readonly id: string;
  /** The HTTP method. */
  readonly method: string;
  /** Path without the query string, e.g. `/v1/messages`. */
  readonly path: string;
  /** The query string with its `?`, or `''` (e.g. `?beta=true`). */
  readonly query: string;
  /** Which wire format the path belongs to. */
  readonly provider: ProviderName;
  /** Lower-cased request headers; credential headers are replaced by `[REDACTED]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body; the raw text when it was not valid JSON; `undefined` when empty. */
  readonly body: unknown;
  /** `Date.now()` when the request body had been read. */
  readonly receivedAt: number;
  /** The SDK's retry attempt (`x-stainless-retry-count`), 0 when absent. */
  readonly attempt: number;
}

const CREDENTIAL_HEADERS = new Set(['authorization', 'x-api-key', 'api-key', 'x-goog-api-key']);

/** Copies headers with credentials redacted, so logs can be printed safely. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    copy[name] = CREDENTIAL_HEADERS.has(name) ? '[REDACTED]' : text;
  }
  return copy;
}

/** The attempt number from `x-stainless-retry-count`; 0 when absent or unparsable. */
export function attemptFrom(headers: IncomingHttpHeaders): number {
  const raw = headers['x-stainless-retry-count'];
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 0 ? value : 0;
}
