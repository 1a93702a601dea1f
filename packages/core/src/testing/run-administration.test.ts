import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { memoryStore } from '../memory-store.js';
import { scriptedStore } from '../test-support/scripted-store.js';
import { ledgerSpend } from './administration-tests.js';
import { runAdministration } from './run-administration.js';

it('runAdministration makes its changes, reports the figures before the final limit, and the ledger explains the spend', async () => {
  const budget = createBudget({ id: 'admin-run', limitUsd: '1', store: memoryStore() });
  const seen: number[] = [];
  const result = await runAdministration(
    budget,
    {
      rootId: budget.id,
      rootLimitUsd: '1',
      changes: 40,
      seed: 3,
      pauseMs: 1,
      finalLimitUsd: '0.3',
    },
    (count) => seen.push(count),
  );
  expect(result).toMatchObject({ changes: 40, errors: [] });
  expect(seen).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
  const status = await budget.status();
  expect(status.limitUsd).toBe('0.3');
  expect(result.beforeFinal).toEqual({ spentUsd: status.spentUsd, reservedUsd: '0' });
  const entries = await budget.ledger({ kind: 'all', limit: 1000 });
  expect(new Set(entries.map((entry) => entry.kind ?? 'call')).size).toBe(2);
  expect(ledgerSpend(entries)).toBe(status.spentUsd);
});

it('runAdministration lists unexpected errors by code, and with changes 0 goes on until stopped', async () => {
  const store = scriptedStore();
  const budget = createBudget({ id: 'admin-errors', limitUsd: '1', store });
  await budget.status();
  store.down = true;
  const stop = new Error('stopped');
  const run = runAdministration(
    budget,
    { rootId: budget.id, rootLimitUsd: '1', changes: 0, seed: 5 },
    (count) => {
      if (count === 25) throw stop;
    },
  );
  await expect(run).rejects.toBe(stop);
  store.down = false;
  const result = await runAdministration(budget, {
    rootId: budget.id,
    rootLimitUsd: '1',
    changes: 3,
    seed: 5,
  });
  expect(result.beforeFinal).toBeUndefined();
  store.failNext.adjust = 100;
  store.failNext.reserve = 100;
  const failing = await runAdministration(budget, {
    rootId: budget.id,
    rootLimitUsd: '1',
    changes: 10,
    seed: 9,
  });
  expect(failing.errors).toContain('STORE_UNAVAILABLE');
});
