import Anthropic from '@anthropic-ai/sdk';
import { createBudget, InvalidOptionsError } from '@tollgate/core';
import {
  type AdapterClient,
  describeAdapterOptions,
  describeCoreReexports,
} from '@tollgate/core/testing';
import { createPricing } from '@tollgate/pricing';
import AnthropicV0 from 'anthropic-sdk-v0';
import OpenAI, { AzureOpenAI } from 'openai';
import OpenAIv7, { AzureOpenAI as AzureOpenAIv7 } from 'openai-v7';
import { describe, expect, test } from 'vitest';
import * as entry from './index.js';
import { type WithBudgetOptions, withBudget } from './index.js';

// Port 9 (discard) has no listener: every case here must fail before anything is sent.
const baseURL = 'http://127.0.0.1:9/v1';
const message = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
const asOpenAI = (client: AdapterClient) => client as unknown as OpenAI;

for (const major of [
  { name: 'openai', create: (apiKey: string) => new OpenAI({ apiKey, baseURL, maxRetries: 0 }) },
  {
    name: 'openai-v7',
    create: (apiKey: string) =>
      new OpenAIv7({ apiKey, baseURL, maxRetries: 0 }) as unknown as OpenAI,
  },
]) {
  describeAdapterOptions({
    name: major.name,
    prefix: 'openai',
    client: major.create,
    withBudget: (client, options) =>
      withBudget(client, options as WithBudgetOptions) as unknown as AdapterClient,
    failingCalls: [
      {
        name: 'a refusal',
        code: 'BUDGET_EXCEEDED',
        run: (wrap) =>
          asOpenAI(wrap({ limitUsd: '0.000001' })).chat.completions.create({
            ...message,
            max_completion_tokens: 100,
          }),
      },
      {
        name: 'an unknown model',
        code: 'UNKNOWN_MODEL',
        run: (wrap) =>
          asOpenAI(wrap({ limitUsd: 1 })).chat.completions.create({
            ...message,
            model: 'gpt-no-such-model',
          }),
      },
      {
        name: 'a request that names no model',
        code: 'INVALID_REQUEST',
        run: (wrap) =>
          asOpenAI(wrap({ limitUsd: 1 })).chat.completions.create({
            messages: message.messages,
          } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming),
      },
      {
        name: 'an unmetered endpoint',
        code: 'UNMETERED_ENDPOINT',
        run: (wrap) =>
          asOpenAI(wrap({ limitUsd: 1 })).images.generate({
            model: 'gpt-image-1',
            prompt: 'a cat',
          }),
      },
    ],
  });
}

describe('openai-specific options', () => {
  const client = () => new OpenAI({ apiKey: 'x', baseURL });

  test('estimate takes auto, bytes or tokenizer', () => {
    for (const estimate of ['auto', 'bytes', 'tokenizer'] as const) {
      expect(withBudget(client(), { limitUsd: 1, estimate }).budget.limitUsd).toBe('1');
    }
    expect(() =>
      withBudget(client(), {
        limitUsd: 1,
        estimate: 'count-tokens',
      } as unknown as WithBudgetOptions),
    ).toThrow(
      `Invalid withBudget options: estimate: expected 'auto', 'bytes' or 'tokenizer', received "count-tokens"`,
    );
  });

  test('provider takes auto or an OpenAI-compatible provider id', () => {
    for (const provider of ['auto', 'openai', 'azure', 'deepseek', 'openrouter'] as const) {
      expect(withBudget(client(), { limitUsd: 1, provider }).budget.limitUsd).toBe('1');
    }
    // Anthropic's usage is not OpenAI-compatible: its clients are @tollgate/anthropic's.
    for (const provider of ['anthropic', 'DeepSeek', '', 42]) {
      expect(() =>
        withBudget(client(), { limitUsd: 1, provider } as unknown as WithBudgetOptions),
      ).toThrow(
        /Invalid withBudget options: provider: expected 'auto', 'openai', 'google', 'vertex', 'bedrock', 'azure', 'deepseek', 'xai', 'mistral', 'groq', 'together', 'fireworks' or 'openrouter', received /,
      );
    }
  });

  test('priceDriftShare takes a share of at least 0, or Infinity', () => {
    for (const priceDriftShare of [0, 0.05, 2, Number.POSITIVE_INFINITY]) {
      expect(withBudget(client(), { limitUsd: 1, priceDriftShare }).budget.limitUsd).toBe('1');
    }
    for (const [priceDriftShare, received] of [
      [-0.01, '-0.01 (number)'],
      [Number.NaN, 'NaN'],
      ['0.05', '"0.05"'],
      [null, 'null'],
    ] as const) {
      expect(() =>
        withBudget(client(), { limitUsd: 1, priceDriftShare } as unknown as WithBudgetOptions),
      ).toThrow(
        `Invalid withBudget options: priceDriftShare: expected a share of at least 0 (0.05 is 5%), or Infinity, received ${received}`,
      );
    }
  });

  test('batch is an Anthropic option, unknown here', () => {
    expect(() =>
      withBudget(client(), { limitUsd: 1, batch: true } as unknown as WithBudgetOptions),
    ).toThrow(/batch: expected a documented option, received unknown option "batch"/);
  });

  test('accepts a pricing of its own', () => {
    const budget = createBudget({ id: 'openai-own-pricing', limitUsd: 1 });
    expect(withBudget(client(), { budget, pricing: createPricing() }).budget).toBe(budget);
  });
});

describe('the client', () => {
  const anthropicClients = [
    ['@anthropic-ai/sdk 1.x', () => new Anthropic({ apiKey: 'sk-ant-test', baseURL })],
    ['@anthropic-ai/sdk 0.x', () => new AnthropicV0({ apiKey: 'sk-ant-test', baseURL })],
  ] as const;

  test.each(anthropicClients)(
    'is refused when it is an Anthropic client (%s), even with unmetered: allow',
    (_name, create) => {
      // Both SDKs are generated alike (request, withOptions): only their resources differ.
      for (const options of [{ limitUsd: 1 }, { limitUsd: 1, unmetered: 'allow' as const }]) {
        const wrap = () => withBudget(create(), options);
        expect(wrap).toThrow(InvalidOptionsError);
        expect(wrap).toThrow(
          'client: expected an OpenAI client (new OpenAI()), received an Anthropic client (new Anthropic()): wrap it with withBudget from @tollgate/anthropic',
        );
      }
    },
  );

  test('is refused, described as a value, when it is not an SDK client at all', () => {
    for (const [notClient, received] of [
      [{}, 'an object'],
      [{ request() {}, withOptions() {} }, 'an object'],
      [null, 'null'],
    ] as const) {
      expect(() => withBudget(notClient as never, { limitUsd: 1 })).toThrow(
        `Invalid withBudget options: client: expected an OpenAI client (new OpenAI()), received ${received}`,
      );
    }
  });

  test('is taken from openai 6 and 7: OpenAI, AzureOpenAI, another provider, withOptions', () => {
    const azure = {
      apiKey: 'x',
      apiVersion: '2024-10-21',
      endpoint: 'https://acme.openai.azure.com',
    };
    const clients = [
      new OpenAI({ apiKey: 'x', baseURL }),
      new OpenAIv7({ apiKey: 'x', baseURL }),
      new AzureOpenAI(azure),
      new AzureOpenAIv7(azure),
      new OpenAI({ apiKey: 'x', baseURL: 'https://api.deepseek.com' }),
      new OpenAIv7({ apiKey: 'x', baseURL: 'https://openrouter.ai/api/v1' }),
      new OpenAI({ apiKey: 'x', baseURL }).withOptions({ timeout: 1000 }),
      new OpenAIv7({ apiKey: 'x', baseURL }).withOptions({ timeout: 1000 }),
    ];
    for (const raw of clients) {
      const wrapped = withBudget(raw, { limitUsd: 1 });
      expect(wrapped.budget.limitUsd).toBe('1');
      expect(wrapped.withOptions({ timeout: 500 }).budget).toBe(wrapped.budget);
    }
  });
});

describeCoreReexports('@tollgate/openai', entry);
