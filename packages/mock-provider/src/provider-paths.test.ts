import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedrockConverseFraming, bedrockInvokeFraming } from './aws-event-stream.js';
import { BEDROCK_CONVERSE_ROUTE, canonicalPath } from './provider-paths.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

const routes = {
  'POST /v1/chat/completions': 1,
  'POST /v1/responses': 1,
  'POST /v1/embeddings': 1,
  'POST /v1/messages': 1,
  'POST /v1/messages/count_tokens': 1,
};

describe('canonicalPath', () => {
  it('keeps a canonical route as it is', () => {
    expect(canonicalPath('POST', '/v1/messages', routes)).toEqual({
      key: 'POST /v1/messages',
      bodyFields: {},
    });
  });

  it('maps OpenAI-compatible prefixes to the OpenAI routes', () => {
    for (const [path, key] of [
      ['/chat/completions', 'POST /v1/chat/completions'],
      ['/openai/v1/chat/completions', 'POST /v1/chat/completions'],
      ['/api/v1/responses', 'POST /v1/responses'],
      ['/v1beta/openai/embeddings', 'POST /v1/embeddings'],
      ['/openai/deployments/my-gpt/chat/completions', 'POST /v1/chat/completions'],
    ] as const) {
      expect(canonicalPath('POST', path, routes)).toEqual({ key, bodyFields: {} });
    }
  });

  it("takes Bedrock's and Vertex's model (and Vertex's stream) from the path", () => {
    expect(canonicalPath('POST', '/model/anthropic.claude-v1%3A0/invoke', routes)).toEqual({
      key: 'POST /v1/messages',
      bodyFields: { model: 'anthropic.claude-v1:0' },
    });
    const vertex = '/v1/projects/p/locations/us-east5/publishers/anthropic/models';
    expect(canonicalPath('POST', `${vertex}/claude-x@2025:rawPredict`, routes)).toEqual({
      key: 'POST /v1/messages',
      bodyFields: { model: 'claude-x@2025' },
    });
    expect(canonicalPath('POST', `${vertex}/claude-x@2025:streamRawPredict`, routes)).toEqual({
      key: 'POST /v1/messages',
      bodyFields: { model: 'claude-x@2025', stream: true },
    });
    expect(canonicalPath('POST', `${vertex}/count-tokens:rawPredict`, routes)).toEqual({
      key: 'POST /v1/messages/count_tokens',
      bodyFields: {},
    });
    // A segment that is not valid percent-encoding is taken as it is.
    expect(canonicalPath('POST', '/model/bad%E0%A4%A/invoke', routes)?.bodyFields).toEqual({
      model: 'bad%E0%A4%A',
    });
  });

  it('routes Bedrock streams and Converse, framed as AWS event streams', () => {
    expect(canonicalPath('POST', '/model/m%3A0/invoke-with-response-stream', routes)).toEqual({
      key: 'POST /v1/messages',
      bodyFields: { model: 'm:0', stream: true },
      framing: bedrockInvokeFraming,
    });
    expect(canonicalPath('POST', '/model/amazon.nova-lite-v1%3A0/converse', routes)).toEqual({
      key: BEDROCK_CONVERSE_ROUTE,
      bodyFields: { model: 'amazon.nova-lite-v1:0', stream: false },
      framing: bedrockConverseFraming,
    });
    expect(canonicalPath('POST', '/model/x/converse-stream', routes)?.bodyFields).toEqual({
      model: 'x',
      stream: true,
    });
  });

  it('leaves everything else unrouted (a 404)', () => {
    expect(canonicalPath('GET', '/openai/v1/chat/completions', routes)).toBeUndefined();
    expect(canonicalPath('POST', '/v1/unknown', routes)).toBeUndefined();
    expect(canonicalPath('POST', '/model/x/invoke-stream', routes)).toBeUndefined();
  });
});

describe('the server at providers’ own paths', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider();
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  const post = (path: string, body: unknown) =>
    fetch(`${mock.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers a Bedrock invoke as a message for the model in the path, logging the wire body', async () => {
    const body = {
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 8,
      messages: [{ role: 'user', content: 'Hi' }],
    };
    const response = await post('/model/anthropic.claude-haiku-4-5-20251001-v1:0/invoke', body);
    expect(response.status).toBe(200);
    const message = (await response.json()) as { model: string; usage: object };
    expect(message.model).toBe('anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(message.usage).toMatchObject({ output_tokens: 8 });
    expect(mock.requests[0]).toMatchObject({ provider: 'anthropic', body });
  });

  it('streams a Vertex streamRawPredict as Anthropic server-sent events', async () => {
    const response = await post(
      '/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-haiku-4-5@20251001:streamRawPredict',
      {
        anthropic_version: 'vertex-2023-10-16',
        max_tokens: 4,
        messages: [{ role: 'user', content: 'Hi' }],
        stream: true,
      },
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(await response.text()).toContain('event: message_stop');
  });

  it('answers a chat completion under any OpenAI-compatible prefix', async () => {
    const response = await post('/openai/v1/chat/completions', {
      model: 'llama-3.3-70b-versatile',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(response.status).toBe(200);
    expect(mock.requests[0]?.provider).toBe('openai');
  });
});
