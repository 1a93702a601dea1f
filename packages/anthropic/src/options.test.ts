import Anthropic from '@anthropic-ai/sdk';
import { type AdapterClient, describeAdapterOptions } from '@tollgate/core/testing';
import { describe, expect, it } from 'vitest';
import { type WithBudgetOptions, withBudget } from './index.js';
import { asClientLike, sdkMajors } from './test-support/sdks.js';

// Port 9 (discard) has no listener: every case here must fail before anything is sent.
const baseURL = 'http://127.0.0.1:9';
const message = {
  model: 'claude-sonnet-4-5',
  max_tokens: 100,
  messages: [{ role: 'user' as const, content: 'hi' }],
};

for (const major of sdkMajors) {
  const create = (apiKey: string) => {
    const client = major.create({ baseURL });
    // sdkMajors fixes a test key; the canary must be the key the client sends with.
    client.apiKey = apiKey;
    return client;
  };
  describeAdapterOptions({
    name: major.name.startsWith('@anthropic-ai/sdk 0') ? 'anthropic-v0' : 'anthropic',
    prefix: 'anthropic',
    client: create,
    withBudget: (client, options) =>
      withBudget(
        asClientLike(client as never),
        options as WithBudgetOptions,
      ) as unknown as AdapterClient,
    failingCalls: [
      {
        name: 'a refusal',
        code: 'BUDGET_EXCEEDED',
        run: (wrap) => asAnthropic(wrap({ limitUsd: '0.000001' })).messages.create(message),
      },
      {
        name: 'an unknown model',
        code: 'UNKNOWN_MODEL',
        run: (wrap) =>
          asAnthropic(wrap({ limitUsd: 1 })).messages.create({
            ...message,
            model: 'claude-nope-9',
          }),
      },
      {
        name: 'an unmetered endpoint',
        code: 'UNMETERED_ENDPOINT',
        run: (wrap) =>
          asAnthropic(wrap({ limitUsd: 1 })).messages.batches.create({
            requests: [{ custom_id: 'a', params: message }],
          }),
      },
    ],
  });
}

function asAnthropic(client: AdapterClient): Anthropic {
  return client as unknown as Anthropic;
}

describe('anthropic-specific options', () => {
  const client = () => asClientLike(new Anthropic({ apiKey: 'sk-ant-test', baseURL }));

  it('estimate takes bytes or count-tokens, batch a boolean', () => {
    for (const estimate of ['bytes', 'count-tokens'] as const) {
      expect(withBudget(client(), { limitUsd: 1, estimate, batch: true }).budget.limitUsd).toBe(
        '1',
      );
    }
    expect(() =>
      withBudget(client(), { limitUsd: 1, estimate: 'tokenizer' } as unknown as WithBudgetOptions),
    ).toThrow(
      `Invalid withBudget options: estimate: expected 'bytes' or 'count-tokens', received "tokenizer"`,
    );
    expect(() =>
      withBudget(client(), { limitUsd: 1, batch: 'yes' } as unknown as WithBudgetOptions),
    ).toThrow('Invalid withBudget options: batch: expected true or false, received "yes"');
  });

  it('rejects something that is not an Anthropic client', () => {
    for (const notClient of [null, {}, { request() {}, withOptions() {}, post() {} }]) {
      expect(() => withBudget(notClient as never, { limitUsd: 1 })).toThrow(
        /client: expected an Anthropic client \(new Anthropic\(\)\)/,
      );
    }
  });
});
