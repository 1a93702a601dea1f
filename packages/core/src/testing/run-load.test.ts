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
