/**
 * Gemini's `embedContent` (one text) and `batchEmbedContents` (several), as `@ai-sdk/google`
 * and `@ai-sdk/google-vertex` call them, and Vertex AI's `predict` for text embeddings. The
 * Gemini API returns no token count for embeddings, only the vectors; Vertex AI counts
 * them (`usageMetadata.promptTokenCount`, `statistics.token_count` per instance).
 */
import { countTextTokens, isRecord, stringLeaves } from './count-input-tokens.js';
import { type Exchange, readCount, sendJson } from './exchange.js';
import { overrideNumber } from './merge-usage.js';
import { embeddingVector } from './openai-embeddings.js';

/** `gemini-embedding-001`'s default size; `outputDimensionality` asks for fewer. */
const DEFAULT_DIMENSIONS = 3072;

/**
 * `POST .../models/{model}:embedContent`: `{ embedding: { values } }`, with
 * `usageMetadata.promptTokenCount` on Vertex AI's paths (scripted `usage` overrides it).
 */
export async function handleGeminiEmbed(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const config = isRecord(body.embedContentConfig) ? body.embedContentConfig : body;
  const embedding = embed({
    content: body.content,
    outputDimensionality: config.outputDimensionality,
  });
  if (!isVertex(exchange)) {
    await sendJson(exchange, 200, { embedding });
    return;
  }
  const counted = await exchange.countInput('gemini-embeddings');
  const promptTokenCount = overrideNumber(exchange.respond.usage, 'promptTokenCount') ?? counted;
  await sendJson(exchange, 200, { embedding, usageMetadata: { promptTokenCount } });
}

/**
 * `POST .../publishers/google/models/{model}:predict` (Vertex AI text embeddings):
 * `{ predictions: [{ embeddings: { values, statistics: { token_count } } }] }`, each count
 * that instance's text tokens, or a scripted `usage: { token_count }`.
 */
export async function handleVertexPredict(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const instances = Array.isArray(body.instances) ? body.instances : [];
  const parameters = isRecord(body.parameters) ? body.parameters : {};
  const scripted = overrideNumber(exchange.respond.usage, 'token_count');
  const predictions = [];
  for (const instance of instances) {
    const content =
      isRecord(instance) && typeof instance.content === 'string' ? instance.content : '';
    const values = embed({ content, outputDimensionality: parameters.outputDimensionality }).values;
    const tokenCount = scripted ?? (await countTextTokens(content));
    predictions.push({
      embeddings: { values, statistics: { token_count: tokenCount, truncated: false } },
    });
  }
  await sendJson(exchange, 200, { predictions });
}

function isVertex(exchange: Exchange): boolean {
  return exchange.request.path.includes('/publishers/google/');
}

/** `POST .../models/{model}:batchEmbedContents`: `{ embeddings: [{ values }, …] }`. */
export async function handleGeminiBatchEmbed(exchange: Exchange): Promise<void> {
  const requests = Array.isArray(exchange.body.requests) ? exchange.body.requests : [];
  await sendJson(exchange, 200, {
    embeddings: requests.map((request) => embed(isRecord(request) ? request : {})),
  });
}

/** A deterministic unit vector of one request's text, at the size it asks for. */
function embed(request: Readonly<Record<string, unknown>>): { values: number[] } {
  const text = stringLeaves(request.content).join('');
  const dimensions = readCount(request, 'outputDimensionality') ?? DEFAULT_DIMENSIONS;
  return { values: Array.from(embeddingVector(text, dimensions)) };
}
