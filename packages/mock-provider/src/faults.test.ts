import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortsAfterHeaders } from './aborts-after-headers.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  mock = await startMockProvider();
  openai = new OpenAI({ apiKey: 'sk-test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
  anthropic = new Anthropic({
    apiKey: 'sk-ant-test',
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

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('HTTP errors and retries', () => {
  it('retries an OpenAI 429 with retry-after, seen as attempts 0 and 1', async () => {
    mock.script({ match: { provider: 'openai' }, respond: { status: 429 } });
    const completion = await openai.chat.completions.create(chatBody, { maxRetries: 2 });
    expect(completion.object).toBe('chat.completion');
    expect(mock.requests.map((request) => request.attempt)).toEqual([0, 1]);
  });

  it('sends retry-after and retry-after-ms on an OpenAI 429', async () => {
    mock.script({ respond: { status: 429, retryAfterSeconds: 2 } });
    const response = await fetch(`${mock.openaiBaseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(chatBody),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('retry-after-ms')).toBe('2000');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('fails with OverloadedError after 3 attempts of 529', async () => {
    // retry-after: 0 makes the Anthropic SDK fall back to its own 0.5 s backoff; 1 ms keeps it fast.
    mock.script({ times: 3, respond: { status: 529, retryAfterSeconds: 0.001 } });
    const error = await caught(() => anthropic.messages.create(messageBody, { maxRetries: 2 }));
    expect(error).toBeInstanceOf(Anthropic.OverloadedError);
    expect(error).toMatchObject({ status: 529, type: 'overloaded_error' });
    expect(mock.requests.map((request) => request.attempt)).toEqual([0, 1, 2]);
  });

  it.each([
    [400, OpenAI.BadRequestError, 'invalid_request_error', 'context_length_exceeded'],
    [401, OpenAI.AuthenticationError, 'invalid_request_error', 'invalid_api_key'],
    [404, OpenAI.NotFoundError, 'invalid_request_error', 'model_not_found'],
    [429, OpenAI.RateLimitError, 'tokens', 'rate_limit_exceeded'],
    [500, OpenAI.InternalServerError, 'server_error', null],
  ])('OpenAI %i has the real error body', async (status, errorClass, type, code) => {
    mock.script({ respond: { status } });
    const error = await caught(() => openai.chat.completions.create(chatBody));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({
      status,
      type,
      code,
      error: { type, code, message: expect.any(String) },
    });
    expect(Object.keys((error as { error: object }).error).sort()).toEqual([
      'code',
      'message',
      'param',
      'type',
    ]);
    expect((error as InstanceType<typeof OpenAI.APIError>).requestID).toBe(mock.requests[0]?.id);
  });

  it('lets a test choose the OpenAI 429 type', async () => {
    mock.script({
      respond: { status: 429, error: { type: 'requests', message: 'Too many requests' } },
    });
    const error = await caught(() => openai.chat.completions.create(chatBody));
    expect(error).toMatchObject({
      type: 'requests',
      code: 'rate_limit_exceeded',
      message: expect.stringContaining('Too many requests'),
    });
  });

  it.each([
    [400, Anthropic.BadRequestError, 'invalid_request_error'],
    [401, Anthropic.AuthenticationError, 'authentication_error'],
    [404, Anthropic.NotFoundError, 'not_found_error'],
    [429, Anthropic.RateLimitError, 'rate_limit_error'],
    [500, Anthropic.InternalServerError, 'api_error'],
    [529, Anthropic.OverloadedError, 'overloaded_error'],
  ])('Anthropic %i has the real error body', async (status, errorClass, type) => {
    mock.script({ respond: { status } });
    const error = await caught(() => anthropic.messages.create(messageBody));
    expect(error).toBeInstanceOf(errorClass);
    const requestId = mock.requests[0]?.id;
    expect(error).toMatchObject({
      status,
      type,
      requestID: requestId,
      error: { type: 'error', error: { type }, request_id: requestId },
    });
  });

  it('drops a non-stream request without a response (a connection error)', async () => {
    mock.script({ respond: { dropAfterChunks: 0 } });
    const error = await caught(() => openai.chat.completions.create(chatBody));
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
  });
});

describe('mid-stream faults', () => {
  it('dropAfterChunks makes the OpenAI stream iterator throw after n chunks', async () => {
    mock.script({ respond: { dropAfterChunks: 3 } });
    const stream = await openai.chat.completions.create({
      ...chatBody,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: unknown[] = [];
    const error = await caught(async () => {
      for await (const chunk of stream) chunks.push(chunk);
    });
    expect(error).toBeInstanceOf(Error);
    expect(chunks).toHaveLength(3);
  });

  it('dropAfterChunks makes the Anthropic stream and finalMessage throw', async () => {
    mock.script({ respond: { dropAfterChunks: 2 } });
    const stream = anthropic.messages.stream(messageBody);
    const events: string[] = [];
    stream.on('streamEvent', (event) => events.push(event.type));
    const error = await caught(() => stream.finalMessage());
    expect(error).toBeInstanceOf(Error);
    expect(events).toEqual(['message_start', 'content_block_start']);
  });

  it('a drop at the end of the stream withholds only the terminator', async () => {
    mock.script({ respond: { dropAfterChunks: 1000 } });
    const stream = await openai.chat.completions.create({
      ...chatBody,
      stream: true,
      max_tokens: 2,
    });
    const chunks: unknown[] = [];
    const error = await caught(async () => {
      for await (const chunk of stream) chunks.push(chunk);
    });
    expect(error).toBeInstanceOf(Error);
    expect(chunks).toHaveLength(4);
  });

  it('errorEventAfterChunks throws APIError from the OpenAI chat stream', async () => {
    mock.script({ respond: { errorEventAfterChunks: 2 } });
    const stream = await openai.chat.completions.create({ ...chatBody, stream: true });
    const chunks: unknown[] = [];
    const error = await caught(async () => {
      for await (const chunk of stream) chunks.push(chunk);
    });
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toMatchObject({ status: undefined, type: 'server_error' });
    expect(chunks).toHaveLength(2);
  });

  it('errorEventAfterChunks sends event: error with overloaded_error to Anthropic', async () => {
    mock.script({ respond: { errorEventAfterChunks: 3 } });
    const stream = await anthropic.messages.create({ ...messageBody, stream: true });
    const events: string[] = [];
    const error = await caught(async () => {
      for await (const event of stream) events.push(event.type);
    });
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect(error).toMatchObject({ status: undefined, type: 'overloaded_error' });
    // The third message was the ping, which the SDK skips.
    expect(events).toEqual(['message_start', 'content_block_start']);
  });

  it('errorEventAfterChunks yields a Responses error event and ends the stream', async () => {
    mock.script({ respond: { errorEventAfterChunks: 2 } });
    const stream = await openai.responses.create({ model: 'gpt-5.4', input: 'Hi', stream: true });
    const events = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => event.type)).toEqual([
      'response.created',
      'response.in_progress',
      'error',
    ]);
    expect(events[2]).toMatchObject({
      type: 'error',
      code: 'server_error',
      param: null,
      sequence_number: 2,
    });
  });
});

describe('non-stream bodies cut or delayed after the headers', () => {
  const post = () =>
    fetch(`${mock.openaiBaseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(chatBody),
    });

  it('cutBodyAfterBytes sends the 200 headers and part of the body, then destroys the socket', async () => {
    mock.script({ respond: { cutBodyAfterBytes: 10 } });
    const response = await post();
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(10);
    await expect(response.text()).rejects.toThrow();
  });

  it('the raw SDKs reject a cut body as they read it, without a retry', async () => {
    mock.script({ respond: { cutBodyAfterBytes: 0 }, times: 2 });
    await expect(openai.chat.completions.create(chatBody, { maxRetries: 1 })).rejects.toThrow();
    await expect(anthropic.messages.create(messageBody, { maxRetries: 1 })).rejects.toThrow();
    expect(mock.requests).toHaveLength(2);
  });

  it('AbortsAfterHeaders aborts only the registered call, once its headers are in', async () => {
    const aborts = new AbortsAfterHeaders();
    const controller = new AbortController();
    aborts.register('abort-me', controller);
    const client = new OpenAI({
      apiKey: 'sk-test',
      baseURL: mock.openaiBaseURL,
      maxRetries: 0,
      fetch: aborts.fetch,
    });
    const other = await client.chat.completions.create(chatBody);
    expect(controller.signal.aborted).toBe(false);
    expect(other.object).toBe('chat.completion');
    mock.script({ respond: { bodyDelayMs: 30_000 } });
    const marked = { ...chatBody, messages: [{ role: 'user' as const, content: 'abort-me' }] };
    const response = await client.chat.completions
      .create(marked, { signal: controller.signal })
      .asResponse();
    expect(response.status).toBe(200);
    expect(controller.signal.aborted).toBe(true);
    await expect(response.text()).rejects.toThrow();
  });

  it('bodyDelayMs holds the body back after the headers, then sends it whole', async () => {
    mock.script({ respond: { bodyDelayMs: 30 } });
    const response = await post();
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toMatchObject({ object: 'chat.completion' });
  });
});

describe('latency and chunk delays', () => {
  it('holds back a slow response while a fast one completes', async () => {
    mock.script({ match: { model: 'slow' }, respond: { latencyMs: 100 } });
    const order: string[] = [];
    const slow = openai.chat.completions
      .create({ ...chatBody, model: 'slow' })
      .then(() => order.push('slow'));
    await mock.waitForRequests(1);
    const fast = openai.chat.completions
      .create({ ...chatBody, model: 'fast' })
      .then(() => order.push('fast'));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['fast', 'slow']);
  });

  it('spaces stream chunks so other requests finish in between', async () => {
    mock.script({ match: { stream: true }, respond: { chunkDelayMs: 30 } });
    const order: string[] = [];
    const stream = await openai.chat.completions.create({
      ...chatBody,
      stream: true,
      max_tokens: 3,
    });
    const reading = (async () => {
      for await (const chunk of stream)
        order.push(chunk.choices[0]?.finish_reason ? 'stream-end' : 'chunk');
    })();
    await openai.chat.completions.create(chatBody);
    order.push('other');
    await reading;
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('stream-end'));
  });
});
