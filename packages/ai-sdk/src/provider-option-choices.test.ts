/**
 * `n` in the provider options of an OpenAI-compatible provider: `@ai-sdk/openai-compatible`
 * (1 and 3, so `@ai-sdk/togetherai` and `@ai-sdk/fireworks` 1 and 3) and
 * `@openrouter/ai-sdk-provider` send every unknown key of their namespace in the body (and
 * OpenRouter its model's and provider's `extraBody`), so
 * `n: 3` asks the provider for three choices, each billed up to the maximum. The step is held
 * for all of them (refused when they do not fit), charged within that hold, capped at it
 * when a stream is cut short, and a bad `n` is refused unsent. Through the real `ai` 7 and 5
 * and the real providers, against the loopback mock.
 */
import { createFireworks } from '@ai-sdk/fireworks';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createTogetherAI } from '@ai-sdk/togetherai';
import { createOpenRouter } from '@openrouter/ai-sdk-provider';
import { type Budget, InvalidRequestError } from '@tollgate/core';
import * as ai7 from 'ai';
import { createFireworks as createFireworksV1 } from 'ai-sdk-fireworks-v1';
import { createOpenAICompatible as createOpenAICompatibleV1 } from 'ai-sdk-openai-compatible-v1';
import { createTogetherAI as createTogetherAIV1 } from 'ai-sdk-togetherai-v1';
import * as ai5 from 'ai-v5';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { budgetFor, useMockProvider } from './test-support/providers.js';
import { only } from './test-support/scenarios.js';

const mock = useMockProvider();
const key = { apiKey: 'test' };

interface Ai {
  generateText(options: object): PromiseLike<unknown>;
  streamText(options: object): { fullStream: AsyncIterable<{ type: string }> };
}

/** A model whose provider sends its namespace's unknown keys, with that namespace's name. */
interface Case {
  readonly name: string;
  readonly ai: Ai;
  readonly namespace: string;
  readonly model: () => unknown;
  /** The price table, for a provider named by its user. */
  readonly table?: 'together';
}

const ai7s = ai7 as unknown as Ai;
const ai5s = ai5 as unknown as Ai;
const together = 'meta-llama/Llama-3.3-70B-Instruct-Turbo';
const fireworks = 'accounts/fireworks/models/gpt-oss-120b';

const cases: Case[] = [
  {
    name: 'ai 7, @ai-sdk/togetherai 3',
    ai: ai7s,
    namespace: 'togetherai',
    model: () => createTogetherAI({ ...key, baseURL: mock().openaiBaseURL })(together),
  },
  {
    name: 'ai 7, @ai-sdk/fireworks 3',
    ai: ai7s,
    namespace: 'fireworks',
    model: () => createFireworks({ ...key, baseURL: mock().openaiBaseURL })(fireworks),
  },
  {
    name: 'ai 7, createOpenAICompatible 3',
    ai: ai7s,
    namespace: 'tg',
    model: () =>
      createOpenAICompatible({
        ...key,
        name: 'tg',
        baseURL: mock().openaiBaseURL,
        includeUsage: true,
      })(together),
    table: 'together',
  },
  // The provider trims its name for its options key: `name: ' tg '` reads `providerOptions.tg`.
  {
    name: "ai 7, createOpenAICompatible 3 named ' tg '",
    ai: ai7s,
    namespace: 'tg',
    model: () =>
      createOpenAICompatible({
        ...key,
        name: ' tg ',
        baseURL: mock().openaiBaseURL,
        includeUsage: true,
      })(together),
    table: 'together',
  },
  {
    name: 'ai 7, @openrouter/ai-sdk-provider',
    ai: ai7s,
    namespace: 'openrouter',
    model: () => createOpenRouter({ ...key, baseURL: mock().openaiBaseURL })('openai/gpt-4o-mini'),
  },
  {
    name: 'ai 5, @ai-sdk/togetherai 1',
    ai: ai5s,
    namespace: 'togetherai',
    model: () => createTogetherAIV1({ ...key, baseURL: mock().openaiBaseURL })(together),
  },
  {
    name: 'ai 5, @ai-sdk/fireworks 1',
    ai: ai5s,
    namespace: 'fireworks',
    model: () => createFireworksV1({ ...key, baseURL: mock().openaiBaseURL })(fireworks),
  },
  {
    name: 'ai 5, createOpenAICompatible 1',
    ai: ai5s,
    namespace: 'tg',
    model: () =>
      createOpenAICompatibleV1({
        ...key,
        name: 'tg',
        baseURL: mock().openaiBaseURL,
        includeUsage: true,
      })(together),
    table: 'together',
  },
  {
    name: "ai 5, createOpenAICompatible 1 named 'tg '",
    ai: ai5s,
    namespace: 'tg',
    model: () =>
      createOpenAICompatibleV1({
        ...key,
        name: 'tg ',
        baseURL: mock().openaiBaseURL,
        includeUsage: true,
      })(together),
    table: 'together',
  },
];

const maxOutputTokens = 50;

function call(c: Case, budget: Budget, options: object, stream: boolean) {
  const args = {
    model: withBudget(c.model() as never, { budget, ...(c.table ? { provider: c.table } : {}) }),
    prompt: 'hello',
    maxOutputTokens,
    ...options,
  };
  if (!stream) return c.ai.generateText(args);
  return (async () => {
    for await (const part of c.ai.streamText(args).fullStream)
      if (part.type === 'error') throw (part as unknown as { error: unknown }).error;
  })();
}

/** The hold of one call with these options, on a roomy budget. */
async function holdOf(c: Case, options: object): Promise<number> {
  const budget = budgetFor('choices');
  mock().script({ respond: { outputTokens: maxOutputTokens } });
  await call(c, budget, options, false);
  return Number((await only(budget.ledger())).reservedUsd);
}

const sentBody = () => mock().requests.at(-1)?.body as Record<string, unknown> | undefined;

describe.each(cases)('$name: providerOptions n', (c) => {
  const withN = (n: unknown) => ({ providerOptions: { [c.namespace]: { n } } });

  test.each([false, true])(
    'held for every choice, charged within the hold (stream: %s)',
    async (stream) => {
      const budget = budgetFor('choices');
      mock().script({ respond: { outputTokens: maxOutputTokens } });
      await call(c, budget, withN(3), stream);
      expect(sentBody()?.n).toBe(3);
      await budget.flush();
      const entry = await only(budget.ledger());
      // The provider billed three choices of 50 tokens each.
      expect(entry.details.tokens?.output).toMatchObject({ text: 150 });
      expect(entry.overrunUsd).toBe('0');
      expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
      expect((await budget.status()).reservedUsd).toBe('0');
    },
  );

  test('refused unsent when the choices do not fit, though one would', async () => {
    // Room for one choice exactly: `n: 1` has the same bytes as `n: 3`.
    const one = await holdOf(c, withN(1));
    mock().reset();
    const budget = budgetFor('choices', one.toFixed(12));
    await expect(call(c, budget, withN(3), false)).rejects.toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    mock().script({ respond: { outputTokens: maxOutputTokens } });
    await call(c, budget, withN(1), false);
    expect(mock().requests).toHaveLength(1);
  });

  test.each([0, -1, 1.5, '2', Number.NaN, true])('n = %s refused unsent', async (n) => {
    const budget = budgetFor('choices');
    const error = await Promise.resolve(call(c, budget, withN(n), false)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toContain(`providerOptions.${c.namespace}.n: expected n`);
    expect(mock().requests).toHaveLength(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });
});

test('n in an extraBody is held too, and a bad one there refused', async () => {
  const c = cases[0] as Case;
  const inBody = (n: unknown) => ({ providerOptions: { togetherai: { extraBody: { n } } } });
  // Three choices of 50 output tokens at $0.88 per million are $0.000088 more than one.
  const extra = (await holdOf(c, inBody(3))) - (await holdOf(c, inBody(1)));
  expect(extra).toBeCloseTo(0.000088, 12);
  const error = await Promise.resolve(call(c, budgetFor('choices'), inBody(0), false)).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect((error as Error).message).toContain('providerOptions.togetherai.extraBody.n');
});

test.each(cases.filter((c) => c.namespace === 'fireworks'))(
  '$name: a stream of 8 choices cut short is charged what arrived, past one choice',
  async (c) => {
    const budget = budgetFor('choices');
    mock().script({ respond: { outputTokens: 100, chunkDelayMs: 2 } });
    const controller = new AbortController();
    const result = c.ai.streamText({
      model: withBudget(c.model() as never, { budget }),
      prompt: 'hello',
      maxOutputTokens: 100,
      abortSignal: controller.signal,
      providerOptions: { [c.namespace]: { n: 8 } },
      onError: () => undefined,
    });
    let deltas = 0;
    try {
      for await (const part of result.fullStream)
        if (part.type === 'text-delta' && ++deltas === 60) controller.abort();
    } catch {
      // The abort.
    }
    await budget.flush();
    const entry = await only(budget.ledger());
    expect(entry.details.partial).toBe(true);
    // 60 deltas of the 8 interleaved choices are more than one choice's 100 tokens.
    const text = (entry.details.tokens?.output as { text: number } | undefined)?.text ?? 0;
    expect(text).toBeGreaterThan(100);
    expect(text).toBeLessThanOrEqual(800);
    expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
    expect((await budget.status()).reservedUsd).toBe('0');
  },
);

test('so many choices that their output cannot be bounded: refused unsent', async () => {
  const c = cases[0] as Case;
  const error = await Promise.resolve(
    call(c, budgetFor('choices'), { providerOptions: { togetherai: { n: 2 ** 50 } } }, false),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect((error as Error).message).toContain('more than can be bounded');
  expect(mock().requests).toHaveLength(0);
});

describe("OpenRouter: n in the model's or the provider's extraBody", () => {
  const router = (settings: object, provider: object = {}) =>
    createOpenRouter({ ...key, baseURL: mock().openaiBaseURL, ...provider })(
      'openai/gpt-4o-mini',
      settings,
    );

  test.each([
    ['the model', () => router({ extraBody: { n: 3 } })],
    ['the provider', () => router({}, { extraBody: { n: 3 } })],
  ])('%s: held for every choice, refused unsent when they do not fit', async (_owner, model) => {
    // Room for one choice exactly.
    const one = budgetFor('choices');
    mock().script({ respond: { outputTokens: maxOutputTokens } });
    await ai7.generateText({
      model: withBudget(router({ extraBody: { n: 1 } }), { budget: one }),
      prompt: 'hello',
      maxOutputTokens,
    });
    const hold = (await only(one.ledger())).reservedUsd;
    mock().reset();
    const budget = budgetFor('choices', hold);
    await expect(
      ai7.generateText({
        model: withBudget(model(), { budget }),
        prompt: 'hello',
        maxOutputTokens,
      }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    const roomy = budgetFor('choices');
    mock().script({ respond: { outputTokens: maxOutputTokens } });
    await ai7.generateText({
      model: withBudget(model(), { budget: roomy }),
      prompt: 'hello',
      maxOutputTokens,
    });
    expect(sentBody()?.n).toBe(3);
    const entry = await only(roomy.ledger());
    expect(entry.details.tokens?.output).toMatchObject({ text: 150 });
    expect(entry.overrunUsd).toBe('0');
  });

  test('a bad n there is refused unsent, naming where it is', async () => {
    const error = await Promise.resolve(
      ai7.generateText({
        model: withBudget(router({ extraBody: { n: 0 } }), { budget: budgetFor('choices') }),
        prompt: 'hello',
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toContain("the model's extraBody.n: expected n");
    expect(mock().requests).toHaveLength(0);
  });
});

describe('createOpenAICompatible of any name: whatever namespace it sends n from is held', () => {
  // `@ai-sdk/openai-compatible` reads `provider.split('.')[0].trim()` (1 and 3) and, for 3,
  // that name's camel case by its own rule. Each key a user might write for a name is tried:
  // when the request carries `n: 3`, the hold must be that of three choices.
  const variants = (name: string): string[] => [
    ...new Set([
      name,
      name.trim(),
      name.trim().replace(/[_-]([a-z])/g, (m) => (m[1] as string).toUpperCase()),
      name.trim().replace(/[-_]+(\w)/g, (_m, c: string) => c.toUpperCase()),
    ]),
  ];
  const ofVersion = [
    { ai: ai7s, create: createOpenAICompatible },
    { ai: ai5s, create: createOpenAICompatibleV1 },
  ];

  test('property: sent implies held', async () => {
    const names = fc
      .string({ unit: fc.constantFrom('g', 'W', '-', '_', ' ', '\t'), minLength: 1 })
      .filter((name) => name.trim() !== '');
    await fc.assert(
      fc.asyncProperty(names, fc.constantFrom(...ofVersion), async (name, version) => {
        const c: Case = {
          name,
          ai: version.ai,
          namespace: '',
          model: () =>
            version.create({ ...key, name, baseURL: mock().openaiBaseURL, includeUsage: true })(
              together,
            ),
          table: 'together',
        };
        for (const namespace of variants(name)) {
          const one = await holdOf(c, { providerOptions: { [namespace]: { n: 1 } } });
          const three = await holdOf(c, { providerOptions: { [namespace]: { n: 3 } } });
          // Two more choices of 50 output tokens at $0.88 per million.
          if (sentBody()?.n === 3) expect(three - one).toBeCloseTo(0.000088, 12);
        }
      }),
      { numRuns: 25 },
    );
  });
});
