/**
 * What provider options add to a hold, read per provider as the AI SDK's providers read
 * them. The end-to-end cases (the real providers against the mock) are in
 * `provider-options-hold.test.ts`.
 */
import { InvalidRequestError } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { boundProviderOptions, measureOptions, namespacesOf } from './provider-option-bounds.js';
import { routeOf } from './provider-routes.js';

const bound = (provider: string, model: string, providerOptions: unknown) =>
  boundProviderOptions(
    { providerOptions: providerOptions as never },
    routeOf(provider, model),
    provider,
  );

describe('references: input the request does not carry', () => {
  test.each([
    [
      'openai.responses',
      'gpt-4.1',
      { openai: { previousResponseId: 'resp_1' } },
      'previousResponseId',
    ],
    ['azure.responses', 'gpt-4.1', { azure: { conversation: 'conv_1' } }, 'conversation'],
    // Azure's Responses model falls back to the `openai` key.
    ['azure.responses', 'gpt-4.1', { openai: { previousResponseId: 'r' } }, 'previousResponseId'],
    ['xai.responses', 'grok-4', { xai: { previousResponseId: 'r' } }, 'previousResponseId'],
    [
      'google.vertex.chat',
      'gemini-2.5-flash',
      { googleVertex: { cachedContent: 'cachedContents/x' } },
      'cachedContent',
    ],
    [
      'anthropic.messages',
      'claude-haiku-4-5',
      { anthropic: { mcpServers: [{ type: 'url', name: 'docs', url: 'https://mcp.example' }] } },
      'mcpServers',
    ],
    [
      'anthropic.messages',
      'claude-haiku-4-5',
      { anthropic: { thread: { type: 'continue', previousMessageId: 'msg_1' } } },
      'thread',
    ],
    [
      'anthropic.messages',
      'claude-haiku-4-5',
      { anthropic: { container: { skills: [{ type: 'anthropic', skillId: 'pptx' }] } } },
      'container',
    ],
    // Claude on Vertex AI: the provider merges `googleVertex` over `anthropic`.
    [
      'googleVertex.anthropic.messages',
      'claude-sonnet-4-5',
      { googleVertex: { mcpServers: [{ type: 'url', name: 'd', url: 'https://m' }] } },
      'mcpServers',
    ],
    // Options no JSON can write cannot be measured.
    ['openai.chat', 'gpt-4.1', { openai: { user: 10n } }, 'providerOptions'],
  ])('%s %o: %s', (provider, model, providerOptions, referenced) => {
    expect(bound(provider, model, providerOptions).referenced).toBe(referenced);
  });

  test('nothing referenced: absent, null or empty options, other keys, APIs without references', () => {
    expect(
      boundProviderOptions({}, routeOf('openai.responses', 'gpt-4.1'), 'openai.responses'),
    ).toMatchObject({ inputTokens: 0, referenced: undefined, outputCap: undefined });
    for (const [provider, providerOptions] of [
      ['openai.responses', { openai: { previousResponseId: null } }],
      // OpenAI's own provider does not read `azure`.
      ['openai.responses', { azure: { previousResponseId: 'r' } }],
      ['openai.chat', { openai: { previousResponseId: 'r' } }],
      ['anthropic.messages', { anthropic: { mcpServers: [] } }],
      ['anthropic.messages', { anthropic: { thread: { type: 'create' } } }],
      ['anthropic.messages', { anthropic: { container: { id: 'container_1' } } }],
      ['anthropic.messages', { openai: { mcpServers: [{}] } }],
    ] as const) {
      expect(bound(provider, 'gpt-4.1', providerOptions).referenced).toBeUndefined();
    }
  });
});

describe('input the options carry', () => {
  test('counted by their bytes (a text its own, a key and its punctuation), in every namespace the provider reads', () => {
    const instructions = 'Follow the rules. '.repeat(100);
    // "instructions":"...", and a separator.
    const json = { length: 'instructions'.length + instructions.length + 7 };
    expect(bound('openai.responses', 'gpt-4.1', { openai: { instructions } }).inputTokens).toBe(
      json.length,
    );
    expect(
      bound('azure.chat', 'gpt-4.1', { openai: { instructions }, azure: { instructions } })
        .inputTokens,
    ).toBe(2 * json.length);
    // A namespace the provider does not read adds nothing.
    expect(
      bound('anthropic.messages', 'claude-haiku-4-5', { openai: { instructions } }),
    ).toMatchObject({ inputTokens: 0 });
  });

  test('flat values are counted without serialising them; nested ones by their JSON', () => {
    const own = { user: 'ü', store: false, maxToolCalls: 3, textFormat: { type: 'text' } };
    expect(bound('openai.responses', 'gpt-4.1', { openai: own }).inputTokens).toBe(
      // Each key, its quotes, colon and separator (5); a text's bytes and quotes; a scalar 24.
      [4 + 5 + 4, 5 + 5 + 24, 12 + 5 + 24, 10 + 5 + JSON.stringify(own.textFormat).length].reduce(
        (sum, bytes) => sum + bytes,
      ),
    );
    // An option whose value is undefined or null is not sent.
    expect(
      bound('openai.chat', 'gpt-4.1', { openai: { user: undefined, store: null } }),
    ).toMatchObject({ inputTokens: 0 });
  });

  test('the namespaces each provider reads', () => {
    expect(namespacesOf(routeOf('openai.chat', 'gpt-4.1'), 'openai.chat')).toEqual(['openai']);
    expect(
      namespacesOf(
        routeOf('bedrock.anthropic.messages', 'claude-sonnet-4-5'),
        'bedrock.anthropic.messages',
      ),
    ).toEqual(['anthropic', 'bedrock']);
    expect(
      namespacesOf(routeOf('amazon-bedrock', 'amazon.nova-pro-v1:0'), 'amazon-bedrock'),
    ).toEqual(['amazonBedrock', 'bedrock']);
    expect(
      namespacesOf(routeOf('my-llm.chat', 'deepseek-chat', 'deepseek'), 'my-llm.chat'),
    ).toEqual(['my-llm', 'myLlm', 'openaiCompatible', 'openai-compatible']);
    // `@ai-sdk/openai-compatible` trims the name, and camel-cases it by its own rule.
    expect(
      namespacesOf(routeOf(' my__llm .chat', 'deepseek-chat', 'deepseek'), ' my__llm .chat'),
    ).toEqual(['my__llm', 'my_Llm', 'openaiCompatible', 'openai-compatible']);
  });

  test('an OpenAI-compatible name with spaces round it: its options are read trimmed', () => {
    const route = routeOf('gw .chat', 'llama-3.3-70b-versatile', 'groq');
    expect(
      boundProviderOptions(
        { providerOptions: { gw: { n: 8, max_tokens: 8000 } } as never },
        route,
        'gw .chat',
      ),
    ).toMatchObject({ choices: 8, outputCap: 8000 });
  });
});

describe('output maximums the options send', () => {
  test.each([
    ['openai.chat', { openai: { maxCompletionTokens: 20_000 } }, 20_000],
    ['azure.chat', { openai: { maxCompletionTokens: 9_000 } }, 9_000],
    // An OpenAI-compatible provider sends unknown keys as they are.
    ['deepseek.chat', { deepseek: { max_tokens: 7_000 } }, 7_000],
    ['openrouter', { openrouter: { extraBody: { max_tokens: 6_000 } } }, 6_000],
    ['amazon-bedrock', { bedrock: { additionalModelRequestFields: { max_tokens: 5_000 } } }, 5_000],
    // The highest wins; a maximum that is no count leaves the model's limit.
    ['openai.chat', { openai: { maxCompletionTokens: 10, max_tokens: 30 } }, 30],
    ['openai.chat', { openai: { maxCompletionTokens: '20000' } }, Number.POSITIVE_INFINITY],
    ['openai.chat', { openai: { maxCompletionTokens: null } }, undefined],
  ] as const)('%s %o: %s', (provider, providerOptions, cap) => {
    expect(bound(provider, 'gpt-4.1', providerOptions).outputCap).toBe(cap);
  });

  test('a prediction is held as output: its rejected tokens are billed past the maximum', () => {
    const prediction = { type: 'content', content: 'x'.repeat(500) };
    expect(bound('openai.chat', 'gpt-4.1', { openai: { prediction } }).extraOutputTokens).toBe(
      JSON.stringify(prediction).length,
    );
  });
});

describe('measureOptions (the exact count tried when the byte bound is refused)', () => {
  test('texts by the counter, the rest of the JSON by its bytes', () => {
    const words = (text: string) => text.split(' ').length;
    const own = { instructions: 'a b c', store: false };
    // {"instructions":"","store":false} is 33 bytes; the text, 3 words.
    expect(measureOptions([own], words)).toBe(33 + 3);
  });
});

describe('odd provider options', () => {
  test('options that are not records, and values JSON leaves out, add nothing', () => {
    for (const providerOptions of [null, [], 'openai', { openai: [] }, { openai: 'x' }]) {
      expect(bound('openai.chat', 'gpt-4.1', providerOptions)).toMatchObject({
        inputTokens: 0,
        referenced: undefined,
      });
    }
    // A function is no JSON: the provider cannot send it.
    const { inputTokens } = bound('openai.chat', 'gpt-4.1', {
      openai: { hook: { f: () => 1 }, x: () => 1 },
    });
    expect(inputTokens).toBe('hook'.length + 5 + 2 + ('x'.length + 5));
  });

  test('raw bodies without a maximum, or with a null one, add no maximum', () => {
    expect(
      bound('openrouter', 'openai/gpt-4.1', {
        openrouter: {
          extraBody: { max_tokens: null, plugins: [] },
          additionalModelRequestFields: 'x',
        },
      }).outputCap,
    ).toBeUndefined();
  });

  test('measureOptions: a namespace of values JSON leaves out counts its braces', () => {
    expect(measureOptions([{ hook: () => 1 }], () => 0)).toBe(2);
  });
});

describe('choices: n, in the namespace or a raw body', () => {
  test('the highest n of the namespaces and raw bodies read; 1 without one', () => {
    expect(bound('fireworks.chat', 'x', { fireworks: { n: 3 } }).choices).toBe(3);
    expect(bound('fireworks.chat', 'x', { fireworks: { n: null, maxTokens: 5 } }).choices).toBe(1);
    expect(
      bound('togetherai.chat', 'x', { togetherai: { n: 2, extraBody: { n: 5 } } }).choices,
    ).toBe(5);
    expect(bound('openrouter', 'x', { openrouter: { extraBody: { n: 4 } } }).choices).toBe(4);
    expect(
      bound('amazon-bedrock', 'x', { bedrock: { additionalModelRequestFields: { n: 2 } } }).choices,
    ).toBe(2);
    // A namespace the provider does not read is not counted.
    expect(bound('fireworks.chat', 'x', { togetherai: { n: 3 } }).choices).toBe(1);
  });

  test('property: any whole n from 1 is read as it is, anything else refused typed', () => {
    fc.assert(
      fc.property(fc.anything(), (n) => {
        const read = () => bound('fireworks.chat', 'x', { fireworks: { n } }).choices;
        if (n === undefined || n === null) expect(read()).toBe(1);
        else if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 1) expect(read()).toBe(n);
        else expect(read).toThrow(InvalidRequestError);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (n) => {
        expect(bound('fireworks.chat', 'x', { fireworks: { extraBody: { n } } }).choices).toBe(n);
      }),
    );
  });
});
