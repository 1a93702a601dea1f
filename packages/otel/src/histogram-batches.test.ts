import { createBudget, usageTokens } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { genAi } from './attribute-names.js';
import { instrument } from './instrument.js';
import { histogramOf, type OtelHarness, otelHarness } from './test-support/otel-harness.js';

const details = {
  provider: 'openai',
  model: 'gpt-4o-mini',
  tokens: usageTokens({ uncached: 100 }, { text: 10 }),
  pricingVersion: 'test',
};

describe('histogram records, made in batches off the calls', () => {
  let otel: OtelHarness;
  afterEach(async () => otel.shutdown());

  it.each([1, 255, 256, 700])(
    'hands all %i calls to the SDK before a collection reads them, without waiting',
    async (calls) => {
      otel = otelHarness();
      const budget = createBudget({ id: 'batches', limitUsd: '100' });
      instrument(budget, { meterProvider: otel.meterProvider });
      for (let call = 0; call < calls; call += 1)
        await (await budget.reserve('0.01')).settle('0.001', details);
      const points = histogramOf(await otel.collect(), genAi.tokenUsageMetric);
      const byType = Object.fromEntries(
        points.map((point) => [point.attributes[genAi.tokenType], point]),
      );
      expect(byType.input).toMatchObject({ count: calls, sum: 100 * calls });
      expect(byType.output).toMatchObject({ count: calls, sum: 10 * calls });
      const [duration] = histogramOf(await otel.collect(), genAi.operationDurationMetric);
      expect(duration?.count).toBe(calls);
    },
  );

  it('records each call once, whether its batch went on its timer or at a collection', async () => {
    otel = otelHarness();
    const budget = createBudget({ id: 'delay', limitUsd: '100' });
    instrument(budget, { meterProvider: otel.meterProvider });
    for (let call = 0; call < 3; call += 1)
      await (await budget.reserve('0.01')).settle('0.001', details);
    // Past the batch delay: the timer handed the records over; a collection adds none twice.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const first = histogramOf(await otel.collect(), genAi.tokenUsageMetric);
    const second = histogramOf(await otel.collect(), genAi.tokenUsageMetric);
    expect(first.map((point) => point.count)).toEqual([3, 3]);
    expect(second.map((point) => point.count)).toEqual([3, 3]);
  });

  it('hands what is pending over when stopped', async () => {
    otel = otelHarness();
    const budget = createBudget({ id: 'stopped', limitUsd: '100' });
    const stop = instrument(budget, { meterProvider: otel.meterProvider });
    await (await budget.reserve('0.01')).settle('0.001', details);
    stop();
    const points = histogramOf(await otel.collect(), genAi.tokenUsageMetric);
    expect(points.map((point) => point.count)).toEqual([1, 1]);
  });
});
