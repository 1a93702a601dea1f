/**
 * `ai` 5 (specification v2): `budgetMiddleware` under `ai` 5's `wrapLanguageModel`, the v2
 * models that are refused rather than mispriced, what the hold reads of v2 options (provider
 * tools, file data) and agent loops, through the real `ai` 5 and v2 providers.
 */
import { computeCost } from '@tollgate/pricing';
import {
  defaultSettingsMiddleware,
  generateText,
  stepCountIs,
  streamText,
  type ToolSet,
  tool,
  wrapLanguageModel,
} from 'ai-v5';
import { MockLanguageModelV2 } from 'ai-v5/test';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { BudgetExceededError, budgetMiddleware, InvalidOptionsError, withBudget } from './index.js';
import {
  type AiFunctions,
  expectLayersAroundDefaultSettingsRefused,
  expectWithBudgetAroundMiddlewareRefused,
} from './test-support/layer-scenarios.js';
import { budgetFor, providersV2For, useMockProvider } from './test-support/providers.js';
import { only } from './test-support/scenarios.js';

const mock = useMockProvider();

const aiV5: AiFunctions = { generateText, wrapLanguageModel, defaultSettingsMiddleware };

const budgetOf = (limitUsd: string | number = 10) => budgetFor('v5-layers', limitUsd);
const openai = () => providersV2For(mock()).openai;
const anthropic = () => providersV2For(mock()).anthropic;

const models = [
  ['openai.responses', () => openai().responses('gpt-4.1'), 'openai', 'gpt-4.1'],
  ['anthropic.messages', () => anthropic()('claude-sonnet-4-5'), 'anthropic', 'claude-sonnet-4-5'],
  ['azure.chat', () => providersV2For(mock()).azure('gpt-4.1'), 'azure', 'gpt-4.1'],
  [
    'google.generative-ai',
    () => providersV2For(mock()).google('gemini-2.5-flash'),
    'google',
    'gemini-2.5-flash',
  ],
  [
    'togetherai.chat',
    () => providersV2For(mock()).together('meta-llama/Llama-3.3-70B-Instruct-Turbo'),
    'together',
    'meta-llama/Llama-3.3-70B-Instruct-Turbo',
  ],
  [
    'fireworks.chat',
    () => providersV2For(mock()).fireworks('accounts/fireworks/models/gpt-oss-120b'),
    'fireworks',
    'accounts/fireworks/models/gpt-oss-120b',
  ],
] as const;

/** The provider's own usage of a v2 `generateText` result, as each provider passes it on. */
function rawUsage(
  provider: string,
  generated: { providerMetadata?: unknown; response: { body?: unknown } },
) {
  const metadata = generated.providerMetadata as Record<string, Record<string, unknown>>;
  if (provider === 'anthropic') return metadata.anthropic?.usage;
  if (provider === 'google') return metadata.google?.usageMetadata;
  return (generated.response.body as { usage: unknown }).usage;
}

describe("budgetMiddleware with ai 5's wrapLanguageModel", () => {
  test.each(models)(
    '%s: generateText and streamText are charged exactly, no cast needed',
    async (_name, modelOf, provider, model) => {
      const budget = budgetOf();
      const usage = { cache_read_input_tokens: 40 };
      mock().script({ respond: { usage: provider === 'anthropic' ? usage : {} }, times: 2 });
      const wrapped = wrapLanguageModel({
        model: modelOf(),
        middleware: budgetMiddleware({ budget }),
      });
      const generated = await generateText({ model: wrapped, prompt: 'Hi', maxOutputTokens: 20 });
      await streamText({ model: wrapped, prompt: 'Hi', maxOutputTokens: 20 }).consumeStream();
      const entries = await budget.ledger();
      expect(entries).toHaveLength(2);
      const exact = computeCost({ provider, model, usage: rawUsage(provider, generated) }).totalUsd;
      expect(entries.map((entry) => entry.actualUsd)).toEqual([exact, exact]);
      expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
    },
  );

  test('a step the budget cannot cover is refused unsent', async () => {
    const budget = budgetOf('0.000001');
    const wrapped = wrapLanguageModel({
      model: openai().chat('gpt-4.1'),
      middleware: budgetMiddleware({ budget }),
    });
    await expect(
      generateText({ model: wrapped, prompt: 'Hi', maxOutputTokens: 20 }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });

  test('a model metered twice (withBudget around the middleware) is refused unsent', async () => {
    await expectWithBudgetAroundMiddlewareRefused(aiV5, openai()('gpt-4.1'), budgetOf(), mock());
  });

  test("two layers with ai 5's defaultSettingsMiddleware between them are refused unsent", async () => {
    await expectLayersAroundDefaultSettingsRefused(
      aiV5,
      anthropic()('claude-sonnet-4-5'),
      { outer: budgetOf(), inner: budgetOf() },
      mock(),
    );
  });
});

describe('v2 models whose usage is not read exactly are refused, never mispriced', () => {
  // An @ai-sdk/google-vertex 3 model: its package is not among METERED_V2_PROVIDERS.
  const vertex = () =>
    new MockLanguageModelV2({ provider: 'google.vertex.chat', modelId: 'gemini-2.5-flash' });

  /** The `InvalidOptionsError` `withBudget` throws for `model`, or `undefined`. */
  function refusal(model: MockLanguageModelV2, provider?: 'deepseek' | 'openai' | 'vertex') {
    try {
      withBudget(model, { limitUsd: 1, ...(provider === undefined ? {} : { provider }) });
    } catch (caught) {
      expect(caught).toBeInstanceOf(InvalidOptionsError);
      return caught as InvalidOptionsError;
    }
    return undefined;
  }

  test('withBudget refuses them at once, naming the provider', () => {
    const error = refusal(vertex());
    expect(error?.issues).toEqual([
      { path: 'model', message: expect.stringContaining('"google.vertex.chat"') },
    ]);
    expect(error?.message).toMatch(/^Invalid withBudget options: model: expected an AI SDK model/);
    expect(error?.message).toContain('@ai-sdk/openai-compatible model (<name>.chat');
  });

  test.each([
    ['deepseek.chat', 'openai'],
    ['xai.chat', 'deepseek'],
    ['my-llm.completion', 'deepseek'],
    ['my-llm.chat', undefined],
    ['my.llm.chat', 'deepseek'],
  ] as const)(
    'a v2 %s model (priced as %s) is not an OpenAI-compatible 1 model priced from a named table',
    (provider, table) => {
      const model = new MockLanguageModelV2({ provider, modelId: 'deepseek-chat' });
      expect(refusal(model, table)?.issues[0]?.message).toContain(`"${provider}"`);
    },
  );

  test('an @ai-sdk/openai-compatible 1 chat model priced from a named table is metered', () => {
    const model = new MockLanguageModelV2({ provider: 'my-llm.chat', modelId: 'deepseek-chat' });
    expect(refusal(model, 'deepseek')).toBeUndefined();
  });

  test.each([
    ['an @ai-sdk/openai 2 model', () => openai().chat('deepseek-chat'), 'deepseek', 'openai'],
    [
      'an @ai-sdk/google 2 model',
      () => providersV2For(mock()).google('gemini-2.5-flash'),
      'vertex',
      'google',
    ],
    ['an @ai-sdk/azure 2 model', () => providersV2For(mock()).azure('gpt-4.1'), 'openai', 'azure'],
    [
      'an @ai-sdk/deepseek 1 model',
      () => providersV2For(mock()).deepseek('deepseek-chat'),
      'openai',
      'deepseek',
    ],
    ['an @ai-sdk/xai 2 model', () => providersV2For(mock()).xai('grok-3-mini'), 'openai', 'xai'],
    [
      'an @ai-sdk/groq 2 model',
      () => providersV2For(mock()).groq('openai/gpt-oss-120b'),
      'openai',
      'groq',
    ],
    [
      'an @ai-sdk/mistral 2 model',
      () => providersV2For(mock()).mistral('mistral-large-2512'),
      'openai',
      'mistral',
    ],
    [
      'an @ai-sdk/togetherai 1 model',
      () => providersV2For(mock()).together('meta-llama/Llama-3.3-70B-Instruct-Turbo'),
      'fireworks',
      'together',
    ],
    [
      'an @ai-sdk/fireworks 1 model',
      () => providersV2For(mock()).fireworks('accounts/fireworks/models/gpt-oss-120b'),
      'together',
      'fireworks',
    ],
  ] as const)('%s priced as another provider is refused', (_name, modelOf, other, own) => {
    expect(() => withBudget(modelOf(), { limitUsd: 1, provider: other })).toThrow(
      `priced as provider "${other}"`,
    );
    expect(() => withBudget(modelOf(), { limitUsd: 1, provider: own })).not.toThrow();
  });

  test('budgetMiddleware refuses them at their first step, before anything is held or called', async () => {
    const budget = budgetOf();
    const model = vertex();
    const wrapped = wrapLanguageModel({ model, middleware: budgetMiddleware({ budget }) });
    const error = await generateText({ model: wrapped, prompt: 'Hi' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).message).toMatch(/^Invalid budgetMiddleware options: model:/);
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ calls: 0, reservedUsd: '0' });
  });
});

describe('the hold reads v2 options', () => {
  test('an OpenAI web search tool (provider-defined in v2) is held for its fees', async () => {
    const plain = budgetOf();
    const searching = budgetOf();
    const call = { prompt: 'News?', maxOutputTokens: 20 };
    await generateText({ model: withBudget(openai()('gpt-4.1'), { budget: plain }), ...call });
    await generateText({
      model: withBudget(openai()('gpt-4.1'), { budget: searching }),
      // @ai-sdk/openai 2 and ai 5 each pin their own @ai-sdk/provider-utils 3: the Tool types differ.
      tools: { web_search: openai().tools.webSearch({}) } as unknown as ToolSet,
      ...call,
    });
    const [without, withSearch] = [await only(plain.ledger()), await only(searching.ledger())];
    // Ten searches held (ASSUMED_TOOL_USES) at OpenAI's fee, beside their results as input.
    expect(Number(withSearch.reservedUsd) - Number(without.reservedUsd)).toBeGreaterThan(0.1);
  });

  test('an @ai-sdk/azure 2 model is held on the options it reads: openai, never azure', async () => {
    // It sends max_tool_calls from providerOptions.openai alone (v4's Azure reads azure too).
    const heldWith = async (providerOptions: Record<string, { maxToolCalls: number }>) => {
      const budget = budgetOf();
      await generateText({
        model: withBudget(providersV2For(mock()).azure.responses('gpt-4.1'), { budget }),
        prompt: 'News?',
        maxOutputTokens: 20,
        tools: { web_search: openai().tools.webSearch({}) } as unknown as ToolSet,
        providerOptions,
      });
      return Number((await only(budget.ledger())).reservedUsd);
    };
    const lastSent = () =>
      (mock().requests.at(-1)?.body as Record<string, unknown> | undefined)?.max_tool_calls;
    const sentOne = await heldWith({ openai: { maxToolCalls: 1 } });
    expect(lastSent()).toBe(1);
    const unsent = await heldWith({ azure: { maxToolCalls: 1 } });
    expect(lastSent()).toBeUndefined();
    // Ten searches held (ASSUMED_TOOL_USES) where the limit is not sent, one where it is.
    expect(unsent - sentOne).toBeGreaterThan(0.2);
  });

  test('a plain-text file is held by its size, not by the context window', async () => {
    // The context window of Claude Sonnet 4.5 (200,000 tokens) would hold $0.60.
    const budget = budgetOf('0.05');
    await generateText({
      model: withBudget(anthropic()('claude-sonnet-4-5'), { budget }),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Summarise' },
            {
              type: 'file',
              data: new TextEncoder().encode('short notes'),
              mediaType: 'text/plain',
            },
          ],
        },
      ],
      maxOutputTokens: 20,
    });
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
  });

  test('an Anthropic thinking budget is held as output', async () => {
    const plain = budgetOf();
    const thinking = budgetOf();
    const call = { prompt: 'Think', maxOutputTokens: 20 };
    const model = () => anthropic()('claude-sonnet-4-5');
    await generateText({ model: withBudget(model(), { budget: plain }), ...call });
    await generateText({
      model: withBudget(model(), { budget: thinking }),
      providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 10_000 } } },
      ...call,
    });
    const [without, withThinking] = [await only(plain.ledger()), await only(thinking.ledger())];
    // 10,000 more output tokens at $15 a million (and the options' bytes as input).
    const more = Number(withThinking.reservedUsd) - Number(without.reservedUsd);
    expect(more).toBeGreaterThanOrEqual(0.15);
    expect(more).toBeLessThan(0.151);
  });
});

describe('a wrapped v2 model under ai 7 (which adapts v2 models itself)', () => {
  test('generateText and streamText are charged exactly', async () => {
    const budget = budgetOf();
    const { generateText: generateTextV7, streamText: streamTextV7 } = await import('ai');
    const model = withBudget(anthropic()('claude-sonnet-4-5'), { budget });
    const call = { model, prompt: 'Hi', maxOutputTokens: 20 } as const;
    const generated = await generateTextV7(call);
    await streamTextV7(call).consumeStream();
    const entries = await budget.ledger();
    const exact = computeCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      usage: generated.providerMetadata?.anthropic?.usage,
    }).totalUsd;
    expect(entries.map((entry) => entry.actualUsd)).toEqual([exact, exact]);
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });

  test('a plain-text file is held by its size there too', async () => {
    const budget = budgetOf('0.05'); // the context window would hold $0.60
    const { generateText: generateTextV7 } = await import('ai');
    await generateTextV7({
      model: withBudget(anthropic()('claude-sonnet-4-5'), { budget }),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Summarise' },
            {
              type: 'file',
              data: new TextEncoder().encode('short notes'),
              mediaType: 'text/plain',
            },
          ],
        },
      ],
      maxOutputTokens: 20,
    });
    expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
  });
});

test('file data already in a { type } object is sized, never wrapped twice', async () => {
  const budget = budgetOf('0.05'); // the context window would hold $0.60
  const model = new MockLanguageModelV2({
    provider: 'anthropic.messages',
    modelId: 'claude-sonnet-4-5',
    doGenerate: async () => ({
      content: [{ type: 'text', text: 'ok' }],
      finishReason: 'stop',
      usage: { inputTokens: 10, outputTokens: 2, totalTokens: 12 },
      warnings: [],
    }),
  });
  const file = { type: 'file', mediaType: 'text/plain', data: { type: 'text', text: 'notes' } };
  await withBudget(model, { budget }).doGenerate({
    prompt: [{ role: 'user', content: [file] }],
    maxOutputTokens: 5,
  } as never);
  expect(await budget.status()).toMatchObject({ calls: 1, reservedUsd: '0' });
});

describe('agent loops', () => {
  test('a tool loop the budget cannot finish is halted before the step it cannot cover', async () => {
    const budget = budgetOf('0.002');
    mock().script({
      respond: { toolCall: { name: 'weather', arguments: { city: 'Oslo' } } },
      times: Number.POSITIVE_INFINITY,
    });
    const finished: number[] = [];
    const error = await generateText({
      model: withBudget(openai()('gpt-4.1'), { budget }),
      prompt: 'Weather?',
      maxOutputTokens: 50,
      tools: {
        weather: tool({
          inputSchema: z.object({ city: z.string() }),
          execute: async () => 'sunny',
        }),
      },
      stopWhen: stepCountIs(100),
      onStepFinish: () => {
        finished.push(1);
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    const status = await budget.status();
    expect(status.calls).toBe(finished.length);
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(mock().requests).toHaveLength(status.calls);
    expect(Number(status.spentUsd)).toBeLessThanOrEqual(0.002);
    expect(status.reservedUsd).toBe('0');
  });
});
