import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import Anthropic from '@anthropic-ai/sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { InvalidOptionsError } from '@tollgate/core';
import {
  type AdapterClient,
  describeAdapterOptions,
  describeCoreReexports,
} from '@tollgate/core/testing';
import OpenAI, { AzureOpenAI } from 'openai';
import OpenAIv7 from 'openai-v7';
import { describe, expect, it } from 'vitest';
import * as entry from './index.js';
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

describe('the client', () => {
  const openaiClients = [
    ['openai 6', () => new OpenAI({ apiKey: 'sk-test', baseURL })],
    ['openai 7', () => new OpenAIv7({ apiKey: 'sk-test', baseURL })],
    [
      'AzureOpenAI',
      () =>
        new AzureOpenAI({
          apiKey: 'sk-test',
          apiVersion: '2024-10-21',
          endpoint: 'https://acme.openai.azure.com',
        }),
    ],
  ] as const;

  it.each(openaiClients)(
    'is refused when it is an OpenAI client (%s), even with unmetered: allow',
    (_name, create) => {
      // Both SDKs are generated alike (request, withOptions, post, fetch): only their
      // resources differ.
      for (const options of [{ limitUsd: 1 }, { limitUsd: 1, unmetered: 'allow' as const }]) {
        const wrap = () => withBudget(create() as never, options);
        expect(wrap).toThrow(InvalidOptionsError);
        expect(wrap).toThrow(
          'client: expected an Anthropic client (new Anthropic()), received an OpenAI client (new OpenAI()): wrap it with withBudget from @tollgate/openai',
        );
      }
    },
  );

  it('is taken from @anthropic-ai/sdk 0.x and 1.x, Bedrock, Vertex, and withOptions', () => {
    const vertexAuth = {
      projectId: 'tollgate-test',
      getRequestHeaders: async () => new Headers({ authorization: 'Bearer offline-test-token' }),
    };
    type VertexAuth = NonNullable<ConstructorParameters<typeof AnthropicVertex>[0]>['authClient'];
    const clients = [
      ...sdkMajors.map((major) => major.create({ baseURL })),
      ...sdkMajors.map((major) => major.create({ baseURL }).withOptions({ timeout: 1000 })),
      new AnthropicBedrock({
        awsAccessKey: 'AKIAIOSFODNN7EXAMPLE',
        awsSecretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        awsRegion: 'us-east-1',
        baseURL,
      }),
      new AnthropicVertex({
        region: 'us-east5',
        projectId: 'tollgate-test',
        baseURL,
        authClient: vertexAuth as unknown as VertexAuth,
      }),
    ];
    for (const raw of clients) {
      const wrapped = withBudget(asClientLike(raw as Anthropic), { limitUsd: 1 });
      expect(wrapped.budget.limitUsd).toBe('1');
      expect(wrapped.withOptions({ timeout: 500 }).budget).toBe(wrapped.budget);
    }
  });
});

describeCoreReexports('@tollgate/anthropic', entry);
