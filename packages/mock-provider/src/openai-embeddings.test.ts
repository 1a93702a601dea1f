import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTextTokens } from './count-input-tokens.js';
import { embeddingVector } from './openai-embeddings.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockProvider();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
});
afterAll(() => mock.close());

describe('embeddings', () => {
  it('answers the SDK default (base64) with vectors the SDK decodes', async () => {
    const result = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['hello world', 'bye'],
    });
    const sent = mock.requests.at(-1)?.body as Record<string, unknown> | undefined;
    expect(sent?.encoding_format).toBe('base64');
    expect(result.data).toHaveLength(2);
    expect(result.data[0]?.embedding).toHaveLength(1536);
    expect(result.data[0]?.embedding).toEqual(Array.from(embeddingVector('hello world', 1536)));
    const expectedTokens = (await countTextTokens('hello world')) + (await countTextTokens('bye'));
    expect(result.usage).toEqual({ prompt_tokens: expectedTokens, total_tokens: expectedTokens });
  });

  it('returns float arrays when asked, honouring dimensions', async () => {
    const result = await client.embeddings.create({
      model: 'text-embedding-3-large',
      input: 'hello',
      encoding_format: 'float',
      dimensions: 8,
    });
    const vector = result.data[0]?.embedding ?? [];
    expect(vector).toHaveLength(8);
    const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
    expect(norm).toBeCloseTo(1, 5);
  });

  it('counts token-array inputs by length', async () => {
    const result = await client.embeddings.create({
      model: 'text-embedding-3-large',
      input: [1, 2, 3, 4],
    });
    expect(result.usage.prompt_tokens).toBe(4);
    expect(result.data[0]?.embedding).toHaveLength(3072);
  });
});
