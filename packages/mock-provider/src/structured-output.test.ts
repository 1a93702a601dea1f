import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockProvider, startMockProvider } from './index.js';
import { schemaInstance, structuredText } from './structured-output.js';

const schema = {
  type: 'object',
  properties: {
    city: { type: 'string', minLength: 8 },
    count: { type: 'integer', minimum: 2 },
    ratio: { type: 'number' },
    open: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' }, minItems: 2 },
    kind: { enum: ['a', 'b'] },
    fixed: { const: 7 },
    either: { anyOf: [{ type: 'null' }, { type: 'string' }] },
    maybe: { type: ['null', 'number'] },
    nested: { properties: { deep: { type: 'boolean' } }, required: ['deep'] },
    optional: { type: 'string' },
  },
  required: [
    'city',
    'count',
    'ratio',
    'open',
    'tags',
    'kind',
    'fixed',
    'either',
    'maybe',
    'nested',
  ],
};

describe('schemaInstance', () => {
  it('gives the smallest value the schema accepts', () => {
    expect(schemaInstance(schema)).toEqual({
      city: 'loremmmm',
      count: 2,
      ratio: 0,
      open: false,
      tags: ['lorem', 'lorem'],
      kind: 'a',
      fixed: 7,
      either: null,
      maybe: 0,
      nested: { deep: false },
    });
  });

  it('answers odd schemas without failing', () => {
    expect(schemaInstance(undefined)).toEqual({});
    expect(schemaInstance({ type: 'null' })).toBeNull();
    expect(schemaInstance({ type: ['null'] })).toBeNull();
    expect(schemaInstance({ $ref: '#/definitions/x' })).toEqual({});
    expect(schemaInstance({ type: 'array' })).toEqual([]);
    expect(schemaInstance({ type: 'object', required: [1, 'a'] })).toEqual({ a: {} });
    const recursive: Record<string, unknown> = { type: 'object', required: ['next'] };
    recursive.properties = { next: recursive };
    expect(JSON.stringify(schemaInstance(recursive))).toContain('null');
  });

  it('reads every provider format', () => {
    expect(structuredText(undefined)).toBeUndefined();
    expect(structuredText({ type: 'text' })).toBeUndefined();
    expect(structuredText({ type: 'json_object' })).toBe('{}');
    expect(structuredText({ type: 'json_schema', schema: { const: 1 } })).toBe('1');
    expect(structuredText({ type: 'json_schema', json_schema: { schema: { const: 2 } } })).toBe(
      '2',
    );
  });
});

describe('structured output over the wire', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider();
  });
  afterAll(async () => {
    await mock.close();
  });
  const small = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };

  it('OpenAI Chat and Responses answer a json_schema with an instance of it', async () => {
    const openai = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL });
    const chat = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'A city' }],
      response_format: { type: 'json_schema', json_schema: { name: 'c', schema: small } },
    });
    expect(JSON.parse(chat.choices[0]?.message.content ?? '')).toEqual({ city: 'lorem' });
    const response = await openai.responses.create({
      model: 'gpt-4o',
      input: 'A city',
      text: { format: { type: 'json_schema', name: 'c', schema: small } },
    });
    expect(JSON.parse(response.output_text)).toEqual({ city: 'lorem' });
  });

  it('Anthropic answers output_config.format, streaming or not; scripted text wins', async () => {
    const anthropic = new Anthropic({ apiKey: 'test', baseURL: mock.anthropicBaseURL });
    const body = {
      model: 'claude-sonnet-4-5',
      max_tokens: 50,
      messages: [{ role: 'user' as const, content: 'A city' }],
      output_config: { format: { type: 'json_schema', schema: small } },
    } as unknown as Anthropic.MessageCreateParamsNonStreaming;
    const message = await anthropic.messages.create(body);
    expect(message.content[0]).toMatchObject({ type: 'text', text: '{"city":"lorem"}' });
    const streamed = await anthropic.messages.stream(body).finalMessage();
    expect(streamed.content[0]).toMatchObject({ text: '{"city":"lorem"}' });
    mock.script({ respond: { text: 'plain words' } });
    const scripted = await anthropic.messages.create(body);
    expect(scripted.content[0]).toMatchObject({ text: 'plain words' });
  });
});
