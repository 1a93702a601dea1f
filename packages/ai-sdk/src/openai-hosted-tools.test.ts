/**
 * OpenAI's hosted tools on the Responses API (OpenAI and Azure), through the real AI SDK
 * providers against the loopback mock: file search, code interpreter and image generation
 * are billed per use at rates no table holds, so they are refused unsent as
 * `@tollgate/openai` refuses them; tools that feed retrieved input back (MCP, file search)
 * are held at the model's context window, so a small budget refuses them too.
 */
import { createAzure } from '@ai-sdk/azure';
import { createOpenAI, type OpenAIProvider } from '@ai-sdk/openai';
import type { Budget } from '@tollgate/core';
import { generateText, type LanguageModel, wrapLanguageModel } from 'ai';
import { generateText as generateTextV5 } from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { UNPRICED_TOOL_FEES } from '../../openai/src/unpriced-tools.js';
import {
  BudgetExceededError,
  budgetMiddleware,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import {
  budgetFor,
  providersFor,
  providersV2For,
  useMockProvider,
} from './test-support/providers.js';
import { OPENAI_FEE_TOOLS } from './unpriced-features.js';

const mock = useMockProvider();

function toolsOf(provider: OpenAIProvider) {
  return {
    fileSearch: { file_search: provider.tools.fileSearch({ vectorStoreIds: ['vs_1'] }) },
    codeInterpreter: { code_interpreter: provider.tools.codeInterpreter({}) },
    imageGeneration: { image_generation: provider.tools.imageGeneration({}) },
  };
}

describe('fee tools are refused unless unmetered: allow', () => {
  const models = {
    openai: () => providersFor(mock()).openai.responses('gpt-4.1'),
    azure: () =>
      createAzure({ apiKey: 'test', baseURL: `${mock().url}/openai` }).responses('gpt-4.1'),
  };
  for (const [route, model] of Object.entries(models))
    for (const [label, tools] of Object.entries(toolsOf(createOpenAI({ apiKey: 'test' }))))
      test(`${route} ${label}: UNMETERED_ENDPOINT, nothing sent`, async () => {
        const budget = budgetFor('hosted');
        const error = await generateText({
          model: withBudget(model(), { budget }),
          prompt: 'Hi',
          tools,
          maxOutputTokens: 50,
        }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(UnmeteredEndpointError);
        expect((error as UnmeteredEndpointError).code).toBe('UNMETERED_ENDPOINT');
        expect((error as Error).message).toContain(`tool openai.${toolNameOf(tools)}`);
        expect(mock().requests).toHaveLength(0);
      });

  test('ai 5 (v2 provider-defined tools): refused the same', async () => {
    const openai = providersV2For(mock()).openai;
    const budget = budgetFor('hosted');
    await expect(
      generateTextV5({
        model: withBudget(openai.responses('gpt-4.1'), { budget }),
        prompt: 'Hi',
        tools: { file_search: openai.tools.fileSearch({ vectorStoreIds: ['vs_1'] }) as never },
        maxOutputTokens: 50,
      }),
    ).rejects.toThrow(UnmeteredEndpointError);
    expect(mock().requests).toHaveLength(0);
  });

  test("the list agrees with @tollgate/openai's", () => {
    // @tollgate/openai's list also names xAI's server-side tools, refused here by route.
    const xaiOnly = ['code_execution', 'x_search', 'collections_search'];
    const fromOpenAI = Object.keys(UNPRICED_TOOL_FEES).filter((type) => !xaiOnly.includes(type));
    expect(new Set(fromOpenAI)).toEqual(
      new Set([...OPENAI_FEE_TOOLS].map((id) => id.replace(/^openai\./, ''))),
    );
  });
});

describe("OpenAI's shell: refused in a hosted container, metered when local", () => {
  const shellIn = (environment: unknown) => ({
    shell: createOpenAI({ apiKey: 'test' }).tools.shell({ environment } as never),
  });
  for (const environment of [
    { type: 'containerAuto' },
    { type: 'containerReference', containerId: 'cntr_1' },
  ])
    test(`${environment.type}: UNMETERED_ENDPOINT, nothing sent; allowed with unmetered: 'allow'`, async () => {
      const openai = providersFor(mock()).openai;
      const call = (unmetered?: 'allow') =>
        generateText({
          model: withBudget(openai.responses('gpt-4.1'), {
            budget: budgetFor('shell', 10),
            ...(unmetered === undefined ? {} : { unmetered }),
          }),
          prompt: 'Hi',
          tools: shellIn(environment),
          maxOutputTokens: 50,
        });
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect((error as Error).message).toContain('tool openai.shell (in a container)');
      expect(mock().requests).toHaveLength(0);
      await call('allow');
      expect(mock().requests).toHaveLength(1);
    });

  for (const environment of [undefined, {}, { type: 'local' }])
    test(`local (${JSON.stringify(environment)}): sent and charged`, async () => {
      const openai = providersFor(mock()).openai;
      const budget = budgetFor('shell', 10);
      await generateText({
        model: withBudget(openai.responses('gpt-4.1'), { budget }),
        prompt: 'Hi',
        tools: shellIn(environment),
        maxOutputTokens: 50,
      });
      expect(mock().requests).toHaveLength(1);
      expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0);
    });
});

describe("OpenAI's shell: what is checked is what is sent", () => {
  /** A shell whose environment type answers its first read `first` and every later one `later`. */
  function flippingShell(first: string, later: string) {
    let reads = 0;
    const environment = {
      get type() {
        reads += 1;
        return reads === 1 ? first : later;
      },
    };
    return { shell: createOpenAI({ apiKey: 'test' }).tools.shell({ environment } as never) };
  }
  const layers = {
    withBudget: (model: LanguageModel, budget: Budget) => withBudget(model as never, { budget }),
    budgetMiddleware: (model: LanguageModel, budget: Budget) =>
      wrapLanguageModel({ model: model as never, middleware: budgetMiddleware({ budget }) }),
  };
  for (const [layer, wrap] of Object.entries(layers)) {
    test(`${layer}: a getter read local first sends a local shell, metered`, async () => {
      const budget = budgetFor('shell', 10);
      await generateText({
        model: wrap(providersFor(mock()).openai.responses('gpt-4.1'), budget) as never,
        prompt: 'Hi',
        tools: flippingShell('local', 'containerAuto'),
        maxOutputTokens: 50,
      });
      const sent = mock().requests.at(-1)?.body as { tools?: { environment?: unknown }[] };
      expect(JSON.stringify(sent.tools)).not.toContain('container');
      expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0);
    });
    test(`${layer}: a getter read containerAuto first is refused, nothing sent`, async () => {
      const error = await generateText({
        model: wrap(
          providersFor(mock()).openai.responses('gpt-4.1'),
          budgetFor('shell', 10),
        ) as never,
        prompt: 'Hi',
        tools: flippingShell('containerAuto', 'local'),
        maxOutputTokens: 50,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect(mock().requests).toHaveLength(0);
    });
  }
});

describe('tools that feed retrieved input back are held at the context window', () => {
  test('mcp on a $0.05 budget: refused unsent (it reported 100,000 input tokens)', async () => {
    const openai = providersFor(mock()).openai;
    const budget = budgetFor('hosted', '0.05');
    mock().script({ respond: { usage: { input_tokens: 100_000, output_tokens: 50 } } });
    const mcp = openai.tools.mcp({
      serverLabel: 'docs',
      serverUrl: 'https://example.invalid/mcp',
      requireApproval: 'never',
    });
    await expect(
      generateText({
        model: withBudget(openai.responses('gpt-4.1'), { budget }),
        prompt: 'Hi',
        tools: { mcp },
        maxOutputTokens: 50,
      }),
    ).rejects.toThrow(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    expect((await budget.status()).spentUsd).toBe('0');
  });

  test('mcp on a budget the context window fits: held at it, charged what it reported', async () => {
    const openai = providersFor(mock()).openai;
    const budget = budgetFor('hosted', 10);
    mock().script({ respond: { usage: { input_tokens: 100_000, output_tokens: 50 } } });
    const mcp = openai.tools.mcp({
      serverLabel: 'docs',
      serverUrl: 'https://example.invalid/mcp',
      requireApproval: 'never',
    });
    await generateText({
      model: withBudget(openai.responses('gpt-4.1'), { budget }),
      prompt: 'Hi',
      tools: { mcp },
      maxOutputTokens: 50,
    });
    const [entry] = await budget.ledger();
    // gpt-4.1's context window (1,047,576 tokens) at $2 per million input tokens.
    expect(Number(entry?.reservedUsd)).toBeGreaterThan(2);
    expect(Number(entry?.actualUsd)).toBeLessThan(Number(entry?.reservedUsd));
  });
});

function toolNameOf(tools: Record<string, unknown>): string {
  return Object.keys(tools)[0] as string;
}
