import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { memoryStore } from '../memory-store.js';
import { formatUsd, money, sumMoney } from '../money.js';
import { runLoad } from './run-load.js';

it('runLoad reports exactly what it was charged, and the store agrees', async () => {
  const store = memoryStore();
  const root = createBudget({ id: 'load-root', limitUsd: '0.000000002', store });
  const leaf = root.child({ id: 'load-leaf', limitUsd: '1' });
  const result = await runLoad(leaf, {
    rootId: root.id,
    rootLimitUsd: root.limitUsd,
    leafId: leaf.id,
    leafLimitUsd: leaf.limitUsd,
    calls: 200,
    concurrency: 8,
    seed: 7,
    maxPicos: 900,
  });
  expect(result.errors).toEqual([]);
  expect(result.admitted + result.refused).toBe(200);
  expect(result.refused).toBeGreaterThan(0);
  expect(result.released).toBeGreaterThan(0);
  const charged = formatUsd(sumMoney(result.charged.map(money)));
  expect((await root.status()).spentUsd).toBe(charged);
  expect(result.spentUsd).toBe(charged);
});

it('runLoad lists unexpected errors by code instead of stopping', async () => {
  const inner = memoryStore();
  let reserves = 0;
  const reserve = inner.reserve.bind(inner);
  const store = Object.assign(inner, {
    kind: 'failing',
    reserve: async (command: Parameters<typeof reserve>[0]) => {
      reserves += 1;
      if (reserves % 2 === 0) throw new Error('connection lost');
      return reserve(command);
    },
  });
  const budget = createBudget({ id: 'load-errors', limitUsd: '1', store });
  const result = await runLoad(budget, {
    rootId: 'load-errors',
    rootLimitUsd: '1',
    leafId: 'load-errors',
    leafLimitUsd: '1',
    calls: 10,
    concurrency: 1,
    seed: 0,
    maxPicos: 10,
  });
  expect(result.errors).toContain('STORE_UNAVAILABLE');
  expect(result.admitted + result.errors.length).toBe(10);
});
