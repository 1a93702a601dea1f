import { describe, expect, it } from 'vitest';
import { holdingBudgets } from '../purgeable-budgets.js';
import { budgetSnapshot, freshFigures, type StoredFigures } from './budget-snapshot.js';

const figures: StoredFigures = {
  id: 'plan',
  parentId: 'org',
  limit: 5_000_000_000_000n,
  spent: 1_250_000_000_000n,
  reserved: 1n,
  calls: 3,
  window: { unit: 'month' },
  windowStart: 100,
  closedAt: null,
};

describe('budgetSnapshot', () => {
  it('reports money as decimal strings and leaves closedAt out while open', () => {
    expect(budgetSnapshot(figures)).toEqual({
      id: 'plan',
      parentId: 'org',
      limitUsd: '5',
      spentUsd: '1.25',
      reservedUsd: '0.000000000001',
      calls: 3,
      window: { unit: 'month' },
      windowStart: 100,
    });
    expect(budgetSnapshot({ ...figures, closedAt: 0 })).toMatchObject({ closedAt: 0 });
  });
});

describe('holdingBudgets', () => {
  it('collects every budget of every held chain', () => {
    expect([...holdingBudgets([['leaf', 'root'], ['other', 'root'], []])].sort()).toEqual([
      'leaf',
      'other',
      'root',
    ]);
  });
});

describe('freshFigures', () => {
  it('starts a budget empty and open, with its limit in pico-dollars', () => {
    const definition = { id: 'new', parentId: 'org', limitUsd: '2.5', window: { seconds: 60 } };
    expect(freshFigures(definition)).toEqual({
      id: 'new',
      parentId: 'org',
      limit: 2_500_000_000_000n,
      spent: 0n,
      reserved: 0n,
      calls: 0,
      window: { seconds: 60 },
      windowStart: null,
      closedAt: null,
      limitSet: false,
    });
    expect(freshFigures(definition, 7n).limit).toBe(7n);
  });
});
