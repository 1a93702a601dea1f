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

const messages = [
  { role: 'system' as const, content: 'You are terse.' },
  { role: 'user' as const, content: 'Say hello.' },
];

describe('chat completions, non-stream', () => {
  it('returns a chat.completion with derived, consistent usage', async () => {
    const body = { model: 'gpt-4o-mini', messages };
    const completion = await client.chat.completions.create(body);
    const promptTokens = await countInputTokens('chat', body);

    expect(completion.object).toBe('chat.completion');
    expect(completion.model).toBe('gpt-4o-mini');
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.service_tier).toBe('default');
    expect(completion.system_fingerprint).toBeTypeOf('string');
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0]?.message.content).toBe(loremText(16));
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage).toEqual({
      prompt_tokens: promptTokens,
      completion_tokens: 16,
      total_tokens: promptTokens + 16,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    });
  });

  it('bounds output by max_completion_tokens, then max_tokens, times n', async () => {
    const bounded = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      max_completion_tokens: 5,
      max_tokens: 9,
    });
    expect(bounded.usage?.completion_tokens).toBe(5);
    expect(bounded.choices[0]?.message.content).toBe(loremText(5));
    expect(bounded.choices[0]?.finish_reason).toBe('length');

    const legacy = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      max_tokens: 4,
      n: 3,
    });
    expect(legacy.choices.map((choice) => choice.index)).toEqual([0, 1, 2]);
    expect(legacy.usage?.completion_tokens).toBe(12);
  });

  it('passes scripted usage, service tier and text through', async () => {
    mock.script({
      respond: {
        text: 'Cached answer here',
        serviceTier: 'flex',
        usage: {
          prompt_tokens: 2006,
          prompt_tokens_details: { cached_tokens: 1920 },
          completion_tokens_details: { reasoning_tokens: 2 },
        },
      },
    });
    const completion = await client.chat.completions.create({ model: 'gpt-4o', messages });
    expect(completion.choices[0]?.message.content).toBe('Cached answer here');
    expect(completion.service_tier).toBe('flex');
    expect(completion.usage?.prompt_tokens_details).toEqual({
      cached_tokens: 1920,
      audio_tokens: 0,
    });
    expect(completion.usage?.completion_tokens_details?.reasoning_tokens).toBe(2);
    expect(completion.usage?.completion_tokens).toBe(3);
    expect(completion.usage?.total_tokens).toBe(2009);
  });

  it('reports the tier that serves the requested one', async () => {
    const fast = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      service_tier: 'priority',
    });
    expect(fast.service_tier).toBe('priority');
    const auto = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      service_tier: 'auto',
    });
    expect(auto.service_tier).toBe('default');
  });

  it('parses a json_schema response_format', async () => {
    const parsed = await client.chat.completions.parse({
      model: 'gpt-4o',
      messages,
      response_format: { type: 'json_schema', json_schema: { name: 'anything', schema: {} } },
    });
    expect(parsed.choices[0]?.message.parsed).toEqual({});
    mock.script({ respond: { text: '{"city":"Paris"}' } });
    const scripted = await client.chat.completions.parse({
      model: 'gpt-4o',
      messages,
      response_format: { type: 'json_schema', json_schema: { name: 'city', schema: {} } },
    });
    expect(scripted.choices[0]?.message.parsed).toEqual({ city: 'Paris' });
  });

  it('does one tool turn for runTools, then answers with text', async () => {
    const calls: unknown[] = [];
    const runner = client.chat.completions.runTools({
      model: 'gpt-4o',
      messages,
      tool_choice: 'required',
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_time',
            description: 'The current time',
            parameters: { type: 'object', properties: {} },
            function: (args: unknown) => {
              calls.push(args);
              return '12:00';
            },
            parse: (text: string): unknown => JSON.parse(text),
          },
        },
      ],
    });
    const content = await runner.finalContent();
    expect(calls).toEqual([{}]);
    expect(content).toBe(loremText(16));
    expect(mock.requests).toHaveLength(2);
    const usage = await runner.totalUsage();
    expect(usage.completion_tokens).toBe(32);
  });

  it('returns a forced or scripted tool call', async () => {
    const tools = [
      { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } },
    ];
    const forced = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      tools,
      tool_choice: { type: 'function', function: { name: 'lookup' } },
    });
    expect(forced.choices[0]?.finish_reason).toBe('tool_calls');
    expect(forced.choices[0]?.message.tool_calls?.[0]).toMatchObject({
      type: 'function',
      function: { name: 'lookup', arguments: '{}' },
    });

    mock.script({ respond: { toolCall: { arguments: { q: 'x' } } } });
    const scripted = await client.chat.completions.create({ model: 'gpt-4o', messages, tools });
    expect(scripted.choices[0]?.message.tool_calls?.[0]).toMatchObject({
      function: { name: 'lookup', arguments: '{"q":"x"}' },
    });
  });
});

describe('chat completions, stream', () => {
  it('sends a usage chunk only with include_usage, with usage: null on earlier chunks', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 3,
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBe(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.usage).toBeNull();
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(loremText(3));
  });

  it('hides usage entirely without include_usage', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      stream: true,
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((chunk) => !('usage' in chunk))).toBe(true);
    expect(chunks.every((chunk) => chunk.choices.length === 1)).toBe(true);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('sends the usage unasked when scripted, at the top level or as Groq does', async () => {
    for (const streamUsage of ['usage', 'x_groq'] as const) {
      mock.script({ respond: { streamUsage, outputTokens: 2 } });
      const stream = await client.chat.completions.create({
        model: 'gpt-4o',
        messages,
        stream: true,
      });
      const chunks: Record<string, unknown>[] = [];
      for await (const chunk of stream) chunks.push(chunk as unknown as Record<string, unknown>);
      const last = chunks.at(-1);
      const usage =
        streamUsage === 'usage' ? last?.usage : (last?.x_groq as { usage?: unknown })?.usage;
      expect(usage).toMatchObject({ completion_tokens: 2 });
      expect(chunks.slice(0, -1).every((chunk) => !('usage' in chunk))).toBe(true);
      expect((last?.choices as { finish_reason?: string }[] | undefined)?.[0]?.finish_reason).toBe(
        'stop',
      );
    }
  });

  it('sends one usage chunk for n > 1', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      stream: true,
      n: 3,
      max_tokens: 2,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const usageChunks = chunks.filter((chunk) => chunk.usage);
    expect(usageChunks).toHaveLength(1);
    expect(usageChunks[0]?.usage?.completion_tokens).toBe(6);
    expect(new Set(chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.index)))).toEqual(
      new Set([0, 1, 2]),
    );
  });

  it('builds finalChatCompletion (usage only when asked for)', async () => {
    const withUsage = client.chat.completions.stream({
      model: 'gpt-4o',
      messages,
      stream_options: { include_usage: true },
    });
    const completion = await withUsage.finalChatCompletion();
    expect(completion.choices[0]?.message.content).toBe(loremText(16));
    expect(completion.usage?.completion_tokens).toBe(16);

    const withoutUsage = await client.chat.completions
      .stream({ model: 'gpt-4o', messages })
      .finalChatCompletion();
    expect(withoutUsage.usage).toBeUndefined();
    const sent = mock.requests.at(-1)?.body as Record<string, unknown>;
    expect(sent.stream_options).toBeUndefined();
  });

  it('streams a tool call that the stream helper assembles', async () => {
    mock.script({
      respond: { toolCall: { name: 'get_weather', arguments: { city: 'San Francisco' } } },
    });
    const completion = await client.chat.completions
      .stream({
        model: 'gpt-4o',
        messages,
        tools: [
          { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } },
        ],
      })
      .finalChatCompletion();
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(completion.choices[0]?.message.tool_calls?.[0]).toMatchObject({
      function: { name: 'get_weather', arguments: '{"city":"San Francisco"}' },
    });
  });
});
