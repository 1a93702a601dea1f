import { createBudget, InvalidOptionsError } from '@tollgate/core';
import { describeCoreReexports } from '@tollgate/core/testing';
import { createPricing } from '@tollgate/pricing';
import { generateText, wrapLanguageModel } from 'ai';
import { describe, expect, test } from 'vitest';
import * as entry from './index.js';
import { withBudget } from './index.js';
import { providersFor, useMockProvider } from './test-support/providers.js';

const mock = useMockProvider();

/** A model that counts its steps in flight, and the most there were at once. */
function countedModel() {
  let inFlight = 0;
  let most = 0;
  const counted = wrapLanguageModel({
    model: providersFor(mock()).openai('gpt-4.1'),
    middleware: {
      specificationVersion: 'v4',
      wrapGenerate: async ({ doGenerate }) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        try {
          return await doGenerate();
        } finally {
          inFlight -= 1;
        }
      },
    },
  });
  return { counted, most: () => most };
}

describe('withBudget misuse is a typed error at the call that made it', () => {
  test('something that is not an AI SDK model', () => {
    for (const model of [
      null,
      {},
      { specificationVersion: 'v1', provider: 'x', modelId: 'y', doGenerate() {}, doStream() {} },
    ]) {
      expect(() => withBudget(model as never, { limitUsd: 1 })).toThrow(InvalidOptionsError);
    }
    expect(() => withBudget({} as never, { limitUsd: 1 })).toThrow(
      /client: expected an AI SDK model of specification v2, v3 or v4/,
    );
  });

  test('a model already wrapped', () => {
    const model = withBudget(providersFor(mock()).openai('gpt-4.1'), { limitUsd: 1 });
    expect(() => withBudget(model, { limitUsd: 1 })).toThrow(/already wrapped/);
  });

  test('the same option errors as the other adapters', () => {
    const model = providersFor(mock()).openai('gpt-4.1');
    expect(() => withBudget(model, {} as never)).toThrow(
      'expected a budget (createBudget(...)) or a limitUsd for a private budget, received neither',
    );
    expect(() => withBudget(model, { limitUsd: 1, maxConcurrency: 0 })).toThrow(
      'expected a whole number of at least 1, or Infinity',
    );
    expect(() => withBudget(model, { limitUsd: 1, estimate: 'bytes' } as never)).toThrow(
      InvalidOptionsError,
    );
    const budget = createBudget({ id: 'opt-1', limitUsd: 1 });
    expect(() => withBudget(model, budget as never)).toThrow(/pass \{ budget \}/);
  });
});

describe('the wrapped model', () => {
  test('keeps its class, its members and the original untouched', () => {
    const original = providersFor(mock()).openai('gpt-4.1');
    const model = withBudget(original, { limitUsd: 1 });
    expect(model).toBeInstanceOf(original.constructor);
    expect(model.modelId).toBe('gpt-4.1');
    expect(model.provider).toBe('openai.responses');
    expect('budget' in model).toBe(true);
    expect('budget' in original).toBe(false);
    expect(model.supportedUrls).toEqual(original.supportedUrls);
    expect('doGenerate' in model && 'withBudget' in model).toBe(true);
    expect(Symbol.iterator in model).toBe(false);
    expect(Object.prototype.toString.call(model)).toBe(Object.prototype.toString.call(original));
  });

  test("the model's own methods run on the model itself", () => {
    class Custom {
      readonly specificationVersion = 'v4' as const;
      readonly provider = 'openai.responses';
      readonly modelId = 'gpt-4.1';
      readonly supportedUrls = {};
      readonly #secret = 'kept';
      reveal(): string {
        return this.#secret;
      }
      doGenerate(): never {
        throw new Error('not called');
      }
      doStream(): never {
        throw new Error('not called');
      }
    }
    const custom = new Custom();
    const model = withBudget(custom, { limitUsd: 1 });
    expect(model.reveal()).toBe('kept');
    expect(model).toBeInstanceOf(Custom);
    // Read twice, a method is the same function; replaced on the model, the new one is read.
    expect(model.reveal).toBe(model.reveal);
    custom.reveal = () => 'replaced';
    expect(model.reveal()).toBe('replaced');
    expect(model.reveal).toBe(model.reveal);
  });

  test('withBudget(next) binds the same model to another budget', async () => {
    const first = createBudget({ id: 'opt-first', limitUsd: 1 });
    const second = createBudget({ id: 'opt-second', limitUsd: 1 });
    const model = withBudget(providersFor(mock()).openai('gpt-4.1'), { budget: first });
    const other = model.withBudget(second);
    expect(other.budget).toBe(second);
    expect(model.withBudget({ limitUsd: 2 }).budget.id).toMatch(/^opt-first-\d+$/);
    expect(() => model.withBudget({ maxConcurrency: 2 } as never)).toThrow(/adapter option/);
    await generateText({ model: other, prompt: 'Hi', maxOutputTokens: 5 });
    expect((await second.status()).calls).toBe(1);
    expect((await first.status()).calls).toBe(0);
  });

  test('metadata and a custom price table are used', async () => {
    const pricing = createPricing({
      overrides: [{ provider: 'openai', id: 'acme-tuned', like: 'gpt-4.1' }],
    });
    const budget = createBudget({ id: 'opt-meta', limitUsd: 1 });
    const model = withBudget(providersFor(mock()).openai('acme-tuned'), {
      budget,
      pricing,
      metadata: { team: 'search' },
    });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 5 });
    const [entry] = await budget.ledger();
    expect(entry?.details.model).toBe('acme-tuned');
  });

  test('maxConcurrency puts calls in line: never more in flight than allowed', async () => {
    const budget = createBudget({ id: 'opt-line', limitUsd: 1 });
    const { counted, most } = countedModel();
    const model = withBudget(counted, { budget, maxConcurrency: 2 });
    mock().script({ respond: { latencyMs: 5 }, times: 8 });
    await Promise.all(
      Array.from({ length: 8 }, () => generateText({ model, prompt: 'Hi', maxOutputTokens: 5 })),
    );
    expect(most()).toBeLessThanOrEqual(2);
    expect(await budget.status()).toMatchObject({ calls: 8, reservedUsd: '0' });
  });

  test("maxConcurrency is the model's: models derived with withBudget(next) wait in its line", async () => {
    const budget = createBudget({ id: 'opt-line-shared', limitUsd: 1 });
    const other = createBudget({ id: 'opt-line-shared-other', limitUsd: 1 });
    const { counted, most } = countedModel();
    const model = withBudget(counted, { budget, maxConcurrency: 1 });
    mock().script({ respond: { latencyMs: 5 }, times: 4 });
    await Promise.all(
      [
        model,
        model.withBudget(budget),
        model.withBudget(other),
        model.withBudget({ budget: other }),
      ].map((copy) => generateText({ model: copy, prompt: 'Hi', maxOutputTokens: 5 })),
    );
    expect(most()).toBe(1);
    expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
    expect(await other.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
  });

  // Without the abort each step would wait a minute: the test's timeout is the assertion.
  test('an abort ends a wait for a slot or for money at once: nothing held, nothing sent', async () => {
    const slotBudget = createBudget({ id: 'opt-abort-slot', limitUsd: 1 });
    const lined = withBudget(providersFor(mock()).openai('gpt-4.1'), {
      budget: slotBudget,
      maxConcurrency: 1,
    });
    // The first call holds the only slot until the test aborts it: no timing decides whether
    // the waiting steps below are still waiting when they are aborted.
    mock().script({ respond: { latencyMs: 60_000 }, times: 1 });
    const holder = new AbortController();
    const first = generateText({
      model: lined,
      prompt: 'Hi',
      maxOutputTokens: 5,
      maxRetries: 0,
      abortSignal: holder.signal,
    });
    await mock().waitForRequests(1);
    const moneyBudget = createBudget({
      id: 'opt-abort-money',
      limitUsd: 1,
      onLimit: 'wait',
      waitTimeoutMs: 60_000,
    });
    const blocker = await moneyBudget.reserve('1');
    const waiting = withBudget(providersFor(mock()).openai('gpt-4.1'), { budget: moneyBudget });
    for (const model of [lined, waiting]) {
      const controller = new AbortController();
      const step = generateText({
        model,
        prompt: 'Hi',
        maxOutputTokens: 5,
        maxRetries: 0,
        abortSignal: controller.signal,
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      await expect(step).rejects.toMatchObject({ name: 'AbortError' });
    }
    expect(mock().requests).toHaveLength(1);
    holder.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await blocker.release();
    expect(mock().requests).toHaveLength(1);
    expect(await slotBudget.status()).toMatchObject({ calls: 0, reservedUsd: '0' });
    expect(await moneyBudget.status()).toMatchObject({ calls: 0, reservedUsd: '0' });
  });
});

describeCoreReexports('@tollgate/ai-sdk', entry);
