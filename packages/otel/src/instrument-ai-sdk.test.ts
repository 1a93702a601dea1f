import { createOpenAI } from '@ai-sdk/openai';
import { SpanStatusCode } from '@opentelemetry/api';
import { withBudget } from '@tollgate/ai-sdk';
import { BudgetExceededError, createBudget, type LedgerEntry } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { generateText, streamText } from 'ai';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { genAi, tollgate } from './attribute-names.js';
import { instrument } from './instrument.js';
import {
  appSpan,
  inAppSpan,
  metricValue,
  type OtelHarness,
  otelHarness,
} from './test-support/otel-harness.js';
import { tokenCounts } from './token-counts.js';

// The Vercel AI SDK adapter meters at the model, not at the SDK's fetch: instrumenting reads
// the same budget events, so its calls reach the same metrics and the caller's active span.
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

let budgets = 0;
function instrumentedBudget(limitUsd: string | number = 10) {
  const budget = createBudget({ id: `ai-sdk-${++budgets}`, limitUsd });
  stops.push(
    instrument(budget, { meterProvider: otel.meterProvider, tracerProvider: otel.tracerProvider }),
  );
  return budget;
}

const model = () => createOpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL })('gpt-4.1');

async function onlyEntry(budget: ReturnType<typeof instrumentedBudget>): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

describe('instrument with the Vercel AI SDK adapter', () => {
  it('annotates the active span of generateText and feeds the cost counter', async () => {
    const budget = instrumentedBudget();
    await inAppSpan(otel, () =>
      generateText({ model: withBudget(model(), { budget }), prompt: 'Hi', maxOutputTokens: 20 }),
    );
    const entry = await onlyEntry(budget);
    const tokens = tokenCounts(entry.details.tokens);
    expect(appSpan(otel).attributes).toMatchObject({
      [genAi.providerName]: 'openai',
      [genAi.requestModel]: 'gpt-4.1',
      [genAi.inputTokens]: tokens.input,
      [genAi.outputTokens]: tokens.output,
      [tollgate.budgetId]: budget.id,
      [tollgate.costUsd]: Number(entry.actualUsd),
      [tollgate.holdUsd]: Number(entry.reservedUsd),
    });
    const metrics = await otel.collect();
    const byCall = { [tollgate.budgetId]: budget.id, [genAi.requestModel]: 'gpt-4.1' };
    expect(metricValue(metrics, tollgate.costMetric, byCall)).toBe(Number(entry.actualUsd));
    expect(metricValue(metrics, tollgate.spentMetric, { [tollgate.budgetId]: budget.id })).toBe(
      Number((await budget.status()).spentUsd),
    );
  });

  it('annotates the span a streamText step is read in', async () => {
    const budget = instrumentedBudget();
    await inAppSpan(otel, async () => {
      const result = streamText({
        model: withBudget(model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 20,
      });
      for await (const _part of result.textStream);
    });
    const entry = await onlyEntry(budget);
    expect(appSpan(otel).attributes).toMatchObject({
      [genAi.requestModel]: 'gpt-4.1',
      [genAi.outputTokens]: tokenCounts(entry.details.tokens).output,
      [tollgate.costUsd]: Number(entry.actualUsd),
    });
  });

  it('records a refused step on the span and counts it by code', async () => {
    const budget = instrumentedBudget('0.000001');
    const error = await inAppSpan(otel, () =>
      generateText({
        model: withBudget(model(), { budget }),
        prompt: 'Hi',
        maxOutputTokens: 2000,
        maxRetries: 0,
      }).catch((caught: unknown) => caught),
    );
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock.requests).toHaveLength(0);
    const span = appSpan(otel);
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.events.map((event) => event.name)).toContain(tollgate.refusedEvent);
    const metrics = await otel.collect();
    expect(
      metricValue(metrics, tollgate.refusalsMetric, {
        [tollgate.budgetId]: budget.id,
        [tollgate.code]: 'BUDGET_EXCEEDED',
      }),
    ).toBe(1);
  });
});
