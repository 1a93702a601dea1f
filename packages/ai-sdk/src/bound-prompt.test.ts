import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { createBudget, InvalidRequestError } from '@tollgate/core';
import { countTextTokens } from '@tollgate/mock-provider';
import { MockLanguageModelV4 } from 'ai/test';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  boundEmbeddingValues,
  boundPrompt,
  IMAGE_TOKENS,
  MESSAGE_FRAMING_TOKENS,
  PROVIDER_TOOL_TOKENS,
  REQUEST_FRAMING_TOKENS,
  TOOL_SYSTEM_PROMPT_TOKENS,
} from './bound-prompt.js';
import { withBudget } from './with-budget.js';

const user = (text: string): LanguageModelV4Prompt => [
  { role: 'user', content: [{ type: 'text', text }] },
];

const fileMessage = (part: Record<string, unknown>): LanguageModelV4Prompt =>
  [{ role: 'user', content: [part] }] as unknown as LanguageModelV4Prompt;

describe('boundPrompt', () => {
  test('bounds every text by its UTF-8 bytes: never below the true token count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        const bound = boundPrompt({ prompt: user(text) }, 'openai-responses', 1_000_000);
        expect(bound.tokens).toBeGreaterThanOrEqual(
          (await countTextTokens(text)) + MESSAGE_FRAMING_TOKENS,
        );
      }),
      { numRuns: 200 },
    );
  });

  test('adds framing per request and message, and never exceeds the context window', () => {
    const framing = REQUEST_FRAMING_TOKENS + MESSAGE_FRAMING_TOKENS;
    expect(boundPrompt({ prompt: user('') }, 'openai-chat', 1_000).tokens).toBeGreaterThan(framing);
    expect(boundPrompt({ prompt: user('x'.repeat(5_000)) }, 'openai-chat', 1_000)).toEqual({
      tokens: 1_000,
      open: false,
    });
  });

  test('images take the provider allowance, not their bytes', () => {
    const image = fileMessage({
      type: 'file',
      mediaType: 'image/png',
      data: { type: 'data', data: new Uint8Array(100_000) },
    });
    const openai = boundPrompt({ prompt: image }, 'openai-responses', 1_000_000).tokens;
    const anthropic = boundPrompt({ prompt: image }, 'anthropic', 1_000_000).tokens;
    expect(openai).toBeGreaterThan(IMAGE_TOKENS.openai);
    expect(openai).toBeLessThan(IMAGE_TOKENS.openai + 200);
    expect(anthropic).toBeLessThan(IMAGE_TOKENS.anthropic + 200);
  });

  test('text files count their decoded size; files of unknown size open the bound', () => {
    const inline = (data: unknown, mediaType = 'text/plain') =>
      boundPrompt({ prompt: fileMessage({ type: 'file', mediaType, data }) }, 'anthropic', 50_000);
    expect(inline({ type: 'text', text: 'x'.repeat(3_000) }).tokens).toBeGreaterThan(3_000);
    expect(inline({ type: 'data', data: new Uint8Array(4_000) }).tokens).toBeGreaterThan(4_000);
    expect(inline({ type: 'data', data: 'A'.repeat(4_000) }).tokens).toBeGreaterThan(3_000);
    for (const open of [
      inline({ type: 'url', url: new URL('https://example.com/a.pdf') }, 'application/pdf'),
      inline({ type: 'data', data: new Uint8Array(10) }, 'application/pdf'),
      inline({ type: 'data', data: 42 }),
      inline('not data'),
      boundPrompt(
        { prompt: fileMessage({ type: 'file', data: { type: 'data', data: 'AA' } }) },
        'anthropic',
        50_000,
      ),
    ]) {
      expect(open).toEqual({ tokens: 50_000, open: true });
    }
    const reasoningBytes = fileMessage({ type: 'reasoning-file', data: new Uint8Array(3) });
    expect(boundPrompt({ prompt: reasoningBytes }, 'anthropic', 9_000).open).toBe(true);
  });

  test('tools: their definitions, Anthropic tool prompt, provider tools', () => {
    const prompt = user('hi');
    const functionTool = {
      type: 'function' as const,
      name: 'weather',
      inputSchema: { type: 'object' as const, properties: { city: { type: 'string' as const } } },
    };
    const providerTool = {
      type: 'provider' as const,
      id: 'openai.code_interpreter' as const,
      name: 'code',
      args: {},
    };
    const base = boundPrompt({ prompt }, 'anthropic', 1e6).tokens;
    const withTool = boundPrompt({ prompt, tools: [functionTool] }, 'anthropic', 1e6).tokens;
    expect(withTool - base).toBeGreaterThan(TOOL_SYSTEM_PROMPT_TOKENS);
    const openai = boundPrompt({ prompt, tools: [providerTool] }, 'openai-chat', 1e6).tokens;
    expect(openai - boundPrompt({ prompt }, 'openai-chat', 1e6).tokens).toBeGreaterThan(
      PROVIDER_TOOL_TOKENS,
    );
  });

  test('a system message counts its bytes', () => {
    const system = 'Ünïcode rules '.repeat(10);
    const withSystem = boundPrompt(
      { prompt: [{ role: 'system', content: system }, ...user('hi')] },
      'anthropic',
      1e6,
    ).tokens;
    expect(withSystem - boundPrompt({ prompt: user('hi') }, 'anthropic', 1e6).tokens).toBe(
      Buffer.byteLength(system) + MESSAGE_FRAMING_TOKENS,
    );
  });

  test('a context window of 0 (unknown) does not cap the bound', () => {
    expect(boundPrompt({ prompt: user('hello') }, 'openai-chat', 0).tokens).toBeGreaterThan(5);
  });
});

test('boundEmbeddingValues: bytes plus one per value', () => {
  expect(boundEmbeddingValues(['ab', 'é'])).toBe(2 + 1 + 2 + 1);
  expect(boundEmbeddingValues([{ a: 1 } as unknown as string])).toBe(8);
});

describe('provider options of messages and parts', () => {
  const big = 'x'.repeat(10_000);
  const plain = boundPrompt({ prompt: user('Hi') }, 'openai-responses', 1_000_000).tokens;

  test.each([
    [
      // OpenAI Responses: tool definitions loaded mid-history on an empty system message.
      'a system message (additionalTools)',
      [
        {
          role: 'system',
          content: '',
          providerOptions: {
            openai: {
              additionalTools: [{ type: 'function', name: 'f', description: big, parameters: {} }],
            },
          },
        },
        ...user('Hi'),
      ],
    ],
    [
      'a text part',
      [
        {
          role: 'user',
          content: [{ type: 'text', text: 'Hi', providerOptions: { x: { note: big } } }],
        },
      ],
    ],
    [
      // Anthropic: a document's context is read by the model.
      'a file part (context)',
      [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Hi' },
            {
              type: 'file',
              mediaType: 'text/plain',
              data: { type: 'text', text: 'doc' },
              providerOptions: { anthropic: { context: big } },
            },
          ],
        },
      ],
    ],
    [
      'a tool result (additionalTools)',
      [
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'c',
              toolName: 't',
              output: { type: 'text', value: 'ok' },
              providerOptions: { openai: { additionalTools: [{ description: big }] } },
            },
          ],
        },
      ],
    ],
  ])('%s: counted as input by their JSON bytes', (_name, prompt) => {
    const bound = boundPrompt(
      { prompt: prompt as unknown as LanguageModelV4Prompt },
      'openai-responses',
      1_000_000,
    );
    expect(bound.open).toBe(false);
    expect(bound.tokens).toBeGreaterThan(plain + big.length);
  });

  test('options JSON cannot write bound the prompt by the context window', () => {
    const prompt = [
      { role: 'user', content: [{ type: 'text', text: 'Hi' }], providerOptions: { x: { n: 1n } } },
    ] as unknown as LanguageModelV4Prompt;
    expect(boundPrompt({ prompt }, 'openai-responses', 5_000)).toEqual({
      tokens: 5_000,
      open: true,
    });
  });
});

describe('misuse of the bounds gets a typed error saying what arrived', () => {
  const refusal = (call: () => unknown): unknown => {
    try {
      call();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  test.each([
    [
      'options that are not an object',
      () => boundPrompt(42 as never, 'openai-chat', 1000),
      /call options arrived as 42 \(number\)/,
    ],
    [
      'a prompt that is not an array',
      () => boundPrompt({ prompt: null } as never, 'openai-chat', 1000),
      /the prompt arrived as null/,
    ],
    [
      'a message that is not an object',
      () => boundPrompt({ prompt: [7] } as never, 'anthropic', 1000),
      /a message arrived as 7 \(number\)/,
    ],
    [
      'an API it does not know',
      () => boundPrompt({ prompt: user('hi') }, 'smoke-signals' as never, 1000),
      /expected the API as one of openai-responses, .*received "smoke-signals"/,
    ],
    [
      'embedding values that are not an array',
      () => boundEmbeddingValues(42 as never),
      /values to embed as an array, received 42 \(number\)/,
    ],
  ])('%s', (_label, call, message) => {
    const error = refusal(call);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('a wrapped model called with a malformed prompt', () => {
  test.each(['doGenerate', 'doStream'] as const)(
    '%s: a typed refusal, nothing held, nothing sent',
    async (method) => {
      const budget = createBudget({ id: `misuse-${method}`, limitUsd: 1 });
      let calls = 0;
      const model = withBudget(
        new MockLanguageModelV4({
          provider: 'openai.chat',
          modelId: 'gpt-4.1',
          doGenerate: async () => {
            calls += 1;
            throw new Error('never sent');
          },
          doStream: async () => {
            calls += 1;
            throw new Error('never sent');
          },
        }),
        { budget },
      );
      const error = await Promise.resolve(model[method]({ prompt: null } as never)).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as Error).message).toMatch(
        /prompt as an array of messages .* the prompt arrived as null/,
      );
      expect(calls).toBe(0);
      expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
    },
  );
});
