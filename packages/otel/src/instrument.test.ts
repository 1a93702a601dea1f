import { metrics, trace } from '@opentelemetry/api';
import {
  type Budget,
  createBudget,
  InvalidOptionsError,
  StoreUnavailableError,
} from '@tollgate/core';
import { flakyStore, manualClock } from '@tollgate/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { genAi, tollgate } from './attribute-names.js';
import { instrument } from './instrument.js';
import {
  histogramOf,
  metricValue,
  type OtelHarness,
  otelHarness,
  pointsOf,
} from './test-support/otel-harness.js';

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
  tokens: { input: 100, cachedInput: 40, output: 20, reasoning: 5 },
  pricingVersion: 'test-1',
};
let budgets = 0;
const nextId = () => `unit-${++budgets}`;
const providers = () => ({
  meterProvider: otel.meterProvider,
  tracerProvider: otel.tracerProvider,
});

/** Counts the listeners `instrument` keeps on a budget, through its public `on`. */
function countListeners(budget: Budget): () => number {
  const on = budget.on.bind(budget);
  let live = 0;
  budget.on = ((name, handler) => {
    live += 1;
    const off = on(name, handler);
    return () => {
      live -= 1;
      off();
    };
  }) as Budget['on'];
  return () => live;
}

describe('instrument', () => {
  it('counts a call once, under the nearest instrumented budget of its chain', async () => {
    const root = createBudget({ id: nextId(), limitUsd: 10 });
    const plan = root.child({ id: nextId(), limitUsd: 5 });
    const user = plan.child({ id: nextId(), limitUsd: 1 });
    const stop = instrument([root, plan, root], providers());
    await (await user.reserve('0.5')).settle('0.25', details);
    await (await root.reserve('0.5')).settle('0.125', details);
    const collected = await otel.collect();
    expect(metricValue(collected, tollgate.costMetric, { [tollgate.budgetId]: plan.id })).toBe(
      0.25,
    );
    expect(metricValue(collected, tollgate.costMetric, { [tollgate.budgetId]: root.id })).toBe(
      0.125,
    );
    expect(histogramOf(collected, genAi.tokenUsageMetric).map((point) => point.count)).toEqual([
      1, 1, 1, 1,
    ]);
    // Gauges for the budgets passed, each once.
    expect(metricValue(collected, tollgate.spentMetric, { [tollgate.budgetId]: root.id })).toBe(
      0.375,
    );
    expect(metricValue(collected, tollgate.spentMetric, { [tollgate.budgetId]: plan.id })).toBe(
      0.25,
    );
    expect(metricValue(collected, tollgate.spentMetric, { [tollgate.budgetId]: user.id })).toBe(
      undefined,
    );
    stop();
  });

  it('counts a call once, under the nearest instrumented budget, across separate instrument calls', async () => {
    const root = createBudget({ id: nextId(), limitUsd: 10 });
    const plan = root.child({ id: nextId(), limitUsd: 5 });
    const user = plan.child({ id: nextId(), limitUsd: 1 });
    // Two instrument calls reporting to one place, and a second place that sees the root only.
    const stopRoot = instrument(root, providers());
    const stopPlan = instrument(plan, providers());
    const elsewhere = otelHarness();
    const stopElsewhere = instrument(root, { meterProvider: elsewhere.meterProvider });
    await (await user.reserve('0.5')).settle('0.25', details);
    await (await plan.reserve('0.5')).settle('0.125', details);
    await (await root.reserve('0.5')).settle('0.0625', details);
    await expect(user.reserve('2')).rejects.toThrow(/refused|limit/i);
    const total = async (budget: Budget) =>
      (await budget.ledger()).reduce((sum, entry) => sum + Number(entry.actualUsd), 0);
    const cost = (collected: Awaited<ReturnType<OtelHarness['collect']>>, budget: Budget) =>
      metricValue(collected, tollgate.costMetric, { [tollgate.budgetId]: budget.id }) ?? 0;
    let collected = await otel.collect();
    // As the ledger: the plan's calls (its own and its user's) under the plan, once each.
    expect(cost(collected, plan)).toBe(await total(plan));
    expect(cost(collected, root) + cost(collected, plan)).toBe(await total(root));
    expect(cost(collected, root)).toBe(0.0625);
    expect(pointsOf(collected, tollgate.refusalsMetric).map((point) => point.value)).toEqual([1]);
    expect(
      histogramOf(collected, genAi.operationDurationMetric)
        .map((point) => point.count)
        .sort(),
    ).toEqual([1, 2]);
    // The other provider counts every call once too, under the root it was given.
    const seen = await elsewhere.collect();
    expect(cost(seen, root)).toBe(await total(root));
    expect(pointsOf(seen, tollgate.refusalsMetric).map((point) => point.value)).toEqual([1]);
    // Once the plan's instrumentation stops, its calls count under the root.
    stopPlan();
    await (await user.reserve('0.5')).settle('0.5', details);
    collected = await otel.collect();
    expect(cost(collected, root)).toBe(0.5625);
    expect(cost(collected, root) + cost(collected, plan)).toBe(await total(root));
    stopRoot();
    stopElsewhere();
    await elsewhere.shutdown();
  });

  it('keeps whole totals for a budget instrumented twice: stopping one loses nothing', async () => {
    // As when one module instruments a wrapped client and another its budget.
    const budget = createBudget({ id: nextId(), limitUsd: 10 });
    const stopFirst = instrument(budget, providers());
    const stopSecond = instrument(budget, providers());
    await (await budget.reserve('0.5')).settle('0.25', details);
    await (await budget.reserve('0.5')).settle('0.125', details);
    const cost = async () =>
      metricValue(await otel.collect(), tollgate.costMetric, { [tollgate.budgetId]: budget.id });
    expect(await cost()).toBe(0.375);
    stopFirst();
    await (await budget.reserve('0.5')).settle('0.0625', details);
    // A counter never goes back: the instrumentation left running counted every call.
    expect(await cost()).toBe(0.4375);
    stopSecond();
  });

  it('measures duration on the injected clock, from the hold to the charge', async () => {
    let now = 1_000;
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    instrument(budget, { ...providers(), now: () => now });
    const reservation = await budget.reserve('0.1');
    now += 2_500;
    await reservation.settle('0.05', details);
    const [duration] = histogramOf(await otel.collect(), genAi.operationDurationMetric);
    expect(duration).toMatchObject({ count: 1, sum: 2.5 });
  });

  it('stops: no more listeners (so no event is built), no more points, and stopping twice is harmless', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const listeners = countListeners(budget);
    const stop = instrument(budget, providers());
    expect(listeners()).toBeGreaterThan(0);
    await (await budget.reserve('0.1')).settle('0.05', details);
    stop();
    stop();
    expect(listeners()).toBe(0);
    await (await budget.reserve('0.1')).settle('0.05', details);
    const collected = await otel.collect();
    expect(metricValue(collected, tollgate.costMetric)).toBeUndefined();
    expect(metricValue(collected, tollgate.spentMetric)).toBeUndefined();
  });

  it('costs nothing when no provider is registered or passed: it listens to nothing', () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const listeners = countListeners(budget);
    const stop = instrument(budget);
    expect(listeners()).toBe(0);
    stop();
  });

  it('uses the globally registered providers by default', async () => {
    metrics.setGlobalMeterProvider(otel.meterProvider);
    trace.setGlobalTracerProvider(otel.tracerProvider);
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const stop = instrument(budget, { createSpans: true });
    await (await budget.reserve('0.1')).settle('0.05', details);
    expect(metricValue(await otel.collect(), tollgate.costMetric)).toBe(0.05);
    expect(otel.spans().map((span) => span.name)).toEqual(['chat gpt-4o']);
    stop();
  });

  it('works with metrics alone and with spans alone', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const stopMetrics = instrument(budget, { meterProvider: otel.meterProvider });
    await (await budget.reserve('0.1')).settle('0.05', details);
    stopMetrics();
    expect(otel.spans()).toEqual([]);
    const stopSpans = instrument(budget, {
      tracerProvider: otel.tracerProvider,
      createSpans: true,
    });
    await (await budget.reserve('0.1')).settle('0.05', details);
    await (await budget.reserve('0.1')).release();
    stopSpans();
    expect(otel.spans().map((span) => span.name)).toEqual(['chat gpt-4o', 'tollgate.call']);
    expect(metricValue(await otel.collect(), tollgate.costMetric)).toBeUndefined();
  });

  it('annotates the active span without timing calls when only a tracer is there', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const stop = instrument(budget, { tracerProvider: otel.tracerProvider });
    await otel.tracerProvider.getTracer('app').startActiveSpan('work', async (span) => {
      await (await budget.reserve('0.1')).settle('0.05', details);
      span.end();
    });
    stop();
    expect(otel.spans()[0]?.attributes).toMatchObject({
      [genAi.reasoningOutputTokens]: 5,
      [genAi.cacheReadInputTokens]: 40,
      [tollgate.costUsd]: 0.05,
    });
    expect(otel.spans()[0]?.attributes[genAi.cacheCreationInputTokens]).toBeUndefined();
  });

  it('names a call by its operation alone when the settlement says nothing else', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    instrument(budget, { ...providers(), createSpans: true });
    await (await budget.reserve('0.1')).settle('0.05');
    const [span] = otel.spans();
    expect(span?.name).toBe('chat');
    expect(span?.attributes[genAi.providerName]).toBeUndefined();
    expect(span?.attributes[genAi.inputTokens]).toBeUndefined();
    const collected = await otel.collect();
    expect(metricValue(collected, tollgate.costMetric)).toBe(0.05);
    expect(histogramOf(collected, genAi.tokenUsageMetric)).toEqual([]);
  });

  it('reports a store outage: a refusal by code, a pending settlement, and no gauges it cannot read', async () => {
    const store = flakyStore();
    const budget = createBudget({ id: nextId(), limitUsd: 1, store });
    instrument(budget, { ...providers(), createSpans: true });
    const held = await budget.reserve('0.2');
    store.down = true;
    await expect(budget.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await held.settle('0.1', details);
    let collected = await otel.collect();
    expect(
      metricValue(collected, tollgate.refusalsMetric, { [tollgate.code]: 'STORE_UNAVAILABLE' }),
    ).toBe(1);
    expect(metricValue(collected, tollgate.pendingMetric, { [tollgate.budgetId]: budget.id })).toBe(
      1,
    );
    expect(metricValue(collected, tollgate.spentMetric)).toBeUndefined();
    expect(metricValue(collected, tollgate.storeAvailableMetric)).toBe(0);
    const refusal = otel.spans().find((span) => span.name === tollgate.storeUnavailableEvent);
    expect(refusal?.attributes[genAi.errorType]).toBe('STORE_UNAVAILABLE');
    store.down = false;
    await budget.flush();
    collected = await otel.collect();
    expect(metricValue(collected, tollgate.pendingMetric)).toBe(0);
    expect(metricValue(collected, tollgate.spentMetric)).toBe(0.1);
    expect(metricValue(collected, tollgate.storeAvailableMetric)).toBe(1);
    expect(metricValue(collected, tollgate.costMetric)).toBe(0.1);
  });

  it('counts a settlement given up, and no longer counts it as pending', async () => {
    const store = flakyStore();
    const clock = manualClock();
    const budget = createBudget({ id: nextId(), limitUsd: 1, store, clock, retryTimeoutMs: 1_000 });
    instrument(budget, providers());
    const held = await budget.reserve('0.2');
    store.down = true;
    await held.settle('0.1', details);
    const ofBudget = { [tollgate.budgetId]: budget.id };
    expect(metricValue(await otel.collect(), tollgate.pendingMetric, ofBudget)).toBe(1);
    clock.advance(1_001);
    await expect(budget.flush()).rejects.toThrow();
    store.down = false;
    const collected = await otel.collect();
    expect(metricValue(collected, tollgate.pendingMetric, ofBudget)).toBe(0);
    expect(metricValue(collected, tollgate.lostMetric, ofBudget)).toBe(1);
    expect(metricValue(collected, tollgate.costMetric)).toBeUndefined();
  });

  it('records a shadow-mode refusal as an event without an error status', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: '0.01', enforce: false });
    instrument(budget, providers());
    await otel.tracerProvider.getTracer('app').startActiveSpan('work', async (span) => {
      await (await budget.reserve('1')).release();
      span.end();
    });
    const [span] = otel.spans();
    expect(span?.events.map((event) => event.name)).toEqual([tollgate.wouldRefuseEvent]);
    expect(span?.status.code).not.toBe(2);
    expect(
      metricValue(await otel.collect(), tollgate.refusalsMetric, { [tollgate.enforced]: false }),
    ).toBe(1);
  });

  it('counts a call refused by a closed budget as BUDGET_CLOSED, and marks its span', async () => {
    const root = createBudget({ id: nextId(), limitUsd: 1 });
    const child = root.child({ id: nextId(), limitUsd: 1 });
    const shadow = createBudget({ id: nextId(), limitUsd: 1, enforce: false });
    instrument([root, shadow], providers());
    await root.close({ reason: 'account closed' });
    await shadow.close({ reason: 'trial over' });
    await otel.tracerProvider.getTracer('app').startActiveSpan('work', async (span) => {
      await expect(child.reserve('0.1')).rejects.toThrow(/closed/);
      span.end();
    });
    await expect(root.reserve('0.1')).rejects.toThrow(/closed/);
    await expect(shadow.reserve('0.1')).rejects.toThrow(/closed/);
    const collected = await otel.collect();
    const closed = { [tollgate.code]: 'BUDGET_CLOSED', [tollgate.enforced]: true };
    expect(
      metricValue(collected, tollgate.refusalsMetric, { ...closed, [tollgate.budgetId]: root.id }),
    ).toBe(2);
    expect(
      metricValue(collected, tollgate.refusalsMetric, {
        ...closed,
        [tollgate.budgetId]: shadow.id,
      }),
    ).toBe(1);
    expect(
      metricValue(collected, tollgate.refusalsMetric, { [tollgate.code]: 'BUDGET_EXCEEDED' }),
    ).toBeUndefined();
    const [span] = otel.spans();
    expect(span?.events.map((event) => event.name)).toEqual([tollgate.refusedEvent]);
    expect(span?.events[0]?.attributes).toMatchObject({
      [tollgate.code]: 'BUDGET_CLOSED',
      [tollgate.budgetId]: child.id,
      [tollgate.refusingBudgetId]: root.id,
      [tollgate.requestedUsd]: 0.1,
    });
    expect(span?.attributes[genAi.errorType]).toBe('BUDGET_CLOSED');
    expect(span?.status).toMatchObject({ code: 2, message: expect.stringContaining('is closed') });
  });

  it('marks a span with a partial charge, and counts a call let through unheld', async () => {
    const store = flakyStore();
    const budget = createBudget({ id: nextId(), limitUsd: 1, store, onStoreError: 'allow' });
    instrument(budget, { ...providers(), createSpans: true });
    store.down = true;
    const unheld = await budget.reserve('0.1');
    store.down = false;
    await unheld.settle('0.05', { ...details, partial: true, usage: 'unseen' });
    await budget.flush();
    const names = otel.spans().map((span) => span.name);
    expect(names).toEqual([tollgate.storeUnavailableEvent, 'chat gpt-4o']);
    const [outage, call] = otel.spans();
    expect(outage?.status.code).not.toBe(2);
    expect(call?.attributes[tollgate.partial]).toBe(true);
    expect(call?.attributes[tollgate.usage]).toBe('unseen');
    expect(call?.attributes[tollgate.holdUsd]).toBe(0);
    // An unheld call held nothing.
    expect(metricValue(await otel.collect(), tollgate.holdMetric)).toBe(0);
  });

  it('leaves an ended span alone', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    instrument(budget, providers());
    const tracer = otel.tracerProvider.getTracer('app');
    await tracer.startActiveSpan('short', async (span) => {
      const reservation = await budget.reserve('0.1');
      span.end();
      await reservation.settle('0.05', details);
    });
    expect(otel.spans()[0]?.attributes[tollgate.costUsd]).toBeUndefined();
  });

  it('throws a typed error naming what arrived for bad budgets or options', () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const cases: [unknown, unknown, RegExp][] = [
      [undefined, {}, /expected a budget .* received undefined/],
      [[budget, 'plan-7'], {}, /received "plan-7" at index 1/],
      [[], {}, /at least one budget/],
      [{ budget: 'x' }, {}, /received an object/],
      [budget, null, /expected an options object, received null/],
      [budget, { meterProvider: {} }, /meterProvider must be a MeterProvider/],
      [budget, { tracerProvider: 1 }, /tracerProvider must be a TracerProvider, received 1/],
      [budget, { createSpans: 'yes' }, /createSpans must be a boolean/],
      [budget, { now: 5 }, /now must be a function/],
      [budget, { meter: {} }, /unknown option "meter"/],
      // Its methods would fail on the budget's private state (Vue's reactive(), a tracer).
      [new Proxy(budget, {}), {}, /expected a budget/],
      [{ budget: new Proxy(budget, {}) }, {}, /expected a budget/],
    ];
    for (const [targets, options, message] of cases) {
      const call = () => instrument(targets as never, options as never);
      expect(call).toThrow(InvalidOptionsError);
      expect(call).toThrow(message);
    }
  });

  it('accepts a wrapped client, a set, and any iterable of them', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const stop = instrument(new Set([{ budget }]), providers());
    await (await budget.reserve('0.1')).settle('0.05', details);
    expect(metricValue(await otel.collect(), tollgate.costMetric)).toBe(0.05);
    stop();
  });
});
