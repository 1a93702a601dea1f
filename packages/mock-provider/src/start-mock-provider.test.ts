import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loremText } from './lorem.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  mock = await startMockProvider();
  openai = new OpenAI({ apiKey: 'sk-secret', baseURL: mock.openaiBaseURL, maxRetries: 0 });
  anthropic = new Anthropic({
    apiKey: 'sk-ant-secret',
    baseURL: mock.anthropicBaseURL,
    maxRetries: 0,
  });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const chatBody = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }] };
const messageBody = {
  model: 'claude-opus-4-8',
  max_tokens: 64,
  messages: [{ role: 'user' as const, content: 'Hi' }],
};

function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('startMockProvider', () => {
  it('listens on a free loopback port with provider base URLs', () => {
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.openaiBaseURL).toBe(`${mock.url}/v1`);
    expect(mock.anthropicBaseURL).toBe(mock.url);
    expect(mock.port).toBeGreaterThan(0);
  });

  it('logs every request with redacted credentials and the attempt number', async () => {
    await openai.chat.completions.create(chatBody);
    await anthropic.messages.create(messageBody);
    await post('/v1/chat/completions', JSON.stringify(chatBody), {
      'api-key': 'azure-secret',
      'x-api-key': 'k',
    });
    const [first, second, third] = mock.requests;
    expect(first).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      provider: 'openai',
      body: chatBody,
      attempt: 0,
    });
    expect(first?.headers.authorization).toBe('[REDACTED]');
    expect(first?.headers['x-stainless-retry-count']).toBe('0');
    expect(first?.receivedAt).toBeTypeOf('number');
    expect(second).toMatchObject({
      path: '/v1/messages',
      provider: 'anthropic',
      body: messageBody,
    });
    expect(second?.headers.authorization ?? second?.headers['x-api-key']).toBe('[REDACTED]');
    expect(third?.headers['api-key']).toBe('[REDACTED]');
    expect(third?.headers['x-api-key']).toBe('[REDACTED]');
    expect(JSON.stringify(mock.requests)).not.toContain('secret');
    expect(new Set(mock.requests.map((request) => request.id)).size).toBe(3);
  });

  it('consumes rules in order, each once per matching request', async () => {
    mock.script({ match: { path: '/v1/embeddings' }, respond: { status: 500 } });
    mock.script({
      times: 2,
      match: { provider: 'openai', model: /^gpt-/ },
      respond: { text: 'one two' },
    });
    mock.script({ match: (request) => request.provider === 'openai', respond: { text: 'third' } });
    const texts: Array<string | null | undefined> = [];
    for (let index = 0; index < 4; index += 1) {
      const completion = await openai.chat.completions.create(chatBody);
      texts.push(completion.choices[0]?.message.content);
    }
    expect(texts).toEqual(['one two', 'one two', 'third', loremText(16)]);
    // The embeddings rule never matched, so it is still queued.
    await expect(
      openai.embeddings.create({ model: 'text-embedding-3-small', input: 'x' }),
    ).rejects.toThrow(OpenAI.InternalServerError);
  });

  it('keeps times: Infinity rules and matches on stream', async () => {
    mock.script({
      times: Number.POSITIVE_INFINITY,
      match: { stream: false },
      respond: { outputTokens: 2 },
    });
    for (let index = 0; index < 3; index += 1) {
      const completion = await openai.chat.completions.create(chatBody);
      expect(completion.usage?.completion_tokens).toBe(2);
    }
    const streamed = await openai.chat.completions
      .stream({ ...chatBody, stream_options: { include_usage: true } })
      .finalChatCompletion();
    expect(streamed.usage?.completion_tokens).toBe(16);
    expect(() => mock.script({ times: 0, respond: {} })).toThrow(RangeError);
  });

  it('reset() clears the log and the rules', async () => {
    mock.script({ respond: { status: 500 } });
    await post('/v1/nowhere', '{}');
    mock.reset();
    expect(mock.requests).toHaveLength(0);
    const completion = await openai.chat.completions.create(chatBody);
    expect(completion.object).toBe('chat.completion');
  });

  it('answers unknown paths with each provider’s 404 body', async () => {
    const openaiResponse = await post('/v1/unknown', '{}');
    expect(openaiResponse.status).toBe(404);
    expect(await openaiResponse.json()).toEqual({
      error: {
        message: 'Invalid URL (POST /v1/unknown)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    });
    const anthropicResponse = await post('/v1/unknown', '{}', {
      'anthropic-version': '2023-06-01',
    });
    expect(anthropicResponse.status).toBe(404);
    expect(anthropicResponse.headers.get('request-id')).toMatch(/^req_/);
    expect(await anthropicResponse.json()).toMatchObject({
      type: 'error',
      error: { type: 'not_found_error' },
    });
  });

  it('answers malformed JSON and missing fields with 400s and keeps serving', async () => {
    const openaiResponse = await post('/v1/chat/completions', '{"model":');
    expect(openaiResponse.status).toBe(400);
    expect(await openaiResponse.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
    const anthropicResponse = await post('/v1/messages', 'not json');
    expect(anthropicResponse.status).toBe(400);
    expect(await anthropicResponse.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error' },
    });
    expect(mock.requests[1]?.body).toBe('not json');

    const error = await anthropic.messages
      .create({ model: 'claude-opus-4-8', messages: [] } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect(error).toMatchObject({ error: { error: { message: 'max_tokens: Field required' } } });
    const array = await post('/v1/chat/completions', '[1,2]');
    expect(array.status).toBe(400);
    expect((await openai.chat.completions.create(chatBody)).object).toBe('chat.completion');
  });

  it('lists models for both SDKs', async () => {
    const openaiModels = [];
    for await (const model of openai.models.list()) openaiModels.push(model.id);
    expect(openaiModels).toContain('gpt-4o');
    const anthropicModels = [];
    for await (const model of anthropic.models.list()) anthropicModels.push(model.id);
    expect(anthropicModels).toContain('claude-opus-4-8');
  });

  it('waitForRequests resolves once enough requests arrived, and times out otherwise', async () => {
    const waiting = mock.waitForRequests(2);
    await openai.chat.completions.create(chatBody);
    await openai.chat.completions.create(chatBody);
    expect(await waiting).toHaveLength(2);
    await expect(mock.waitForRequests(5, { timeoutMs: 10 })).rejects.toThrow(/2 of 5/);
  });
});

describe('options and shutdown', () => {
  it('honours defaultOutputTokens, countTokens and latencyMs', async () => {
    const custom = await startMockProvider({
      defaultOutputTokens: 4,
      countTokens: () => 1234,
      latencyMs: 5,
      chunkDelayMs: 1,
    });
    try {
      const client = new OpenAI({ apiKey: 'k', baseURL: custom.openaiBaseURL, maxRetries: 0 });
      const completion = await client.chat.completions.create(chatBody);
      expect(completion.usage).toMatchObject({
        prompt_tokens: 1234,
        completion_tokens: 4,
        total_tokens: 1238,
      });
      const final = await client.chat.completions
        .stream({ ...chatBody, stream_options: { include_usage: true } })
        .finalChatCompletion();
      expect(final.choices[0]?.message.content).toBe(loremText(4));
    } finally {
      await custom.close();
    }
  });

  it('close() resolves with an open stream and stops the client cleanly', async () => {
    const closing = await startMockProvider({ chunkDelayMs: 60_000 });
    const client = new Anthropic({ apiKey: 'k', baseURL: closing.anthropicBaseURL, maxRetries: 0 });
    const stream = await client.messages.create({ ...messageBody, stream: true });
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value?.type).toBe('message_start');
    const pending = iterator.next();
    await closing.close();
    await closing.close();
    await expect(pending).rejects.toThrow();
  });
});
