/**
 * Bedrock's wire formats as the mock serves them: `invoke-with-response-stream` and
 * Converse, framed as AWS event streams. Decoded here with `@smithy/eventstream-codec`, the
 * codec the AWS SDKs use, which checks both CRCs of every message.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countInputTokens } from './count-input-tokens.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';
import { type Frame, frameNames, frames } from './test-support/event-stream-frames.js';

const decoder = new TextDecoder();

/** The Anthropic events inside Bedrock `chunk` frames. */
function chunkEvents(found: Frame[]): Record<string, unknown>[] {
  return found
    .filter((frame) => frame.headers[':event-type'] === 'chunk')
    .map((frame) =>
      JSON.parse(Buffer.from(String(frame.payload.bytes), 'base64').toString('utf8')),
    );
}

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
};
const messages = [{ role: 'user', content: [{ text: 'Name three rivers.' }] }];
const invoke = {
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 20,
  messages: [{ role: 'user', content: 'Name three rivers.' }],
};
const invokePath = '/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/invoke-with-response-stream';

describe('invoke-with-response-stream', () => {
  it('sends the Anthropic stream events, each in a CRC-checked chunk frame', async () => {
    const { response, bytes } = await post(invokePath, invoke);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const found = frames(bytes);
    expect(found.every((frame) => frame.headers[':message-type'] === 'event')).toBe(true);
    const events = chunkEvents(found);
    expect(events.map((event) => event.type)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      ...Array(16).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events[0]).toMatchObject({
      message: {
        model: 'anthropic.claude-haiku-4-5-20251001-v1:0',
        usage: { input_tokens: await countInputTokens('messages', invoke) },
      },
    });
    expect(events.at(-2)).toMatchObject({ usage: { output_tokens: 16 } });
    expect(mock.requests[0]).toMatchObject({ provider: 'anthropic', body: invoke });
  });

  it('reports a scripted stream error as a modelStreamErrorException frame', async () => {
    mock.script({ respond: { errorEventAfterChunks: 2, error: { message: 'Model overloaded.' } } });
    const found = frames((await post(invokePath, invoke)).bytes);
    expect(found).toHaveLength(3);
    expect(found[2]).toEqual({
      headers: {
        ':message-type': 'exception',
        ':exception-type': 'modelStreamErrorException',
        ':content-type': 'application/json',
      },
      payload: { message: 'Model overloaded.' },
    });
  });

  it('cuts the connection after the scripted number of frames', async () => {
    mock.script({ respond: { dropAfterChunks: 2 } });
    const response = await fetch(`${mock.url}${invokePath}`, {
      method: 'POST',
      body: JSON.stringify(invoke),
    });
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});

describe('Converse', () => {
  const path = '/model/amazon.nova-lite-v1%3A0/converse';
  const body = { messages, system: [{ text: 'Be brief.' }], inferenceConfig: { maxTokens: 10 } };

  it('answers Converse JSON with Converse usage, cache tokens outside inputTokens', async () => {
    mock.script({ respond: { usage: { cacheReadInputTokens: 4 } } });
    const { response, bytes } = await post(path, body);
    expect(response.status).toBe(200);
    const counted = await countInputTokens('converse', body);
    expect(JSON.parse(decoder.decode(bytes))).toMatchObject({
      output: { message: { role: 'assistant', content: [{ text: expect.any(String) }] } },
      stopReason: 'max_tokens',
      usage: {
        inputTokens: counted - 4,
        outputTokens: 10,
        totalTokens: counted + 10,
        cacheReadInputTokens: 4,
        cacheWriteInputTokens: 0,
      },
    });
    expect(mock.requests[0]).toMatchObject({
      provider: 'bedrock',
      path: '/model/amazon.nova-lite-v1%3A0/converse',
    });
  });

  it('streams converse-stream events in event-stream frames, usage in metadata', async () => {
    const { response, bytes } = await post(`${path}-stream`, body);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const found = frames(bytes);
    expect(found.map((frame) => frame.headers[':event-type'])).toEqual([
      'messageStart',
      ...Array(10).fill('contentBlockDelta'),
      'contentBlockStop',
      'messageStop',
      'metadata',
    ]);
    expect(found.at(-2)?.payload).toEqual({ stopReason: 'max_tokens' });
    expect(found.at(-1)?.payload).toMatchObject({
      usage: { inputTokens: await countInputTokens('converse', body), outputTokens: 10 },
    });
  });

  it('fails a scripted status with Bedrock’s error body and type header', async () => {
    mock.script({ respond: { status: 429 } });
    const { response, bytes } = await post(path, body);
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(JSON.parse(decoder.decode(bytes))).toEqual({
      message: 'Too many requests, please wait before trying again.',
    });
  });

  it('refuses a body without messages, in Bedrock’s shape', async () => {
    const { response, bytes } = await post(path, { inferenceConfig: {} });
    expect(response.status).toBe(400);
    expect(JSON.parse(decoder.decode(bytes))).toEqual({ message: 'messages: Field required' });
  });

  it('sends a scripted stream error as its exception frame', async () => {
    mock.script({ respond: { errorEventAfterChunks: 1 } });
    const found = frames((await post(`${path}-stream`, body)).bytes);
    expect(frameNames(found)).toEqual(['messageStart', 'modelStreamErrorException']);
  });
});
