import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  countTextTokens,
  MESSAGE_FRAMING_TOKENS,
  REPLY_PRIMING_TOKENS,
} from './count-input-tokens.js';
import { embeddingVector } from './openai-embeddings.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider();
});
beforeEach(() => mock.reset());
afterAll(() => mock.close());

type Json = Record<string, unknown>;

async function post(path: string, body: unknown): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': 'secret' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Json };
}

async function streamChunks(path: string, body: unknown): Promise<Json[]> {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((event) => event.startsWith('data: '))
    .map((event) => JSON.parse(event.slice('data: '.length)) as Json);
}

/** The first candidate of a response or chunk. */
function candidateOf(json: Json | undefined): Json {
  const candidates = json?.candidates;
  return Array.isArray(candidates) ? (candidates[0] as Json) : {};
}

const prompt = {
  systemInstruction: { parts: [{ text: 'Be brief.' }] },
  contents: [{ role: 'user', parts: [{ text: 'Say hello' }] }],
};

async function promptTokens(): Promise<number> {
  return (
    REPLY_PRIMING_TOKENS +
    2 * MESSAGE_FRAMING_TOKENS +
    (await countTextTokens('Be brief.')) +
    (await countTextTokens('Say hello'))
  );
}

describe('Gemini generateContent', () => {
  it('answers with a candidate and usageMetadata, the model taken from the path', async () => {
    const { status, json } = await post('/v1beta/models/gemini-2.5-flash:generateContent', {
      ...prompt,
      generationConfig: { maxOutputTokens: 5 },
    });
    expect(status).toBe(200);
    const input = await promptTokens();
    expect(json.usageMetadata).toEqual({
      promptTokenCount: input,
      candidatesTokenCount: 5,
      totalTokenCount: input + 5,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: input }],
    });
    expect(json.modelVersion).toBe('gemini-2.5-flash');
    const candidate = candidateOf(json);
    expect(candidate?.finishReason).toBe('MAX_TOKENS');
    expect(mock.requests[0]?.provider).toBe('google');
    expect(mock.requests[0]?.headers['x-goog-api-key']).toBe('[REDACTED]');
  });

  it('answers Vertex AI paths the same way', async () => {
    const path =
      '/v1/projects/acme/locations/us-central1/publishers/google/models/gemini-2.5-pro:generateContent';
    const { status, json } = await post(path, prompt);
    expect(status).toBe(200);
    expect(json.modelVersion).toBe('gemini-2.5-pro');
  });

  it('merges scripted usage and recounts the total with thoughts and tool-use tokens', async () => {
    mock.script({
      respond: {
        text: 'hi there',
        usage: { cachedContentTokenCount: 4, thoughtsTokenCount: 30, toolUsePromptTokenCount: 7 },
      },
    });
    const { json } = await post('/v1beta/models/gemini-2.5-flash:generateContent', prompt);
    const input = await promptTokens();
    expect(json.usageMetadata).toMatchObject({
      promptTokenCount: input,
      candidatesTokenCount: 2,
      cachedContentTokenCount: 4,
      thoughtsTokenCount: 30,
      toolUsePromptTokenCount: 7,
      totalTokenCount: input + 2 + 30 + 7,
    });
    const candidate = candidateOf(json);
    expect(candidate?.content).toEqual({ role: 'model', parts: [{ text: 'hi there' }] });
  });

  it('calls a function when forced, and answers in text after its response', async () => {
    const tools = [{ functionDeclarations: [{ name: 'weather', parameters: { type: 'OBJECT' } }] }];
    const toolConfig = { functionCallingConfig: { mode: 'ANY' } };
    const first = await post('/v1beta/models/gemini-2.5-flash:generateContent', {
      ...prompt,
      tools,
      toolConfig,
    });
    const called = candidateOf(first.json);
    expect(called?.content).toEqual({
      role: 'model',
      parts: [{ functionCall: { name: 'weather', args: {} } }],
    });
    const answer = await post('/v1beta/models/gemini-2.5-flash:generateContent', {
      contents: [
        ...prompt.contents,
        { role: 'model', parts: [{ functionCall: { name: 'weather', args: {} } }] },
        { role: 'user', parts: [{ functionResponse: { name: 'weather', response: { t: 20 } } }] },
      ],
      tools,
      toolConfig,
    });
    const answered = candidateOf(answer.json);
    expect(JSON.stringify(answered?.content)).toContain('"text"');
  });

  it('calls a scripted function with scripted arguments', async () => {
    mock.script({ respond: { toolCall: { name: 'lookup', arguments: '{"q":"x"}' } } });
    const { json } = await post('/v1beta/models/gemini-2.5-flash:generateContent', prompt);
    const candidate = candidateOf(json);
    expect(candidate?.content).toEqual({
      role: 'model',
      parts: [{ functionCall: { name: 'lookup', args: { q: 'x' } } }],
    });
  });

  it('answers JSON output with the smallest instance of the schema', async () => {
    const { json } = await post('/v1beta/models/gemini-2.5-flash:generateContent', {
      ...prompt,
      generationConfig: {
        responseMimeType: 'application/json',
        responseSchema: {
          type: 'OBJECT',
          properties: { name: { type: 'STRING' } },
          required: ['name'],
        },
      },
    });
    const candidate = candidateOf(json);
    const text = ((candidate.content as Json).parts as Json[])[0]?.text;
    expect(JSON.parse(String(text))).toEqual({ name: 'lorem' });
  });

  it('sends Google error bodies for scripted statuses, with retry-after on a 429', async () => {
    mock.script({ respond: { status: 429 } });
    const response = await fetch(`${mock.url}/v1beta/models/gemini-2.5-flash:generateContent`, {
      method: 'POST',
      body: JSON.stringify(prompt),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('0');
    expect(await response.json()).toEqual({
      error: {
        code: 429,
        message: 'You exceeded your current quota, please check your plan and billing details.',
        status: 'RESOURCE_EXHAUSTED',
      },
    });
  });

  it('refuses a body without contents with INVALID_ARGUMENT', async () => {
    const { status, json } = await post('/v1beta/models/gemini-2.5-flash:generateContent', {});
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  });
});

describe('Gemini streamGenerateContent', () => {
  const path = '/v1beta/models/gemini-2.5-flash:streamGenerateContent';

  it('streams text chunks with the usage so far, and the total on the last', async () => {
    const chunks = await streamChunks(`${path}?alt=sse`, {
      ...prompt,
      generationConfig: { maxOutputTokens: 3 },
    });
    const input = await promptTokens();
    expect(chunks).toHaveLength(4);
    expect(
      chunks.slice(0, 3).map((chunk) => (chunk.usageMetadata as Json).candidatesTokenCount),
    ).toEqual([1, 2, 3]);
    expect(chunks.at(-1)?.usageMetadata).toMatchObject({
      promptTokenCount: input,
      candidatesTokenCount: 3,
      totalTokenCount: input + 3,
    });
    const last = candidateOf(chunks.at(-1));
    expect(last?.finishReason).toBe('MAX_TOKENS');
  });

  it('streams a function call in the last chunk (a rule can match Gemini streams)', async () => {
    mock.script({ match: { stream: false }, respond: { text: 'not me' } });
    mock.script({ match: { provider: 'google', stream: true }, respond: { toolCall: true } });
    const chunks = await streamChunks(path, {
      ...prompt,
      tools: [{ functionDeclarations: [{ name: 'weather' }] }],
    });
    expect(chunks).toHaveLength(1);
    const candidate = candidateOf(chunks[0]);
    expect(candidate?.content).toEqual({
      role: 'model',
      parts: [{ functionCall: { name: 'weather', args: {} } }],
    });
    expect(candidate?.finishReason).toBe('STOP');
  });

  it('sends a Google error chunk mid-stream when scripted', async () => {
    mock.script({ respond: { errorEventAfterChunks: 1, text: 'one two three' } });
    const chunks = await streamChunks(path, prompt);
    expect(chunks).toHaveLength(2);
    expect(chunks[1]).toEqual({
      error: { code: 500, message: 'An internal error has occurred.', status: 'INTERNAL' },
    });
  });
});

describe('Gemini embeddings', () => {
  it('embeds one text with embedContent', async () => {
    const { json } = await post('/v1beta/models/gemini-embedding-001:embedContent', {
      model: 'models/gemini-embedding-001',
      content: { parts: [{ text: 'hello' }] },
      outputDimensionality: 8,
    });
    expect(json).toEqual({ embedding: { values: Array.from(embeddingVector('hello', 8)) } });
  });

  it('embeds several texts with batchEmbedContents, 3072 values by default', async () => {
    const { json } = await post('/v1beta/models/gemini-embedding-001:batchEmbedContents', {
      requests: ['a', 'b'].map((text) => ({
        model: 'models/gemini-embedding-001',
        content: { role: 'user', parts: [{ text }] },
      })),
    });
    const embeddings = json.embeddings as { values: number[] }[];
    expect(embeddings).toHaveLength(2);
    expect(embeddings[0]?.values).toHaveLength(3072);
    expect(embeddings[1]?.values).toEqual(Array.from(embeddingVector('b', 3072)));
  });

  const vertexModels = '/v1/projects/acme/locations/us-central1/publishers/google/models';

  it('counts the tokens on Vertex AI: embedContent usageMetadata, predict statistics', async () => {
    const one = await post(`${vertexModels}/gemini-embedding-2:embedContent`, {
      content: { parts: [{ text: 'hello world' }] },
      embedContentConfig: { outputDimensionality: 4 },
    });
    expect(one.json).toEqual({
      embedding: { values: Array.from(embeddingVector('hello world', 4)) },
      usageMetadata: { promptTokenCount: await countTextTokens('hello world') },
    });
    const many = await post(`${vertexModels}/text-embedding-005:predict`, {
      instances: [{ content: 'a b c' }, { content: 'd' }],
      parameters: { outputDimensionality: 2 },
    });
    expect(many.json).toEqual({
      predictions: [
        {
          embeddings: {
            values: Array.from(embeddingVector('a b c', 2)),
            statistics: { token_count: await countTextTokens('a b c'), truncated: false },
          },
        },
        {
          embeddings: {
            values: Array.from(embeddingVector('d', 2)),
            statistics: { token_count: await countTextTokens('d'), truncated: false },
          },
        },
      ],
    });
  });

  it('takes scripted token counts on Vertex AI', async () => {
    mock.script({ respond: { usage: { token_count: 100 } } });
    const many = await post(`${vertexModels}/text-embedding-005:predict`, {
      instances: [{ content: 'a' }, { task_type: 'x' }],
    });
    const predictions = many.json.predictions as { embeddings: { statistics: unknown } }[];
    expect(predictions.map((prediction) => prediction.embeddings.statistics)).toEqual([
      { token_count: 100, truncated: false },
      { token_count: 100, truncated: false },
    ]);
    mock.script({ respond: { usage: { promptTokenCount: 7 } } });
    const one = await post(`${vertexModels}/gemini-embedding-2:embedContent`, {
      content: { parts: [{ text: 'hello' }] },
    });
    expect(one.json.usageMetadata).toEqual({ promptTokenCount: 7 });
  });
});
