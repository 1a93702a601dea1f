/**
 * xAI through the real `@ai-sdk/xai` (its Responses model) on the loopback mock: the ending
 * its provider gives a stream cut by an error event, and its server-side tools, which xAI
 * bills per call beside tokens (web and X search, code execution: $5 per 1,000 calls on
 * docs.x.ai) at fees no price table holds.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createXai } from '@ai-sdk/xai';
import { generateText, streamText, type ToolSet, wrapLanguageModel } from 'ai';
import { describe, expect, test } from 'vitest';
import { budgetMiddleware, UnmeteredEndpointError, withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import { expectTokensCharged } from './test-support/scenarios.js';
import { settled } from './test-support/spec-models.js';

const mock = useMockProvider();

const xaiOf = () => createXai({ apiKey: 'test', baseURL: mock().openaiBaseURL });

describe('an xAI stream cut by an error event', () => {
  test.each([
    ['withBudget', 'wrapped'],
    ['budgetMiddleware', 'middleware'],
  ] as const)('through %s: charged what arrived, never zero', async (_label, how) => {
    mock().script({
      respond: { text: 'one two three four five six seven', errorEventAfterChunks: 5 },
    });
    const budget = budgetFor('xai-error');
    const base = xaiOf()('grok-4-fast-reasoning');
    const model =
      how === 'wrapped'
        ? withBudget(base, { budget })
        : wrapLanguageModel({ model: base, middleware: budgetMiddleware({ budget }) });
    let deltas = 0;
    const result = streamText({
      model,
      prompt: 'Hi there',
      maxOutputTokens: 100,
      onError: () => {},
    });
    for await (const part of result.fullStream) if (part.type === 'text-delta') deltas += 1;
    expect(deltas).toBeGreaterThan(0);
    const entry = await settled(budget);
    expect(entry.details.partial).toBe(true);
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
  });
});

describe('xAI server-side tools', () => {
  const xai = () => xaiOf();
  // The xAI tools' output types do not meet `ai`'s ToolSet under exactOptionalPropertyTypes.
  const tools = (name: 'web search' | 'X search' | 'code execution'): ToolSet => {
    const set =
      name === 'web search'
        ? { web_search: xai().tools.webSearch({}) }
        : name === 'X search'
          ? { x_search: xai().tools.xSearch({}) }
          : { code_execution: xai().tools.codeExecution({}) };
    return set as unknown as ToolSet;
  };

  test.each(['web search', 'X search', 'code execution'] as const)(
    '%s is refused as unmetered before any request, or let through on allow (tokens charged)',
    async (name) => {
      const budget = budgetFor('xai-tools');
      const call = (unmetered: 'refuse' | 'allow') =>
        generateText({
          model: withBudget(xai()('grok-4-fast-reasoning'), { budget, unmetered }),
          prompt: 'Look it up',
          maxOutputTokens: 50,
          tools: tools(name),
        });
      const error = await call('refuse').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect(error).toMatchObject({ code: 'UNMETERED_ENDPOINT' });
      expect(mock().requests).toHaveLength(0);
      await call('allow');
      expect(mock().requests).toHaveLength(1);
      await expectTokensCharged(budget);
    },
  );

  test("OpenAI's web search tool sent to xAI (createOpenAI on api.x.ai, provider 'xai') is refused too", async () => {
    const onXai = createOpenAI({ apiKey: 'test', baseURL: mock().openaiBaseURL });
    const error = await generateText({
      model: withBudget(onXai('grok-4-fast-reasoning'), { limitUsd: 1, provider: 'xai' }),
      prompt: 'Look it up',
      maxOutputTokens: 50,
      tools: { web_search: onXai.tools.webSearch({}) },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(mock().requests).toHaveLength(0);
  });

  test('Live Search (search_parameters) through an OpenAI-compatible provider priced as xAI is refused', async () => {
    const grok = createOpenAICompatible({
      name: 'grok',
      apiKey: 'test',
      baseURL: mock().openaiBaseURL,
    });
    const error = await generateText({
      model: withBudget(grok('grok-3'), { limitUsd: 1, provider: 'xai' }),
      prompt: 'News today',
      maxOutputTokens: 50,
      providerOptions: { grok: { search_parameters: { mode: 'on' } } },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(mock().requests).toHaveLength(0);
  });

  test.each([
    ['priority under the camel case of its name', { grokGw: { service_tier: 'priority' } }],
    ['priority under openaiCompatible', { openaiCompatible: { serviceTier: 'priority' } }],
    ['Live Search under the camel case of its name', { grokGw: { searchParameters: {} } }],
  ] as const)(
    'an OpenAI-compatible provider priced as xAI: %s is refused unsent',
    async (_label, providerOptions) => {
      const gateway = createOpenAICompatible({
        name: 'grok-gw',
        apiKey: 'test',
        baseURL: mock().openaiBaseURL,
      });
      const budget = budgetFor('xai-namespaces');
      const error = await generateText({
        model: withBudget(gateway('grok-3'), { budget, provider: 'xai' }),
        prompt: 'Hi',
        maxOutputTokens: 50,
        providerOptions,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect(mock().requests).toHaveLength(0);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    },
  );

  test('function tools alone are metered as usual', async () => {
    const budget = budgetFor('xai-tools');
    await generateText({
      model: withBudget(xai()('grok-4-fast-reasoning'), { budget }),
      prompt: 'Hi',
      maxOutputTokens: 50,
    });
    expect(await budget.status()).toMatchObject({ calls: 1 });
  });
});
