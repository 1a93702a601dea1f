import { type Exchange, readCount, sendJson } from './exchange.js';
import { mergeUsage } from './merge-usage.js';

/** Vector sizes of the known embedding models; anything else gets 1536. */
const MODEL_DIMENSIONS: Readonly<Record<string, number>> = {
  'text-embedding-3-large': 3072,
  'text-embedding-3-small': 1536,
  'text-embedding-ada-002': 1536,
};

/**
 * `POST /v1/embeddings`. `encoding_format: "base64"` (what the SDK sends by default) gets
 * base64 of little-endian float32 vectors; `float` gets number arrays of the same float32
 * values. Vectors are unit length and derived from the input, so equal inputs embed equally.
 */
export async function handleOpenAIEmbeddings(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const model = String(body.model);
  const dimensions = readCount(body, 'dimensions') ?? MODEL_DIMENSIONS[model] ?? 1536;
  const base64 = body.encoding_format === 'base64';
  const inputs = embeddingInputs(body.input);
  const promptTokens = await exchange.countInput('embeddings');
  const data = inputs.map((input, index) => {
    const vector = embeddingVector(input, dimensions);
    return {
      object: 'embedding',
      index,
      embedding: base64 ? float32Base64(vector) : Array.from(vector),
    };
  });
  const usage = mergeUsage(
    { prompt_tokens: promptTokens, total_tokens: promptTokens },
    exchange.respond.usage,
  );
  const reported = exchange.respond.omitUsage === true ? {} : { usage };
  await sendJson(exchange, 200, { object: 'list', data, model, ...reported });
}

/** One seed text per embedding: a string, or a token array rendered as text. */
function embeddingInputs(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) return [];
  if (input.every((item) => typeof item === 'number')) return [input.join(',')];
  return input.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

/** A deterministic unit vector seeded by the text (FNV-1a hash into a xorshift generator). */
export function embeddingVector(text: string, dimensions: number): Float32Array {
  let state = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    state ^= text.charCodeAt(index);
    state = Math.imul(state, 0x01000193) >>> 0;
  }
  if (state === 0) state = 1;
  const vector = new Float32Array(dimensions);
  let norm = 0;
  for (let index = 0; index < dimensions; index += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const value = state / 0xffffffff - 0.5;
    vector[index] = value;
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let index = 0; index < dimensions; index += 1) vector[index] = (vector[index] ?? 0) * scale;
  return vector;
}

/** Base64 of the vector as little-endian float32, the wire form of `encoding_format: base64`. */
export function float32Base64(vector: Float32Array): string {
  const view = new DataView(new ArrayBuffer(vector.length * 4));
  vector.forEach((value, index) => {
    view.setFloat32(index * 4, value, true);
  });
  return Buffer.from(view.buffer).toString('base64');
}
