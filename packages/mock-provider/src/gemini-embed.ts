/**
 * Gemini's `embedContent` (one text) and `batchEmbedContents` (several), as `@ai-sdk/google`
 * calls them. Gemini returns no token count for embeddings: only the vectors.
 */
import { isRecord, stringLeaves } from './count-input-tokens.js';
import { type Exchange, readCount, sendJson } from './exchange.js';
import { embeddingVector } from './openai-embeddings.js';

/** `gemini-embedding-001`'s default size; `outputDimensionality` asks for fewer. */
const DEFAULT_DIMENSIONS = 3072;

/** `POST .../models/{model}:embedContent`: `{ embedding: { values } }`. */
export async function handleGeminiEmbed(exchange: Exchange): Promise<void> {
  await sendJson(exchange, 200, { embedding: embed(exchange.body) });
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
