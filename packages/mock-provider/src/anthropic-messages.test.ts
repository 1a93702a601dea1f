import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countInputTokens } from './count-input-tokens.js';
import { loremText } from './lorem.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;
let client: Anthropic;

beforeAll(async () => {
  mock = await startMockProvider();
  client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.anthropicBaseURL, maxRetries: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const body = {
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  system: 'You are terse.',
  messages: [{ role: 'user' as const, content: 'Say hello.' }],
};

describe('messages, non-stream', () => {
  it('returns a Message with the current usage shape', async () => {
    const message = await client.messages.create(body);
    const inputTokens = await countInputTokens('messages', body);
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-opus-4-8',
      stop_reason: 'end_turn',
    });
    expect(message.content).toEqual([{ type: 'text', text: loremText(16) }]);
    expect(message.usage).toEqual({
      input_tokens: inputTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
      output_tokens: 16,
      service_tier: 'standard',
      inference_geo: 'global',
    });
    expect(mock.requests[0]?.path).toBe('/v1/messages');
  });

  it('stops at max_tokens', async () => {
    const message = await client.messages.create({ ...body, max_tokens: 3 });
    expect(message.stop_reason).toBe('max_tokens');
    expect(message.usage.output_tokens).toBe(3);
  });

  it('moves scripted cache tokens out of input_tokens and passes server tool use through', async () => {
    const inputTokens = await countInputTokens('messages', body);
    mock.script({
      respond: {
        usage: {
          cache_read_input_tokens: 2,
          cache_creation: { ephemeral_1h_input_tokens: 3 },
          server_tool_use: { web_search_requests: 2 },
        },
      },
    });
    const message = await client.messages.create(body);
    expect(message.usage).toMatchObject({
      input_tokens: inputTokens - 5,
      cache_read_input_tokens: 2,
      cache_creation_input_tokens: 3,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 3 },
      server_tool_use: { web_search_requests: 2, web_fetch_requests: 0 },
    });
  });

  it('reports scripted input above 200k without a huge body', async () => {
    mock.script({ respond: { usage: { input_tokens: 250_000 }, serviceTier: 'priority' } });
    const message = await client.messages.create(body);
    expect(message.usage.input_tokens).toBe(250_000);
    expect(message.usage.service_tier).toBe('priority');
  });

  it('accepts the ?beta=true path', async () => {
    const response = await fetch(`${mock.anthropicBaseURL}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect(mock.requests[0]).toMatchObject({
      path: '/v1/messages',
      query: '?beta=true',
      provider: 'anthropic',
    });
  });

  it('returns a forced tool_use, then text after a tool_result', async () => {
    const tools = [{ name: 'get_weather', input_schema: { type: 'object' as const } }];
    const first = await client.messages.create({
      ...body,
      tools,
      tool_choice: { type: 'tool', name: 'get_weather' },
    });
    expect(first.stop_reason).toBe('tool_use');
    const toolUse = first.content[0];
    expect(toolUse).toMatchObject({ type: 'tool_use', name: 'get_weather', input: {} });
    const id = toolUse?.type === 'tool_use' ? toolUse.id : '';
    const second = await client.messages.create({
      ...body,
      tools,
      tool_choice: { type: 'any' },
      messages: [
        ...body.messages,
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: 'sunny' }] },
      ],
    });
    expect(second.stop_reason).toBe('end_turn');
  });
});

describe('messages, stream', () => {
  it('sends every event with an event line and cumulative message_delta usage', async () => {
    mock.script({ respond: { usage: { cache_read_input_tokens: 4 } } });
    const stream = await client.messages.create({ ...body, stream: true, max_tokens: 5 });
    const events = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => event.type)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const start = events[0];
    const delta = events.at(-2);
    expect(start?.type === 'message_start' && start.message.usage).toMatchObject({
      output_tokens: 1,
      cache_read_input_tokens: 4,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    });
    expect(delta?.type === 'message_delta' && delta.usage).toMatchObject({
      output_tokens: 5,
      cache_read_input_tokens: 4,
    });
    expect(delta?.type === 'message_delta' && 'cache_creation' in delta.usage).toBe(false);
  });

  it('gives finalMessage() the last cumulative output_tokens, not a sum', async () => {
    const stream = client.messages.stream(body);
    const final = await stream.finalMessage();
    expect(final.usage.output_tokens).toBe(16);
    expect(final.content[0]).toMatchObject({ type: 'text', text: loremText(16) });
    expect(await stream.finalText()).toBe(loremText(16));
  });

  it('streams a scripted tool_use', async () => {
    mock.script({
      respond: { toolCall: { name: 'get_weather', arguments: { location: 'Paris' } } },
    });
    const final = await client.messages
      .stream({ ...body, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }] })
      .finalMessage();
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content[0]).toMatchObject({
      type: 'tool_use',
      name: 'get_weather',
      input: { location: 'Paris' },
    });
  });

  it('writes a ping and no [DONE] on the wire', async () => {
    const response = await fetch(`${mock.anthropicBaseURL}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ ...body, stream: true, max_tokens: 1 }),
    });
    const text = await response.text();
    const blocks = text.trim().split('\n\n');
    expect(blocks.every((block) => block.startsWith('event: '))).toBe(true);
    expect(text).toContain('event: ping');
    expect(text).not.toContain('[DONE]');
  });
});

describe('count_tokens', () => {
  it('returns the same count as the message input', async () => {
    const { max_tokens: _, ...countBody } = body;
    const counted = await client.messages.countTokens(countBody);
    expect(counted).toEqual({ input_tokens: await countInputTokens('messages', body) });
    expect(mock.requests[0]?.path).toBe('/v1/messages/count_tokens');
  });
});
