/**
 * OpenRouter's fallback routing and paid plugins through the real
 * `@openrouter/ai-sdk-provider`, against a `node:http` server answering as OpenRouter does
 * when a fallback served the call (the loopback mock always names the requested model).
 * Rates per million tokens (OpenRouter table): openai/gpt-4o-mini $0.15 / $0.60,
 * anthropic/claude-opus-4 $15 / $75.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createOpenRouter } from '@openrouter/ai-sdk-provider';
import { generateText, streamText, wrapLanguageModel } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  BudgetExceededError,
  budgetMiddleware,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import { budgetFor } from './test-support/providers.js';
import { expectTokensCharged } from './test-support/scenarios.js';
import { settled } from './test-support/spec-models.js';

/** What the server answers: the model it names, and OpenRouter's cost when set. */
const answer: { model: string; cost?: number } = { model: 'anthropic/claude-opus-4' };
const bodies: Record<string, unknown>[] = [];
let server: Server;
let baseURL: string;

function respond(request: IncomingMessage, response: ServerResponse): void {
  let text = '';
  request.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  request.on('end', () => {
    const body = JSON.parse(text) as Record<string, unknown>;
    bodies.push(body);
    const usage = {
      prompt_tokens: 1000,
      completion_tokens: 1000,
      total_tokens: 2000,
      ...(answer.cost === undefined ? {} : { cost: answer.cost }),
    };
    const base = { id: 'gen-1', created: 1, model: answer.model, provider: 'Anthropic' };
    if (body.stream !== true) {
      response.writeHead(200, { 'content-type': 'application/json' });
      const message = { role: 'assistant', content: 'hello' };
      const choices = [{ index: 0, message, finish_reason: 'stop' }];
      response.end(JSON.stringify({ ...base, object: 'chat.completion', choices, usage }));
      return;
    }
    const chunk = (delta: object, finish: string | null, extra: object = {}) =>
      `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.end(
      // The last chunk names no model: the one named before it stands.
      `${chunk({ role: 'assistant', content: 'hello' }, null)}${chunk({}, 'stop', { usage, model: undefined })}data: [DONE]\n\n`,
    );
  });
}

beforeAll(async () => {
  server = createServer(respond);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  bodies.length = 0;
  answer.model = 'anthropic/claude-opus-4';
  delete answer.cost;
});

const router = (extraBody?: Record<string, unknown>) =>
  createOpenRouter({ apiKey: 'test', baseURL, ...(extraBody === undefined ? {} : { extraBody }) });
const fallbacks = ['openai/gpt-4o-mini', 'anthropic/claude-opus-4'];

describe('OpenRouter fallback models', () => {
  test.each([
    ['in the model settings', () => router()('openai/gpt-4o-mini', { models: fallbacks }), {}],
    ['in the call options', () => router()('openai/gpt-4o-mini'), { models: fallbacks }],
    ['in the provider extraBody', () => router({ models: fallbacks })('openai/gpt-4o-mini'), {}],
  ] as const)(
    '%s: held at the dearest model, refused before any request when it does not fit',
    async (_where, model, openrouter) => {
      // Opus's bound: 1,000 output tokens x $75 per million alone is $0.075 > $0.01.
      const budget = budgetFor('openrouter-fallback', '0.01');
      const error = await generateText({
        model: withBudget(model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 1000,
        providerOptions: { openrouter },
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BudgetExceededError);
      expect(bodies).toHaveLength(0);
    },
  );

  test.each([
    ['generateText', false],
    ['streamText', true],
  ] as const)(
    '%s without usage.cost: charged as the model the response names',
    async (_how, stream) => {
      const budget = budgetFor('openrouter-fallback');
      const model = withBudget(router()('openai/gpt-4o-mini', { models: fallbacks }), { budget });
      if (stream) await streamText({ model, prompt: 'Hi', maxOutputTokens: 1000 }).consumeStream();
      else await generateText({ model, prompt: 'Hi', maxOutputTokens: 1000 });
      expect(bodies[0]?.models).toEqual(fallbacks);
      const entry = await settled(budget);
      // 1,000 x $15 + 1,000 x $75 per million.
      expect(entry).toMatchObject({
        actualUsd: '0.09',
        details: { model: 'anthropic/claude-opus-4' },
      });
    },
  );

  test.each([
    ['generateText', false],
    ['streamText', true],
  ] as const)(
    '%s served by the requested model: charged its price, not the dearest',
    async (_how, stream) => {
      answer.model = 'openai/gpt-4o-mini';
      const budget = budgetFor('openrouter-fallback');
      const model = withBudget(router()('openai/gpt-4o-mini', { models: fallbacks }), { budget });
      if (stream) await streamText({ model, prompt: 'Hi', maxOutputTokens: 1000 }).consumeStream();
      else await generateText({ model, prompt: 'Hi', maxOutputTokens: 1000 });
      // 1,000 x $0.15 + 1,000 x $0.60 per million.
      expect(await settled(budget)).toMatchObject({
        actualUsd: '0.00075',
        details: { model: 'openai/gpt-4o-mini' },
      });
    },
  );

  test('a response naming a model outside the list is charged at the dearest of the list', async () => {
    answer.model = 'some/unlisted-model';
    const budget = budgetFor('openrouter-fallback');
    const model = withBudget(router()('openai/gpt-4o-mini', { models: fallbacks }), { budget });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 1000 });
    expect(await settled(budget)).toMatchObject({
      actualUsd: '0.09',
      details: { model: 'anthropic/claude-opus-4' },
    });
  });

  test('with usage.cost: that cost is charged, and compared with the serving model', async () => {
    answer.cost = 0.09;
    const budget = budgetFor('openrouter-fallback');
    const drifts: unknown[] = [];
    budget.on('price-drift', (event) => {
      drifts.push(event);
    });
    const model = withBudget(router()('openai/gpt-4o-mini', { models: fallbacks }), { budget });
    await generateText({ model, prompt: 'Hi', maxOutputTokens: 1000 });
    expect((await settled(budget)).actualUsd).toBe('0.09');
    expect(drifts).toEqual([]);
  });

  test('through budgetMiddleware: the model settings are read from the model it wraps', async () => {
    const budget = budgetFor('openrouter-fallback', '0.01');
    const error = await generateText({
      model: wrapLanguageModel({
        model: router()('openai/gpt-4o-mini', { models: fallbacks }),
        middleware: budgetMiddleware({ budget }),
      }),
      prompt: 'Hi',
      maxOutputTokens: 1000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(bodies).toHaveLength(0);
  });

  test('a fallback model without a price is refused before any request', async () => {
    const error = await generateText({
      model: withBudget(router()('openai/gpt-4o-mini', { models: ['no-such/model'] }), {
        limitUsd: 1,
      }),
      prompt: 'Hi',
      maxOutputTokens: 10,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect(bodies).toHaveLength(0);
  });

  test('an OpenAI-compatible provider priced from the OpenRouter table: its options carry models too', async () => {
    const compatible = createOpenAICompatible({ name: 'router', apiKey: 'test', baseURL });
    const error = await generateText({
      model: withBudget(compatible('openai/gpt-4o-mini'), {
        limitUsd: '0.01',
        provider: 'openrouter',
      }),
      prompt: 'Hi',
      maxOutputTokens: 1000,
      providerOptions: { router: { models: fallbacks } },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(bodies).toHaveLength(0);
  });
});

describe('OpenRouter paid plugins', () => {
  test.each([
    [
      'the web plugin in the call options',
      () => router()('openai/gpt-4o-mini'),
      { plugins: [{ id: 'web' }] },
    ],
    [
      'the web plugin in the model settings',
      () => router()('openai/gpt-4o-mini', { plugins: [{ id: 'web' }] }),
      {},
    ],
    [
      'web_search_options',
      () => router()('openai/gpt-4o-mini'),
      { web_search_options: { search_context_size: 'high' } },
    ],
    [
      'the web plugin in the provider extraBody',
      () => router({ plugins: [{ id: 'web' }] })('openai/gpt-4o-mini'),
      {},
    ],
    [
      'the OCR file parser',
      () => router()('openai/gpt-4o-mini'),
      { plugins: [{ id: 'file-parser', pdf: { engine: 'mistral-ocr' } }] },
    ],
  ] as const)(
    '%s: refused as unmetered before any request, let through on allow (tokens charged)',
    async (_what, model, openrouter) => {
      const budget = budgetFor('openrouter-plugins');
      const call = (unmetered: 'refuse' | 'allow') =>
        generateText({
          model: withBudget(model(), { budget, unmetered }),
          prompt: 'Latest news',
          maxOutputTokens: 100,
          providerOptions: { openrouter },
        });
      const error = await call('refuse').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnmeteredEndpointError);
      expect(bodies).toHaveLength(0);
      await call('allow');
      expect(bodies).toHaveLength(1);
      await expectTokensCharged(budget);
    },
  );

  test.each([
    ['the pdf-text parser', [{ id: 'file-parser', pdf: { engine: 'pdf-text' } }]],
    [
      "the native parser (the model's own tokens)",
      [{ id: 'file-parser', pdf: { engine: 'native' } }],
    ],
    ['a plugin that is no object, beside a free one', ['web', null, { id: 'response-healing' }]],
  ] as const)('free plugins (%s) are metered as usual', async (_what, plugins) => {
    answer.model = 'openai/gpt-4o-mini';
    const budget = budgetFor('openrouter-plugins');
    await generateText({
      model: withBudget(router()('openai/gpt-4o-mini'), { budget }),
      prompt: 'Read it',
      maxOutputTokens: 100,
      providerOptions: { openrouter: { plugins: plugins as never } },
    });
    expect(bodies[0]?.plugins).toEqual(plugins);
    expect(await settled(budget)).toMatchObject({ actualUsd: '0.00075' });
  });

  test('the file parser with no pdf settings (OCR by default) is refused as unmetered', async () => {
    const budget = budgetFor('openrouter-plugins');
    const error = await generateText({
      model: withBudget(router()('openai/gpt-4o-mini'), { budget }),
      prompt: 'Read it',
      providerOptions: { openrouter: { plugins: [{ id: 'file-parser' }] } },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(bodies).toHaveLength(0);
  });
});
