import Anthropic from '@anthropic-ai/sdk';
import { SpanStatusCode } from '@opentelemetry/api';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import { BudgetExceededError, createBudget, type LedgerEntry } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { withBudget as withOpenAIBudget } from '@tollgate/openai';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { genAi, tollgate } from './attribute-names.js';
import { instrument } from './instrument.js';
import {
  appSpan,
  histogramOf,
  inAppSpan,
  metricValue,
  type OtelHarness,
  otelHarness,
} from './test-support/otel-harness.js';
import { tokenCounts } from './token-counts.js';

let mock: MockProvider;
let otel: OtelHarness;
const stops: (() => void)[] = [];
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  otel = otelHarness();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await otel.shutdown();
});

const messages = [{ role: 'user' as const, content: 'Say hello in five words.' }];
let budgets = 0;
const newBudget = (limitUsd: string | number = 10) =>
  createBudget({ id: `sdk-${++budgets}`, limitUsd });

/** Instruments with the harness's providers and remembers to stop. */
function instrumented(budget: Parameters<typeof instrument>[0], createSpans = false) {
  const stop = instrument(budget, {
    meterProvider: otel.meterProvider,
    tracerProvider: otel.tracerProvider,
    createSpans,
  });
  stops.push(stop);
  return stop;
}

async function onlyEntry(budget: ReturnType<typeof newBudget>): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

const openai = () => new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
const anthropic = () =>
  new Anthropic({ apiKey: 'test', baseURL: mock.anthropicBaseURL, maxRetries: 0 });

describe('instrument with the openai SDK', () => {
  it('annotates the active span and feeds cost, tokens, duration and the gauges', async () => {
    const budget = newBudget();
    const client = withOpenAIBudget(openai(), { budget });
    instrumented(client);
    mock.script({
      respond: {
        serviceTier: 'default',
        usage: { prompt_tokens_details: { cached_tokens: 4 } },
      },
    });
    await inAppSpan(otel, () =>
      client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 20 }),
    );
    const entry = await onlyEntry(budget);
    const attributes = appSpan(otel).attributes;
    expect(attributes).toMatchObject({
      [genAi.providerName]: 'openai',
      [genAi.operationName]: 'chat',
      [genAi.requestModel]: 'gpt-4o',
      [genAi.responseModel]: expect.stringMatching(/^gpt-4o/),
      [genAi.inputTokens]: tokenCounts(entry.details.tokens).input,
      [genAi.outputTokens]: tokenCounts(entry.details.tokens).output,
      [genAi.cacheReadInputTokens]: 4,
      [tollgate.budgetId]: budget.id,
      [tollgate.costUsd]: Number(entry.actualUsd),
      [tollgate.holdUsd]: Number(entry.reservedUsd),
      [tollgate.pricingVersion]: entry.details.pricingVersion,
      [tollgate.serviceTier]: 'default',
    });
    const metrics = await otel.collect();
    const byCall = { [tollgate.budgetId]: budget.id, [genAi.requestModel]: 'gpt-4o' };
    expect(metricValue(metrics, tollgate.costMetric, byCall)).toBe(Number(entry.actualUsd));
    expect(metricValue(metrics, tollgate.holdMetric, byCall)).toBe(Number(entry.reservedUsd));
    const status = await budget.status();
    const ofBudget = { [tollgate.budgetId]: budget.id };
    expect(metricValue(metrics, tollgate.spentMetric, ofBudget)).toBe(Number(status.spentUsd));
    expect(metricValue(metrics, tollgate.reservedMetric, ofBudget)).toBe(0);
    expect(metricValue(metrics, tollgate.limitMetric, ofBudget)).toBe(10);
    expect(metricValue(metrics, tollgate.remainingMetric, ofBudget)).toBe(
      Number(status.remainingUsd),
    );
    expect(metricValue(metrics, tollgate.pendingMetric, ofBudget)).toBe(0);
    const tokens = histogramOf(metrics, genAi.tokenUsageMetric);
    expect(tokens.map((point) => [point.attributes[genAi.tokenType], point.sum])).toEqual(
      expect.arrayContaining([
        ['input', tokenCounts(entry.details.tokens).input],
        ['output', tokenCounts(entry.details.tokens).output],
      ]),
    );
    const [duration] = histogramOf(metrics, genAi.operationDurationMetric);
    expect(duration).toMatchObject({ count: 1, attributes: { [genAi.providerName]: 'openai' } });
  });

  it('annotates the span a streamed call is read in', async () => {
    const budget = newBudget();
    const client = withOpenAIBudget(openai(), { budget });
    instrumented(budget);
    await inAppSpan(otel, async () => {
      const stream = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages,
        max_completion_tokens: 20,
        stream: true,
      });
      for await (const _chunk of stream);
    });
    const entry = await onlyEntry(budget);
    expect(appSpan(otel).attributes).toMatchObject({
      [genAi.requestModel]: 'gpt-4o-mini',
      [genAi.outputTokens]: tokenCounts(entry.details.tokens).output,
      [tollgate.costUsd]: Number(entry.actualUsd),
    });
  });

  it('records an embeddings call as one, with input tokens only', async () => {
    const budget = newBudget();
    const client = withOpenAIBudget(openai(), { budget });
    instrumented(budget);
    await inAppSpan(otel, () =>
      client.embeddings.create({ model: 'text-embedding-3-small', input: 'hello' }),
    );
    expect(appSpan(otel).attributes[genAi.operationName]).toBe('embeddings');
    const tokens = histogramOf(await otel.collect(), genAi.tokenUsageMetric);
    expect(tokens.map((point) => point.attributes[genAi.tokenType])).toEqual(['input']);
  });

  it('records a refusal as a span event with an error status, and counts it by code', async () => {
    const budget = newBudget('0.000001');
    const client = withOpenAIBudget(openai(), { budget });
    instrumented(budget);
    const error = await inAppSpan(otel, () =>
      client.chat.completions
        .create({ model: 'gpt-4o', messages, max_completion_tokens: 2000 })
        .catch((caught: unknown) => caught),
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock.requests).toHaveLength(0);
    const span = appSpan(otel);
    expect(span.status).toMatchObject({ code: SpanStatusCode.ERROR });
    expect(span.status.message).toContain(`Budget "${budget.id}" refused`);
    expect(span.attributes[genAi.errorType]).toBe('BUDGET_EXCEEDED');
    const [event] = span.events;
    expect(event).toMatchObject({
      name: tollgate.refusedEvent,
      attributes: {
        [tollgate.code]: 'BUDGET_EXCEEDED',
        [tollgate.refusingBudgetId]: budget.id,
        [tollgate.limitUsd]: 0.000001,
        [tollgate.enforced]: true,
      },
    });
    const metrics = await otel.collect();
    expect(
      metricValue(metrics, tollgate.refusalsMetric, {
        [tollgate.budgetId]: budget.id,
        [tollgate.code]: 'BUDGET_EXCEEDED',
      }),
    ).toBe(1);
  });

  it('starts a span of its own for a call outside any span only when asked', async () => {
    const budget = newBudget();
    const client = withOpenAIBudget(openai(), { budget });
    const stop = instrumented(budget);
    await client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 5 });
    expect(otel.spans()).toEqual([]);
    stop();
    instrumented(budget, true);
    await client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 5 });
    const [span] = otel.spans();
    expect(span?.name).toBe('chat gpt-4o');
    expect(span?.attributes[tollgate.costUsd]).toBeGreaterThan(0);
    // A span that is active is annotated, never replaced.
    await inAppSpan(otel, () =>
      client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 5 }),
    );
    expect(otel.spans().map((candidate) => candidate.name)).toEqual([
      'chat gpt-4o',
      'handle request',
    ]);
  });

  it('ends its own span without a charge when the call fails', async () => {
    const budget = newBudget();
    const client = withOpenAIBudget(openai(), { budget });
    instrumented(budget, true);
    mock.script({ respond: { status: 400 } });
    await expect(
      client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 5 }),
    ).rejects.toThrow();
    await budget.flush();
    const [span] = otel.spans();
    expect(span?.name).toBe('tollgate.call');
    expect(span?.attributes[tollgate.costUsd]).toBeUndefined();
  });
});

describe('instrument with the @anthropic-ai/sdk', () => {
  it('annotates the active span with GenAI usage counting cache tokens as input', async () => {
    const budget = newBudget();
    const client = withAnthropicBudget(anthropic(), { budget });
    instrumented(client);
    mock.script({
      respond: {
        serviceTier: 'standard',
        usage: { input_tokens: 10, cache_read_input_tokens: 100, cache_creation_input_tokens: 20 },
      },
    });
    await inAppSpan(otel, () =>
      client.messages.create({ model: 'claude-haiku-4-5', messages, max_tokens: 50 }),
    );
    const entry = await onlyEntry(budget);
    expect(appSpan(otel).attributes).toMatchObject({
      [genAi.providerName]: 'anthropic',
      [genAi.requestModel]: 'claude-haiku-4-5',
      [genAi.inputTokens]: 130,
      [genAi.cacheReadInputTokens]: 100,
      [genAi.cacheCreationInputTokens]: 20,
      [genAi.outputTokens]: tokenCounts(entry.details.tokens).output,
      [tollgate.costUsd]: Number(entry.actualUsd),
      [tollgate.serviceTier]: 'standard',
    });
    const metrics = await otel.collect();
    expect(
      metricValue(metrics, tollgate.costMetric, {
        [genAi.providerName]: 'anthropic',
        [tollgate.serviceTier]: 'standard',
      }),
    ).toBe(Number(entry.actualUsd));
    const input = histogramOf(metrics, genAi.tokenUsageMetric).find(
      (point) => point.attributes[genAi.tokenType] === 'input',
    );
    expect(input?.sum).toBe(130);
  });

  it('annotates the span a streamed message is read in, and its response model', async () => {
    const budget = newBudget();
    const client = withAnthropicBudget(anthropic(), { budget });
    instrumented(budget);
    await inAppSpan(otel, async () => {
      const stream = await client.messages.create({
        model: 'claude-haiku-4-5',
        messages,
        max_tokens: 50,
        stream: true,
      });
      for await (const _event of stream);
    });
    const entry = await onlyEntry(budget);
    expect(appSpan(otel).attributes).toMatchObject({
      [genAi.responseModel]: entry.details.responseModel,
      [genAi.outputTokens]: tokenCounts(entry.details.tokens).output,
      [tollgate.costUsd]: Number(entry.actualUsd),
    });
    expect(entry.details.responseModel).toEqual(expect.any(String));
  });

  it('counts a refusal under the nearest instrumented budget of the chain', async () => {
    const root = newBudget();
    const plan = root.child({ id: `plan-of-${root.id}`, limitUsd: '0.000001' });
    const client = withAnthropicBudget(anthropic(), { budget: plan });
    instrumented(root);
    await expect(
      client.messages.create({ model: 'claude-haiku-4-5', messages, max_tokens: 50 }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    const metrics = await otel.collect();
    expect(
      metricValue(metrics, tollgate.refusalsMetric, {
        [tollgate.budgetId]: root.id,
        [tollgate.code]: 'BUDGET_EXCEEDED',
      }),
    ).toBe(1);
  });
});
