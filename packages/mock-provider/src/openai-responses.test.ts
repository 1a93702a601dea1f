import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countInputTokens } from './count-input-tokens.js';
import { loremText } from './lorem.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';

let mock: MockProvider;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockProvider();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const body = { model: 'gpt-5.4', instructions: 'Be brief.', input: 'Tell me a joke.' };

describe('responses', () => {
  it('returns a completed Response with derived usage', async () => {
    const response = await client.responses.create(body);
    const inputTokens = await countInputTokens('responses', body);
    expect(response.object).toBe('response');
    expect(response.status).toBe('completed');
    expect(response.model).toBe('gpt-5.4');
    expect(response.service_tier).toBe('default');
    expect(response.output_text).toBe(loremText(16));
    expect(response.output[0]).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'output_text', annotations: [] }],
    });
    expect(response.usage).toEqual({
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens: 16,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + 16,
    });
  });

  it('marks a response cut by max_output_tokens incomplete', async () => {
    const response = await client.responses.create({ ...body, max_output_tokens: 4 });
    expect(response.status).toBe('incomplete');
    expect(response.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(response.usage?.output_tokens).toBe(4);
  });

  it('passes scripted usage through', async () => {
    mock.script({
      respond: {
        usage: {
          input_tokens_details: { cached_tokens: 8 },
          output_tokens_details: { reasoning_tokens: 832 },
        },
        outputTokens: 900,
      },
    });
    const response = await client.responses.create(body);
    expect(response.usage?.input_tokens_details.cached_tokens).toBe(8);
    expect(response.usage?.output_tokens_details.reasoning_tokens).toBe(832);
    expect(response.usage?.output_tokens).toBe(900);
  });

  it('streams the event sequence with event lines, usage only on completion', async () => {
    const stream = await client.responses.create({ ...body, stream: true, max_output_tokens: 3 });
    const events = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => event.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.incomplete',
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    const created = events[0];
    expect(created?.type === 'response.created' && created.response.usage).toBeNull();
  });

  it('makes responses.stream().finalResponse() and its events work', async () => {
    const deltas: string[] = [];
    const stream = client.responses
      .stream(body)
      .on('response.output_text.delta', (event) => deltas.push(event.delta));
    const final = await stream.finalResponse();
    expect(final.status).toBe('completed');
    expect(final.output_text).toBe(loremText(16));
    expect(deltas.join('')).toBe(loremText(16));
    expect(final.usage?.output_tokens).toBe(16);
    // The wire carries `event:` lines, like the real API.
    const raw = await fetch(`${mock.openaiBaseURL}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, stream: true, max_output_tokens: 1 }),
    });
    const text = await raw.text();
    expect(raw.headers.get('content-type')).toContain('text/event-stream');
    expect(text.startsWith('event: response.created\ndata: {"type":"response.created"')).toBe(true);
    expect(text).not.toContain('[DONE]');
  });

  it('parses structured output with responses.parse', async () => {
    mock.script({ respond: { text: '{"answer":42}' } });
    const parsed = await client.responses.parse({
      ...body,
      text: { format: { type: 'json_schema', name: 'answer', schema: { type: 'object' } } },
    });
    expect(parsed.output_parsed).toEqual({ answer: 42 });
  });

  it('returns a scripted function call, streaming and not', async () => {
    const tools = [
      { type: 'function' as const, name: 'lookup', parameters: { type: 'object' }, strict: false },
    ];
    mock.script({ times: 2, respond: { toolCall: { arguments: { id: 7 } } } });
    const response = await client.responses.create({ ...body, tools });
    expect(response.output[0]).toMatchObject({
      type: 'function_call',
      name: 'lookup',
      arguments: '{"id":7}',
    });
    const streamed = await client.responses.stream({ ...body, tools }).finalResponse();
    expect(streamed.output[0]).toMatchObject({
      type: 'function_call',
      name: 'lookup',
      arguments: '{"id":7}',
    });
  });
});
