import {
  bedrockConverseFraming,
  bedrockInvokeFraming,
  type StreamFraming,
} from './aws-event-stream.js';

/**
 * The wire paths of the providers the official SDKs reach through other base URLs, mapped
 * to the mock's canonical routes:
 * - OpenAI-compatible providers put the same endpoints under their own prefix
 *   (`/openai/v1/chat/completions` on Groq, `/api/v1/...` on OpenRouter, `/v1beta/openai/...`
 *   on Gemini, `/openai/deployments/{name}/...` on Azure, none on DeepSeek).
 * - `AnthropicBedrock` posts a message to `/model/{id}/invoke` (model in the path, not the body),
 *   or `/model/{id}/invoke-with-response-stream` for a stream, answered in AWS event-stream framing.
 * - Bedrock Converse (the AI SDK's `@ai-sdk/amazon-bedrock`) posts to `/model/{id}/converse`
 *   and `/model/{id}/converse-stream`, its own request and response shapes; its Titan
 *   embedding model posts `{ inputText }` to `/model/{titan-embed model}/invoke`.
 * - `AnthropicVertex` posts to `.../publishers/anthropic/models/{id}:rawPredict` or
 *   `:streamRawPredict`, and counts tokens at `.../models/count-tokens:rawPredict`.
 * - Gemini (`@ai-sdk/google`, and Vertex AI's Gemini under `.../publishers/google`) puts the
 *   model and the action in the path: `/v1beta/models/{id}:generateContent`,
 *   `:streamGenerateContent`, `:embedContent`, `:batchEmbedContents`; Vertex AI embeds text
 *   with `.../publishers/google/models/{id}:predict`.
 */

/** The canonical route a wire path stands for, and the body fields its path carries. */
export interface CanonicalPath {
  /** `METHOD /v1/...`, a key of the mock's routes. */
  readonly key: string;
  /** Fields the provider moved from the body into the path (`model`, `stream`). */
  readonly bodyFields: Readonly<Record<string, unknown>>;
  /** How a stream on this path is framed, when not SSE (Bedrock's AWS event stream). */
  readonly framing?: StreamFraming;
}

/** The mock's route for Bedrock Converse (both paths; `stream` tells them apart). */
export const BEDROCK_CONVERSE_ROUTE = 'POST /model/{id}/converse';

/** The mock's route for Titan text embeddings (`invoke` with a `titan-embed` model). */
export const BEDROCK_TITAN_EMBED_ROUTE = 'POST /model/{titan-embed}/invoke';

const COMPATIBLE_TAILS = ['/chat/completions', '/responses', '/embeddings'] as const;
const BEDROCK_INVOKE =
  /\/model\/([^/]+)\/(invoke|invoke-with-response-stream|converse|converse-stream)$/;
const VERTEX_PREDICT = /\/publishers\/anthropic\/models\/([^/:]+):(rawPredict|streamRawPredict)$/;
const GEMINI_ACTION =
  /\/models\/([^/:]+):(generateContent|streamGenerateContent|embedContent|batchEmbedContents)$/;
const VERTEX_EMBED_PREDICT = /\/publishers\/google\/models\/([^/:]+):predict$/;

/** The canonical route of each Gemini action (the model travels in the path). */
export const GEMINI_ROUTES = {
  generateContent: 'POST /v1beta/models:generateContent',
  streamGenerateContent: 'POST /v1beta/models:streamGenerateContent',
  embedContent: 'POST /v1beta/models:embedContent',
  batchEmbedContents: 'POST /v1beta/models:batchEmbedContents',
  /** Vertex AI's text embeddings (`.../publishers/google/models/{id}:predict`). */
  predict: 'POST /v1beta/models:predict',
} as const;

/**
 * The canonical route of `method path`: itself when it is one of `routes`, else the route a
 * provider's own path stands for, else `undefined` (answered 404).
 */
export function canonicalPath(
  method: string,
  path: string,
  routes: Readonly<Record<string, unknown>>,
): CanonicalPath | undefined {
  const key = `${method} ${path}`;
  if (routes[key] !== undefined) return { key, bodyFields: {} };
  if (method !== 'POST') return undefined;
  const bedrock = BEDROCK_INVOKE.exec(path);
  if (bedrock !== null) return bedrockPath(decode(bedrock[1] ?? ''), bedrock[2] ?? '');
  const vertex = VERTEX_PREDICT.exec(path);
  if (vertex !== null) {
    const model = decode(vertex[1] ?? '');
    if (model === 'count-tokens') return { key: 'POST /v1/messages/count_tokens', bodyFields: {} };
    const stream = vertex[2] === 'streamRawPredict';
    return { key: 'POST /v1/messages', bodyFields: { model, ...(stream ? { stream } : {}) } };
  }
  const predict = VERTEX_EMBED_PREDICT.exec(path);
  if (predict !== null) {
    return { key: GEMINI_ROUTES.predict, bodyFields: { model: decode(predict[1] ?? '') } };
  }
  const gemini = GEMINI_ACTION.exec(path);
  if (gemini !== null) {
    const action = gemini[2] as keyof typeof GEMINI_ROUTES;
    const stream = action === 'streamGenerateContent';
    const model = decode(gemini[1] ?? '');
    return { key: GEMINI_ROUTES[action], bodyFields: { model, ...(stream ? { stream } : {}) } };
  }
  const tail = COMPATIBLE_TAILS.find((candidate) => path.endsWith(candidate));
  return tail === undefined ? undefined : { key: `POST /v1${tail}`, bodyFields: {} };
}

/** A Bedrock runtime path: Anthropic's Messages or Titan embeddings through `invoke`, or Converse. */
function bedrockPath(model: string, action: string): CanonicalPath {
  if (action === 'invoke' && model.includes('titan-embed'))
    return { key: BEDROCK_TITAN_EMBED_ROUTE, bodyFields: { model } };
  const stream = action.endsWith('stream');
  if (action.startsWith('converse')) {
    return {
      key: BEDROCK_CONVERSE_ROUTE,
      bodyFields: { model, stream },
      framing: bedrockConverseFraming,
    };
  }
  return stream
    ? { key: 'POST /v1/messages', bodyFields: { model, stream }, framing: bedrockInvokeFraming }
    : { key: 'POST /v1/messages', bodyFields: { model } };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
