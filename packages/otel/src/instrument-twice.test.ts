import { metrics, trace } from '@opentelemetry/api';
import { type Budget, createBudget } from '@tollgate/core';
import { flakyStore, manualClock } from '@tollgate/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genAi, tollgate } from './attribute-names.js';
import { instrument } from './instrument.js';
import {
  histogramOf,
  metricValue,
  type OtelHarness,
  otelHarness,
} from './test-support/otel-harness.js';

// One budget instrumented by two modules (a wrapped client here, its budget there) on one
// meter provider: every instrument must count each event once, before and after either stops.

let otel: OtelHarness;
beforeEach(() => {
  otel = otelHarness();
});
afterEach(async () => {
  metrics.disable();
  trace.disable();
  await otel.shutdown();
});

const details = {
  provider: 'openai',
  model: 'gpt-4o',
  tokens: { input: 100, output: 20 },
  pricingVersion: 'test-1',
};
let budgets = 0;
const nextId = () => `twice-${++budgets}`;
const providers = () => ({ meterProvider: otel.meterProvider });

/** What one collection shows for `budget`: cost, tokens, durations and refusals. */
async function seen(budget: Budget) {
  const collected = await otel.collect();
  const ofBudget = { [tollgate.budgetId]: budget.id };
  const tokens = histogramOf(collected, genAi.tokenUsageMetric).filter(
    (point) => point.attributes[tollgate.budgetId] === budget.id,
  );
  const input = tokens.find((point) => point.attributes[genAi.tokenType] === 'input');
  const durations = histogramOf(collected, genAi.operationDurationMetric).filter(
    (point) => point.attributes[tollgate.budgetId] === budget.id,
  );
  return {
    cost: metricValue(collected, tollgate.costMetric, ofBudget),
    inputTokens: input?.sum,
    calls: durations.reduce((sum, point) => sum + point.count, 0),
    refusals: metricValue(collected, tollgate.refusalsMetric, ofBudget),
  };
}

/** One charged call (100 input tokens) and one refused call. */
async function callAndRefusal(budget: Budget, costUsd: string): Promise<void> {
  await (await budget.reserve('0.5')).settle(costUsd, details);
  await expect(budget.reserve('100')).rejects.toThrow(/limit/i);
}

describe('instrument: one budget instrumented twice on one meter provider', () => {
  for (const stopped of ['first', 'second'] as const) {
    it(`records each event once, and after the ${stopped} stops the other counts every instrument`, async () => {
      const budget = createBudget({ id: nextId(), limitUsd: 10 });
      // As a wrapped client in one module and its budget in another.
      const stopFirst = instrument({ budget }, providers());
      const stopSecond = instrument(budget, providers());
      await callAndRefusal(budget, '0.25');
      await callAndRefusal(budget, '0.125');
      expect(await seen(budget)).toEqual({
        cost: 0.375,
        inputTokens: 200,
        calls: 2,
        refusals: 2,
      });
      const [stop, keep] = stopped === 'first' ? [stopFirst, stopSecond] : [stopSecond, stopFirst];
      stop();
      await callAndRefusal(budget, '0.0625');
      // No gap, no double, and the cost counter never goes back.
      expect(await seen(budget)).toEqual({
        cost: 0.4375,
        inputTokens: 300,
        calls: 3,
        refusals: 3,
      });
      keep();
    });
  }

  it('starts one span per call, before and after either instrumentation stops', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 10 });
    const spanning = { tracerProvider: otel.tracerProvider, createSpans: true };
    const stopFirst = instrument(budget, spanning);
    const stopSecond = instrument({ budget }, spanning);
    await (await budget.reserve('0.5')).settle('0.25', details);
    expect(otel.spans().map((span) => span.name)).toEqual(['chat gpt-4o']);
    stopFirst();
    await (await budget.reserve('0.5')).settle('0.25', details);
    expect(otel.spans().map((span) => span.name)).toEqual(['chat gpt-4o', 'chat gpt-4o']);
    stopSecond();
  });

  it('records each event once when the same budget is listed twice', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 10 });
    const stop = instrument([budget, { budget }, budget], providers());
    await callAndRefusal(budget, '0.25');
    expect(await seen(budget)).toEqual({ cost: 0.25, inputTokens: 100, calls: 1, refusals: 1 });
    stop();
  });

  for (const order of ['parent first', 'child first'] as const) {
    it(`counts a child's call once under the child when parent and child are instrumented separately (${order})`, async () => {
      const parent = createBudget({ id: nextId(), limitUsd: 10 });
      const child = parent.child({ id: nextId(), limitUsd: 5 });
      const stops =
        order === 'parent first'
          ? [instrument(parent, providers()), instrument(child, providers())]
          : [instrument(child, providers()), instrument(parent, providers())];
      await callAndRefusal(child, '0.25');
      expect(await seen(child)).toEqual({ cost: 0.25, inputTokens: 100, calls: 1, refusals: 1 });
      expect(await seen(parent)).toEqual({
        cost: undefined,
        inputTokens: undefined,
        calls: 0,
        refusals: undefined,
      });
      for (const stop of stops) stop();
    });
  }

  it('counts a settlement given up once', async () => {
    const store = flakyStore();
    const clock = manualClock();
    const budget = createBudget({ id: nextId(), limitUsd: 1, store, clock, retryTimeoutMs: 1_000 });
    const stops = [instrument(budget, providers()), instrument(budget, providers())];
    const held = await budget.reserve('0.2');
    store.down = true;
    await held.settle('0.1', details);
    clock.advance(1_001);
    await expect(budget.flush()).rejects.toThrow();
    store.down = false;
    const collected = await otel.collect();
    expect(metricValue(collected, tollgate.lostMetric, { [tollgate.budgetId]: budget.id })).toBe(1);
    for (const stop of stops) stop();
  });
});
