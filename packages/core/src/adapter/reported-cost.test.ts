import { describe, expect, test } from 'vitest';
import { createBudget } from '../budget.js';
import { usageTokens } from '../call-usage.js';
import type { BudgetEvent } from '../events.js';
import { chargedUsd, reportedCostPricer } from './reported-cost.js';
import type { UsagePrice } from './types.js';

describe('chargedUsd', () => {
  const cost = (costUsd: string): UsagePrice => ({
    costUsd,
    model: 'm',
    provider: 'openrouter',
    pricingVersion: 'v',
  });
  const watch = (priceDriftShare: number) => {
    const budget = createBudget({ id: `drift-${priceDriftShare}-${Math.random()}`, limitUsd: 1 });
    const seen: BudgetEvent[] = [];
    budget.on('price-drift', (event) => seen.push(event));
    return { seen, watch: { budget, provider: 'openrouter' as const, priceDriftShare } };
  };

  test('without a reported cost the table decides, and nothing is emitted', () => {
    const { seen, watch: w } = watch(0);
    expect(chargedUsd(cost('0.5'), undefined, w)).toBe('0.5');
    expect(seen).toEqual([]);
  });

  test('a table price of zero: any reported cost drifts by an infinite share, zero does not', () => {
    const { seen, watch: w } = watch(0.05);
    expect(chargedUsd(cost('0'), '0', w)).toBe('0');
    expect(seen).toEqual([]);
    expect(chargedUsd(cost('0'), '0.001', w)).toBe('0.001');
    expect(seen).toMatchObject([{ share: Number.POSITIVE_INFINITY, tableUsd: '0' }]);
  });

  test('exactly at the share is not a drift; Infinity never emits', () => {
    const at = watch(0.1);
    expect(chargedUsd(cost('1'), '1.1', at.watch)).toBe('1.1');
    expect(at.seen).toEqual([]);
    const never = watch(Number.POSITIVE_INFINITY);
    expect(chargedUsd(cost('1'), '100', never.watch)).toBe('100');
    expect(never.seen).toEqual([]);
  });

  test('under BYOK the table is compared with the upstream part, and the event says so', () => {
    // The table prices the upstream model at $1; OpenRouter's 5% fee on top is no drift.
    const byok = watch(0.01);
    expect(chargedUsd(cost('1'), '1.05', byok.watch, '1')).toBe('1.05');
    expect(byok.seen).toEqual([]);
    // The upstream bill itself 20% above the table is.
    expect(chargedUsd(cost('1'), '1.26', byok.watch, '1.2')).toBe('1.26');
    expect(byok.seen).toEqual([
      {
        type: 'price-drift',
        budgetId: byok.watch.budget.id,
        model: 'm',
        provider: 'openrouter',
        tableUsd: '1',
        reportedUsd: '1.26',
        upstreamUsd: '1.2',
        share: 0.2,
      },
    ]);
  });
});

describe('reportedCostPricer', () => {
  test("settles on the usage's reported cost when it has one, else on the table's", () => {
    const budget = createBudget({ id: `reported-${Math.random()}`, limitUsd: 1 });
    const table = (): UsagePrice => ({
      costUsd: '0.002',
      model: 'm',
      provider: 'openrouter',
      pricingVersion: 'v',
    });
    const price = reportedCostPricer(table, { budget, provider: 'openrouter', priceDriftShare: 1 });
    const usage = { tokens: usageTokens({ uncached: 1 }, { text: 1 }), model: 'm' };
    expect(price({ ...usage, reportedCostUsd: '0.0025' }).costUsd).toBe('0.0025');
    expect(price(usage)).toMatchObject({ costUsd: '0.002', model: 'm' });
  });

  test('charges the BYOK sum and compares the table with its upstream part', () => {
    const budget = createBudget({ id: `byok-${Math.random()}`, limitUsd: 1 });
    const seen: BudgetEvent[] = [];
    budget.on('price-drift', (event) => seen.push(event));
    const table = (): UsagePrice => ({
      costUsd: '0.002',
      model: 'm',
      provider: 'openrouter',
      pricingVersion: 'v',
    });
    const price = reportedCostPricer(table, {
      budget,
      provider: 'openrouter',
      priceDriftShare: 0.01,
    });
    const usage = {
      tokens: usageTokens({ uncached: 1 }, { text: 1 }),
      model: 'm',
      reportedCostUsd: '0.0021',
      reportedUpstreamCostUsd: '0.002',
    };
    expect(price(usage).costUsd).toBe('0.0021');
    expect(seen).toEqual([]);
  });
});
