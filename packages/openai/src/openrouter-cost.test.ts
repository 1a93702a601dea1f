import { type BudgetEvent, createBudget } from '@tollgate/core';
import type { UsagePrice } from '@tollgate/core/adapter';
import { describe, expect, test } from 'vitest';
import { askForReportedCost, chargedUsd } from './openrouter-cost.js';

describe('askForReportedCost', () => {
  const body = { model: 'openai/gpt-4o', messages: [] };

  test('asks OpenRouter chat and Responses calls for usage accounting, keeping other fields', () => {
    expect(askForReportedCost('openrouter', 'chat', body)).toEqual({
      ...body,
      usage: { include: true },
    });
    expect(askForReportedCost('openrouter', 'responses', { ...body, usage: 'odd' })).toEqual({
      ...body,
      usage: { include: true },
    });
  });

  test('changes nothing when already asked, for embeddings, or for another provider', () => {
    expect(askForReportedCost('openrouter', 'chat', { ...body, usage: { include: true } })).toBe(
      undefined,
    );
    expect(askForReportedCost('openrouter', 'embeddings', body)).toBeUndefined();
    expect(askForReportedCost('deepseek', 'chat', body)).toBeUndefined();
  });
});

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
});
