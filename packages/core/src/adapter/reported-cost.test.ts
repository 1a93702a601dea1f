import { type DriftWatch, reportedCostPricer as publicPricer } from '@tollgate/core/adapter';
import { describe, expect, test } from 'vitest';
import { createBudget } from '../budget.js';
import { usageTokens } from '../call-usage.js';
import { codeOf, describeValue, InvalidOptionsError } from '../errors.js';
import type { BudgetEvent } from '../events.js';
import { InvalidUsageError } from '../invalid-usage-error.js';
import { chargedUsd, reportedCostPricer } from './reported-cost.js';
import type { UsagePrice, UsagePricer } from './types.js';

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

describe('reportedCostPricer checks what it is given', () => {
  const table = (): UsagePrice => ({
    costUsd: '0.002',
    model: 'm',
    provider: 'openrouter',
    pricingVersion: 'v',
  });
  const budget = createBudget({ id: `checked-${Math.random()}`, limitUsd: 1 });
  const good = { budget, provider: 'openrouter', priceDriftShare: 0.05 };

  /** The issues `reportedCostPricer` refuses its arguments with, by path. */
  function issuesOf(tablePrice: unknown, watch: unknown): Record<string, string> {
    try {
      publicPricer(tablePrice as UsagePricer, watch as DriftWatch);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect(codeOf(error)).toBe('INVALID_OPTIONS');
      expect((error as Error).message).toMatch(/^Invalid reportedCostPricer arguments: /);
      const { issues } = error as InvalidOptionsError;
      return Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
    }
    throw new Error('reportedCostPricer accepted what it should refuse');
  }

  test('refuses a bad table pricer or watch when it is built, naming each field and what arrived', () => {
    expect(issuesOf('x', good)).toEqual({
      tablePrice: 'expected a UsagePricer function (usagePricer(...)), received "x"',
    });
    expect(issuesOf(table, undefined)).toEqual({
      watch: 'expected a DriftWatch ({ budget, provider, priceDriftShare }), received undefined',
    });
    expect(issuesOf(42, { budget: 42, provider: 42, priceDriftShare: -1 })).toEqual({
      tablePrice: 'expected a UsagePricer function (usagePricer(...)), received 42 (number)',
      'watch.budget': 'expected a Budget (createBudget(...)), received 42 (number)',
      'watch.provider': "expected a provider id (e.g. 'openrouter'), received 42 (number)",
      'watch.priceDriftShare': 'expected a number from 0, or Infinity, received -1 (number)',
    });
    expect(issuesOf(table, { ...good, budget: 'b2', provider: '' })).toEqual({
      'watch.budget': 'expected a Budget (createBudget(...)), received "b2"',
      'watch.provider': `expected a provider id (e.g. 'openrouter'), received ""`,
    });
    for (const share of [Number.NaN, '0.05', undefined, Number.NEGATIVE_INFINITY]) {
      expect(Object.keys(issuesOf(table, { ...good, priceDriftShare: share }))).toEqual([
        'watch.priceDriftShare',
      ]);
    }
  });

  test('takes every share from 0 up, and Infinity', () => {
    for (const share of [0, 0.05, 1, 7, Number.POSITIVE_INFINITY]) {
      expect(typeof publicPricer(table, { ...good, priceDriftShare: share })).toBe('function');
    }
  });

  test('a reported cost that is no non-negative decimal string gets InvalidUsageError', () => {
    const price = publicPricer(table, good);
    const usage = { tokens: usageTokens({ uncached: 1 }, { text: 1 }), model: 'm' };
    for (const bad of ['-1', '1e3', '', 'NaN', ' 1', 5, null]) {
      const run = () => price({ ...usage, reportedCostUsd: bad as string });
      expect(run).toThrow(InvalidUsageError);
      expect(run).toThrow(
        `Invalid usage given to reportedCostPricer: reportedCostUsd: expected the reported cost as a non-negative decimal string, received ${describeValue(bad)}`,
      );
    }
    const upstream = () =>
      price({ ...usage, reportedCostUsd: '0.002', reportedUpstreamCostUsd: '-0.001' });
    expect(upstream).toThrow(/reportedUpstreamCostUsd: expected the reported cost/);
    try {
      upstream();
    } catch (error) {
      expect(codeOf(error)).toBe('INVALID_USAGE');
    }
    expect(price({ ...usage, reportedCostUsd: '0' }).costUsd).toBe('0');
  });
});
