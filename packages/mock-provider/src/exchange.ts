import type { ServerResponse } from 'node:http';
import type { StreamFraming } from './aws-event-stream.js';
import type { InputKind } from './count-input-tokens.js';
import { bedrockError, errorBody } from './error-bodies.js';
import { countWords, loremPieces, textPieces } from './lorem.js';
import type { MockRequest } from './mock-request.js';
import type { ScriptedResponse } from './script-rule.js';

/** Everything an endpoint handler needs to answer one request. */
export interface Exchange {
  readonly request: MockRequest;
  /** The JSON body (an object; other bodies are rejected before handlers run). */
  readonly body: Readonly<Record<string, unknown>>;
  /** The scripted behaviour for this request (`{}` when no rule matched). */
  readonly respond: ScriptedResponse;
  readonly latencyMs: number;
  readonly chunkDelayMs: number;
  readonly defaultOutputTokens: number;
  readonly response: ServerResponse;
  /** Aborted when the client goes away or the server closes. */
  readonly signal: AbortSignal;
  /** The input-token count of this request's body. */
  readonly countInput: (kind: InputKind) => Promise<number>;
  /** A fresh, unique id with the given prefix (e.g. `chatcmpl-`). */
  readonly nextId: (prefix: string) => string;
  /** How a stream is framed when the path asks for other than SSE (Bedrock). Default: SSE. */
  readonly framing?: StreamFraming;
}

/** Resolves after `ms`, or early with `false` when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Headers every response carries: the provider's request-id header plus scripted extras. */
export function baseHeaders(exchange: Exchange): Record<string, string> {
  const { provider } = exchange.request;
  const idHeader =
    provider === 'anthropic'
      ? 'request-id'
      : provider === 'bedrock'
        ? 'x-amzn-requestid'
        : 'x-request-id';
  return { [idHeader]: exchange.request.id, ...exchange.respond.headers };
}

/** Waits for the latency, then sends a JSON body. */
export async function sendJson(
  exchange: Exchange,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  if (!(await sleep(exchange.latencyMs, exchange.signal))) return;
  const allHeaders = { ...baseHeaders(exchange), ...headers };
  const { cutBodyAfterBytes, bodyDelayMs } = exchange.respond;
  if (status >= 400 || (cutBodyAfterBytes === undefined && bodyDelayMs === undefined)) {
    writeJson(exchange.response, status, body, allHeaders);
    return;
  }
  await writeJsonSlowly(exchange, status, Buffer.from(JSON.stringify(body)), allHeaders);
}

/**
 * Sends the headers at once, then the body after `bodyDelayMs`, or only its first
 * `cutBodyAfterBytes` bytes before destroying the socket: a body cut after the headers.
 */
async function writeJsonSlowly(
  exchange: Exchange,
  status: number,
  bytes: Buffer,
  headers: Record<string, string>,
): Promise<void> {
  const { response, respond } = exchange;
  const sent = Math.min(respond.cutBodyAfterBytes ?? 0, bytes.length);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': bytes.length,
  });
  if (sent > 0) response.write(bytes.subarray(0, sent));
  else response.flushHeaders();
  if (!(await sleep(respond.bodyDelayMs ?? 0, exchange.signal))) return;
  if (respond.cutBodyAfterBytes !== undefined) await cutMidBody(response);
  else response.end(bytes.subarray(sent));
}

/** How long a cut waits so the client really receives what was sent before it. */
const dropGraceMs = 50;

/**
 * Closes the connection mid-body, after flushing what was sent: to fetch this is a
 * connection dropped while the body arrives.
 */
export async function cutMidBody(response: ServerResponse): Promise<void> {
  const socket = response.socket;
  if (socket !== null && !socket.destroyed) {
    // A fetch body that errors discards what the client has received but not yet read
    // (web streams drop their queue on error; Node 24's undici errors sooner than 20's).
    // Pausing lets the client take what was sent first, as a real mid-body drop would.
    await new Promise((resolve) => setTimeout(resolve, dropGraceMs));
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end(() => socket.destroy());
    });
  }
  response.destroy();
}

/** Sends a JSON body immediately. */
export function writeJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Sends the provider's real error body for a status, with retry headers for 429s. */
export async function sendError(exchange: Exchange, status: number): Promise<void> {
  const { request, respond } = exchange;
  const headers: Record<string, string> = {};
  const retryAfter = respond.retryAfterSeconds ?? (status === 429 ? 0 : undefined);
  if (retryAfter !== undefined) {
    headers['retry-after'] = String(retryAfter);
    // OpenAI also sends the millisecond form; the OpenAI SDK prefers it.
    if (request.provider === 'openai')
      headers['retry-after-ms'] = String(Math.round(retryAfter * 1000));
  }
  // Bedrock names the exception in a header; its SDKs read the type from there.
  if (request.provider === 'bedrock')
    headers['x-amzn-errortype'] = bedrockError(status, respond.error).type;
  await sendJson(
    exchange,
    status,
    errorBody(request.provider, status, request.id, respond.error),
    headers,
  );
}

/** Waits for the latency, then destroys the socket without any response. */
export async function dropConnection(exchange: Exchange): Promise<void> {
  if (!(await sleep(exchange.latencyMs, exchange.signal))) return;
  exchange.response.socket?.destroy();
}

/** The planned assistant output of one choice. */
export interface PlannedOutput {
  /** Output tokens in the mock's accounting. */
  readonly tokens: number;
  /** The text split into stream pieces (one word each). */
  readonly pieces: readonly string[];
  readonly text: string;
  /** True when the request's bound cut the output short (`length` / `max_tokens`). */
  readonly truncated: boolean;
}

/**
 * Output of one choice: scripted `outputTokens`/`text` win; otherwise
 * `min(bound, defaultOutputTokens)` lorem words, truncated when the bound was lower.
 */
export function planOutput(exchange: Exchange, bound: number | undefined): PlannedOutput {
  const { respond, defaultOutputTokens } = exchange;
  if (respond.text !== undefined) {
    return {
      tokens: respond.outputTokens ?? countWords(respond.text),
      pieces: textPieces(respond.text),
      text: respond.text,
      truncated: false,
    };
  }
  const derived = bound === undefined ? defaultOutputTokens : Math.min(bound, defaultOutputTokens);
  const tokens = respond.outputTokens ?? derived;
  const pieces = loremPieces(tokens);
  return {
    tokens,
    pieces,
    text: pieces.join(''),
    truncated:
      respond.outputTokens === undefined && bound !== undefined && bound < defaultOutputTokens,
  };
}

/** A non-negative integer field, or `undefined` when absent or null. */
export function readCount(
  body: Readonly<Record<string, unknown>>,
  key: string,
): number | undefined {
  const value = body[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Splits tool-call arguments into small stream pieces. */
export function argumentPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += 8) pieces.push(text.slice(start, start + 8));
  return pieces;
}

/** JSON text of scripted tool arguments. */
export function argumentsText(
  value: string | Readonly<Record<string, unknown>> | undefined,
): string {
  if (value === undefined) return '{}';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A tool call's arguments as a provider sends them: JSON text, and the value it parses to. */
export interface ToolArguments {
  /** The JSON text (streamed in {@link argumentPieces}). */
  readonly json: string;
  /** The parsed value; `{}` when scripted text is not JSON, so the body stays well formed. */
  readonly input: unknown;
}

/** The arguments of a scripted (or forced, `undefined`: `{}`) tool call. */
export function toolArguments(
  value: string | Readonly<Record<string, unknown>> | undefined,
): ToolArguments {
  const json = argumentsText(value);
  try {
    return { json, input: JSON.parse(json) };
  } catch {
    return { json, input: {} };
  }
}

/** Seconds since the epoch, as the providers' `created` fields use. */
export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
