/**
 * A model whose class keeps its state in private members (`#field`, `#method()`) and sends
 * through `config.fetch` as the providers do: Tollgate calls a provider's model through a
 * view of it that records the statuses its `fetch` receives (see `watchStatuses`), and such
 * a class refuses any object it did not construct as `this`. Through the real `ai` 7 under
 * `withBudget` and `budgetMiddleware`: the model is then called as it is, every call
 * metered, none sent twice. One whose class reads a private member only after its request
 * fails that call (it cannot be sent again) and is charged its hold, as served unread.
 */
import * as ai7 from 'ai';
import { describe, expect, test } from 'vitest';
import { AI7_METERS } from './test-support/ai7-meters.js';
import { budgetFor } from './test-support/providers.js';

const USAGE = {
  inputTokens: { total: 1000, noCache: 1000, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 100, text: 100, reasoning: 0 },
  raw: { input_tokens: 1000, output_tokens: 100 },
};
const FINISH = { unified: 'stop', raw: 'stop' };

/** An `openai.responses` model of specification v4 with private members. */
class PrivateModel {
  readonly specificationVersion = 'v4';
  readonly provider = 'openai.responses';
  readonly modelId = 'gpt-4.1';
  readonly supportedUrls = {};
  readonly config: { fetch: (url: string) => Promise<Response> };
  /** Requests sent, counted by the model itself. */
  sent = 0;
  #calls = 0;
  /** Reads its private state only once its request was answered (public: read before). */
  readonly readAfterFetch: boolean;

  constructor(readAfterFetch = false, status = 200) {
    this.readAfterFetch = readAfterFetch;
    this.config = {
      fetch: async () => {
        this.sent += 1;
        return new Response('{}', { status });
      },
    };
  }

  async doGenerate() {
    // Read before its request (or, `readAfterFetch`, only after it).
    if (!this.readAfterFetch) this.#calls += 1;
    await this.config.fetch('http://provider.test/v1/responses');
    if (this.readAfterFetch) this.#calls += 1;
    return {
      content: [{ type: 'text', text: `answer ${this.#calls}` }],
      warnings: [],
      usage: USAGE,
      finishReason: FINISH,
    };
  }

  async doStream() {
    this.#count();
    await this.config.fetch('http://provider.test/v1/responses');
    const parts = [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: '1' },
      { type: 'text-delta', id: '1', delta: `answer ${this.#calls}` },
      { type: 'text-end', id: '1' },
      { type: 'finish', usage: USAGE, finishReason: FINISH },
    ];
    return {
      stream: new ReadableStream({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  }

  #count(): void {
    this.#calls += 1;
  }
}

/** The same model whose `doGenerate` reads a private member before it returns a promise. */
class SyncPrivateModel extends PrivateModel {
  #steps = 0;

  override doGenerate() {
    this.#steps += 1;
    return super.doGenerate();
  }

  get steps(): number {
    return this.#steps;
  }
}

/** gpt-4.1: 1,000 input tokens at $2 and 100 output tokens at $8 per million. */
const ONE_CALL = 0.0028;

describe.each(AI7_METERS)('a model with private members, under %s', (_name, meter) => {
  test('generateText: called as it is, each call sent once and charged its usage', async () => {
    const budget = budgetFor('private-members');
    const model = new PrivateModel();
    const metered = meter(model, budget);
    for (const expected of ['answer 1', 'answer 2']) {
      const { text } = await ai7.generateText({ model: metered as never, prompt: 'Hi' });
      expect(text).toBe(expected);
    }
    expect(model.sent).toBe(2);
    const status = await budget.status();
    expect(Number(status.spentUsd)).toBeCloseTo(2 * ONE_CALL, 12);
    expect(status.reservedUsd).toBe('0');
  });

  test('a private member read before doGenerate returns its promise: called as it is', async () => {
    const budget = budgetFor('private-members');
    const model = new SyncPrivateModel();
    const { text } = await ai7.generateText({ model: meter(model, budget) as never, prompt: 'Hi' });
    expect(text).toBe('answer 1');
    expect([model.sent, model.steps]).toEqual([1, 1]);
    expect(Number((await budget.status()).spentUsd)).toBeCloseTo(ONE_CALL, 12);
  });

  test('streamText (a private method): called as it is, charged its usage', async () => {
    const budget = budgetFor('private-members');
    const model = new PrivateModel();
    const result = ai7.streamText({ model: meter(model, budget) as never, prompt: 'Hi' });
    expect(await result.text).toBe('answer 1');
    expect(model.sent).toBe(1);
    const status = await budget.status();
    expect(Number(status.spentUsd)).toBeCloseTo(ONE_CALL, 12);
    expect(status.reservedUsd).toBe('0');
  });

  test('a private member read only after its request: that call fails unsent again, later calls go through', async () => {
    const budget = budgetFor('private-members');
    const model = new PrivateModel(true);
    const metered = meter(model, budget);
    const first = await ai7
      .generateText({ model: metered as never, prompt: 'Hi', maxRetries: 0 })
      .catch((error: unknown) => error);
    expect(first).toBeInstanceOf(TypeError);
    // Never sent twice: the request it made is the only one. It was answered 200, so it
    // was served: charged its hold, its usage unseen, never free.
    expect(model.sent).toBe(1);
    const [unseen] = await budget.ledger();
    expect(unseen?.details).toMatchObject({ partial: true, usage: 'unseen' });
    expect(Number(unseen?.actualUsd)).toBeGreaterThan(ONE_CALL);
    const { text } = await ai7.generateText({ model: metered as never, prompt: 'Hi' });
    expect(text).toBe('answer 1');
    expect(model.sent).toBe(2);
    expect(await budget.ledger()).toHaveLength(2);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a private member read only after a request answered with an error status: released, nothing charged', async () => {
    const budget = budgetFor('private-members');
    const model = new PrivateModel(true, 503);
    const error = await ai7
      .generateText({ model: meter(model, budget) as never, prompt: 'Hi', maxRetries: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(model.sent).toBe(1);
    expect(await budget.ledger()).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });
});
