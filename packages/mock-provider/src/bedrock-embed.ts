/**
 * Amazon Titan text embeddings through Bedrock's `InvokeModel` (`POST /model/{id}/invoke`
 * with a `titan-embed` model), as `@ai-sdk/amazon-bedrock` calls them: `{ inputText }` in,
 * `{ embedding, inputTextTokenCount }` out. Titan counts the tokens it embedded.
 */
import { countTextTokens } from './count-input-tokens.js';
import { type Exchange, readCount, sendJson } from './exchange.js';
import { overrideNumber } from './merge-usage.js';
import { embeddingVector } from './openai-embeddings.js';

/** Titan Text Embeddings V2's default size (`dimensions` asks for 512 or 256); V1's is 1536. */
const DEFAULT_DIMENSIONS = 1024;

/**
 * `POST /model/{titan-embed model}/invoke`: a unit vector derived from `inputText`, and its
 * token count (a scripted `usage: { inputTextTokenCount }` overrides it).
 */
export async function handleBedrockTitanEmbed(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const text = typeof body.inputText === 'string' ? body.inputText : '';
  const dimensions = readCount(body, 'dimensions') ?? DEFAULT_DIMENSIONS;
  const scripted = overrideNumber(exchange.respond.usage, 'inputTextTokenCount');
  await sendJson(exchange, 200, {
    embedding: Array.from(embeddingVector(text, dimensions)),
    inputTextTokenCount: scripted ?? (await countTextTokens(text)),
  });
}
