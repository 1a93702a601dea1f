import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleAnthropicCountTokens, handleAnthropicMessages } from './anthropic-messages.js';
import { handleBedrockConverse } from './bedrock-converse.js';
import { handleBedrockTitanEmbed } from './bedrock-embed.js';
import { countInputTokens, type InputKind, isRecord, loadTokenizer } from './count-input-tokens.js';
import { errorBody } from './error-bodies.js';
import { dropConnection, type Exchange, sendError, sendJson, writeJson } from './exchange.js';
import { handleGeminiBatchEmbed, handleGeminiEmbed, handleVertexPredict } from './gemini-embed.js';
import { handleGeminiGenerate } from './gemini-generate.js';
import { attemptFrom, type MockRequest, type ProviderName, redactHeaders } from './mock-request.js';
import { handleModels } from './models.js';
import { handleOpenAIChat } from './openai-chat.js';
import { handleOpenAIEmbeddings } from './openai-embeddings.js';
import { handleOpenAIResponses } from './openai-responses.js';
import {
  BEDROCK_CONVERSE_ROUTE,
  BEDROCK_TITAN_EMBED_ROUTE,
  canonicalPath,
  GEMINI_ROUTES,
} from './provider-paths.js';
import { RuleQueue, type ScriptRule } from './script-rule.js';

/** Replaces the mock's input-token count for a request body. */
export type InputTokenCounter = (kind: InputKind, body: unknown) => number | Promise<number>;

/** Options of {@link startMockProvider}. */
export interface MockProviderOptions {
  /** Port to listen on. Default: `0` (a free port chosen by the OS). */
  port?: number;
  /** Interface to listen on. Default: `'127.0.0.1'` (loopback only). */
  host?: string;
  /** Delay before every response's headers, in milliseconds. Default: `0`. */
  latencyMs?: number;
  /** Delay between stream chunks, in milliseconds. Default: `0`. */
  chunkDelayMs?: number;
  /**
   * Output tokens (lorem words) of a response whose request sets no lower bound
   * (`max_tokens`, `max_completion_tokens`, `max_output_tokens`). Default: `16`.
   */
  defaultOutputTokens?: number;
  /**
   * Replaces the input-token counter (default: {@link countInputTokens}, o200k_base plus
   * per-message framing). When set, the tokenizer is never loaded.
   */
  countTokens?: InputTokenCounter;
}

/** Options of {@link MockProvider.waitForRequests}. */
export interface WaitForRequestsOptions {
  /** Reject after this many milliseconds. Default: `5000`. */
  timeoutMs?: number;
}

/** A running mock server. */
export interface MockProvider {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Pass as the OpenAI client's `baseURL`: `http://127.0.0.1:PORT/v1` (OpenAI's includes `/v1`). */
  readonly openaiBaseURL: string;
  /** Pass as the Anthropic client's `baseURL`: `http://127.0.0.1:PORT` (no `/v1`). */
  readonly anthropicBaseURL: string;
  /** Pass as `createGoogleGenerativeAI({ baseURL })`: `http://127.0.0.1:PORT/v1beta`. */
  readonly googleBaseURL: string;
  /** The port the server listens on. */
  readonly port: number;
  /** The live request log, oldest first (one entry per HTTP attempt). */
  readonly requests: readonly MockRequest[];
  /** Queues a scripted behaviour; rules are tried in the order they were added. */
  script(rule: ScriptRule): void;
  /** Clears the request log and every queued rule. */
  reset(): void;
  /** Resolves with the log once it holds at least `count` requests. */
  waitForRequests(count: number, options?: WaitForRequestsOptions): Promise<readonly MockRequest[]>;
  /** Stops the server, cutting open streams and sockets; safe to call twice. */
  close(): Promise<void>;
}

type Handler = (exchange: Exchange) => Promise<void>;

interface Route {
  readonly provider: ProviderName;
  readonly kind?: InputKind;
  readonly required: readonly string[];
  readonly handler: Handler;
}

const ROUTES: Readonly<Record<string, Route>> = {
  'POST /v1/chat/completions': {
    provider: 'openai',
    kind: 'chat',
    required: ['model', 'messages'],
    handler: handleOpenAIChat,
  },
  'POST /v1/responses': {
    provider: 'openai',
    kind: 'responses',
    required: ['model'],
    handler: handleOpenAIResponses,
  },
  'POST /v1/embeddings': {
    provider: 'openai',
    kind: 'embeddings',
    required: ['model', 'input'],
    handler: handleOpenAIEmbeddings,
  },
  'POST /v1/messages': {
    provider: 'anthropic',
    kind: 'messages',
    required: ['model', 'messages', 'max_tokens'],
    handler: handleAnthropicMessages,
  },
  'POST /v1/messages/count_tokens': {
    provider: 'anthropic',
    kind: 'messages',
    required: ['model', 'messages'],
    handler: handleAnthropicCountTokens,
  },
  [BEDROCK_CONVERSE_ROUTE]: {
    provider: 'bedrock',
    kind: 'converse',
    required: ['messages'],
    handler: handleBedrockConverse,
  },
  [BEDROCK_TITAN_EMBED_ROUTE]: {
    provider: 'bedrock',
    required: ['inputText'],
    handler: handleBedrockTitanEmbed,
  },
  [GEMINI_ROUTES.generateContent]: {
    provider: 'google',
    kind: 'gemini',
    required: ['contents'],
    handler: handleGeminiGenerate,
  },
  [GEMINI_ROUTES.streamGenerateContent]: {
    provider: 'google',
    kind: 'gemini',
    required: ['contents'],
    handler: handleGeminiGenerate,
  },
  [GEMINI_ROUTES.embedContent]: {
    provider: 'google',
    kind: 'gemini-embeddings',
    required: ['content'],
    handler: handleGeminiEmbed,
  },
  [GEMINI_ROUTES.batchEmbedContents]: {
    provider: 'google',
    kind: 'gemini-embeddings',
    required: ['requests'],
    handler: handleGeminiBatchEmbed,
  },
  [GEMINI_ROUTES.predict]: {
    provider: 'google',
    required: ['instances'],
    handler: handleVertexPredict,
  },
};

/** Which provider a request addresses: by route, else by Anthropic's version header. */
function providerOf(
  route: Route | undefined,
  request: IncomingMessage,
  path: string,
): ProviderName {
  if (route !== undefined) return route.provider;
  if (request.headers['anthropic-version'] !== undefined || path.startsWith('/v1/messages'))
    return 'anthropic';
  return 'openai';
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts a loopback server that speaks the OpenAI (Chat Completions, Responses,
 * Embeddings), Anthropic (Messages, count_tokens), Bedrock (invoke streams in AWS
 * event-stream framing, Converse) and Gemini (generateContent, streamGenerateContent,
 * embedContent, batchEmbedContents) wire formats well enough for the official SDKs and the
 * AI SDK's providers, with deterministic usage, scripted usage and faults, and a request log.
 */
export async function startMockProvider(options: MockProviderOptions = {}): Promise<MockProvider> {
  const host = options.host ?? '127.0.0.1';
  const defaultOutputTokens = options.defaultOutputTokens ?? 16;
  const requests: MockRequest[] = [];
  const rules = new RuleQueue();
  const sockets = new Set<Socket>();
  const inFlight = new Set<AbortController>();
  const waiters = new Set<() => void>();
  let sequence = 0;
  const nextId = (prefix: string): string => {
    sequence += 1;
    return `${prefix}mock${String(sequence).padStart(6, '0')}`;
  };
  const countInput = (kind: InputKind, body: unknown): Promise<number> =>
    Promise.resolve(
      options.countTokens ? options.countTokens(kind, body) : countInputTokens(kind, body),
    );

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', 'http://mock.invalid');
    const method = incoming.method ?? 'GET';
    const path = url.pathname;
    const canonical = canonicalPath(method, path, ROUTES);
    const route = canonical === undefined ? undefined : ROUTES[canonical.key];
    const provider = providerOf(route, incoming, path);
    const raw = await readBody(incoming);
    let body: unknown;
    let malformed = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        malformed = true;
      }
    }
    const logged: MockRequest = {
      id: nextId('req_'),
      method,
      path,
      query: url.search,
      provider,
      headers: redactHeaders(incoming.headers),
      body,
      receivedAt: Date.now(),
      attempt: attemptFrom(incoming.headers),
    };
    requests.push(logged);
    for (const wake of [...waiters]) wake();

    const controller = new AbortController();
    inFlight.add(controller);
    response.on('close', () => {
      controller.abort();
      inFlight.delete(controller);
    });
    const respond = malformed ? {} : (rules.take(logged) ?? {});
    const exchange: Exchange = {
      request: logged,
      // Fields a provider's path carries (Bedrock's and Vertex's model) join the body.
      body: isRecord(body) ? { ...body, ...canonical?.bodyFields } : {},
      respond,
      latencyMs: respond.latencyMs ?? options.latencyMs ?? 0,
      chunkDelayMs: respond.chunkDelayMs ?? options.chunkDelayMs ?? 0,
      defaultOutputTokens,
      response,
      signal: controller.signal,
      countInput: (kind) => countInput(kind, body),
      nextId,
      ...(canonical?.framing === undefined ? {} : { framing: canonical.framing }),
    };

    if (malformed || (route !== undefined && !isRecord(body))) {
      await sendBadRequest(exchange, 'We could not parse the JSON body of your request.', null);
      return;
    }
    if (respond.status !== undefined && respond.status >= 400) {
      await sendError(exchange, respond.status);
      return;
    }
    if (respond.dropAfterChunks !== undefined && exchange.body.stream !== true) {
      await dropConnection(exchange);
      return;
    }
    if (route === undefined) {
      if (method === 'GET' && path === '/v1/models') {
        await handleModels(exchange);
        return;
      }
      await sendNotFound(exchange, method, path);
      return;
    }
    const missing = route.required.find((key) => exchange.body[key] === undefined);
    if (missing !== undefined) {
      await sendBadRequest(exchange, missingMessage(provider, missing), missing);
      return;
    }
    await route.handler(exchange);
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      // A handler bug must not take the server down: answer 500 if still possible.
      const message = `mock-provider: ${error instanceof Error ? error.message : String(error)}`;
      if (!response.headersSent) {
        const path = new URL(incoming.url ?? '/', 'http://mock.invalid').pathname;
        const key = canonicalPath(incoming.method ?? 'GET', path, ROUTES)?.key;
        const provider = providerOf(key === undefined ? undefined : ROUTES[key], incoming, path);
        const body = errorBody(provider, 500, nextId('req_'), { message });
        writeJson(response, 500, body, {});
      } else {
        response.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  const tokenizerReady = options.countTokens === undefined ? loadTokenizer() : Promise.resolve();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  await tokenizerReady;

  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  let closing: Promise<void> | undefined;

  return {
    url,
    openaiBaseURL: `${url}/v1`,
    anthropicBaseURL: url,
    googleBaseURL: `${url}/v1beta`,
    port,
    requests,
    script(rule) {
      rules.add(rule);
    },
    reset() {
      requests.length = 0;
      rules.clear();
    },
    waitForRequests(count, waitOptions = {}) {
      const timeoutMs = waitOptions.timeoutMs ?? 5000;
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (requests.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(requests);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `waitForRequests: got ${requests.length} of ${count} requests in ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const controller of inFlight) controller.abort();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function missingMessage(provider: ProviderName, key: string): string {
  if (provider === 'google') return `* GenerateContentRequest.${key}: must be specified`;
  return provider === 'openai' ? `Missing required parameter: '${key}'.` : `${key}: Field required`;
}

async function sendBadRequest(
  exchange: Exchange,
  message: string,
  param: string | null,
): Promise<void> {
  const { provider, id } = exchange.request;
  const body = errorBody(provider, 400, id, {
    message,
    ...(provider === 'bedrock' || provider === 'google'
      ? {}
      : { type: 'invalid_request_error', param, code: null }),
  });
  await sendJson(exchange, 400, body);
}

async function sendNotFound(exchange: Exchange, method: string, path: string): Promise<void> {
  const { provider, id } = exchange.request;
  const message =
    provider === 'openai' ? `Invalid URL (${method} ${path})` : `Not found: ${method} ${path}`;
  const body = errorBody(provider, 404, id, { message, code: null });
  await sendJson(exchange, 404, body);
}
