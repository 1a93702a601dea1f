/** Titan text embeddings through Bedrock's `InvokeModel`, as the mock serves them. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countTextTokens } from './count-input-tokens.js';
import { embeddingVector } from './openai-embeddings.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const path = '/model/amazon.titan-embed-text-v2%3A0/invoke';

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('Titan text embeddings (invoke)', () => {
  it('embeds inputText and counts its tokens, 1024 values unless dimensions asks fewer', async () => {
    const { json } = await post({ inputText: 'hello there' });
    expect(json.inputTextTokenCount).toBe(await countTextTokens('hello there'));
    expect(json.embedding).toEqual(Array.from(embeddingVector('hello there', 1024)));
    const smaller = await post({ inputText: 'hello there', dimensions: 256 });
    expect(smaller.json.embedding).toHaveLength(256);
    expect(mock.requests.map((request) => [request.provider, request.path, request.body])).toEqual([
      ['bedrock', path, { inputText: 'hello there' }],
      ['bedrock', path, { inputText: 'hello there', dimensions: 256 }],
    ]);
  });

  it('reports a scripted token count, and refuses a body without inputText', async () => {
    mock.script({ respond: { usage: { inputTextTokenCount: 42 } } });
    expect((await post({ inputText: 'hi' })).json.inputTextTokenCount).toBe(42);
    expect((await post({ texts: ['hi'] })).status).toBe(400);
  });

  it('leaves Anthropic messages on invoke as they were', async () => {
    const response = await fetch(`${mock.url}/model/anthropic.claude-haiku-4-5%3A0/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 5,
        messages: [{ role: 'user', content: 'Hi' }],
      }),
    });
    expect(((await response.json()) as { type: string }).type).toBe('message');
  });
});
