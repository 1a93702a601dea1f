import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { isSettlement } from '../ledger-kind.js';
import { formatUsd, maxMoney, money } from '../money.js';
import type { BudgetStore, LedgerRecord } from '../store.js';
import { ledgerSpend } from './administration-tests.js';
import type { AdministrationResult } from './run-administration.js';
import type { LoadConfig, LoadResult } from './run-load.js';
import { killWorker, runWorker, startWorker, type WorkerFile } from './worker-process.js';

/** What the shared administration tests need of a store shared by processes. */
export interface SharedAdministrationOptions {
  makeStore: () => BudgetStore;
  connection: Readonly<Record<string, string>>;
  loadWorker: WorkerFile;
  adminWorker: WorkerFile;
}

/**
 * The limit each change left, replayed from the ledger oldest first: every adjustment's
 * recorded limit must be what the ones before it made, or a change was half applied.
 */
function replayLimit(initialUsd: string, newestFirst: readonly LedgerRecord[]): string {
  let limit = money(initialUsd);
  for (const entry of [...newestFirst].reverse()) {
    if (isSettlement(entry)) continue;
    if (entry.action === 'set-limit') limit = money(entry.amountUsd);
    if (entry.action === 'top-up') limit = limit.plus(entry.amountUsd);
    expect(entry.limitUsd).toBe(formatUsd(limit));
  }
  return formatUsd(limit);
}

/** Administration across processes. Registered by `describeSharedStore`. */
export function sharedAdministrationTests(options: SharedAdministrationOptions): void {
  it('keeps a budget exact while one process changes its limit and three others spend', async () => {
    const rootId = `admin-root-${process.pid}`;
    const loads: LoadConfig[] = [1, 2, 3].map((worker) => ({
      ...options.connection,
      rootId,
      rootLimitUsd: '1',
      leafLimitUsd: '0.4',
      leafId: `admin-leaf-${worker}`,
      calls: 300,
      concurrency: 100,
      maxPicos: 4_000_000_000,
      seed: worker * 104_729,
    }));
    const admin = {
      ...options.connection,
      rootId,
      rootLimitUsd: '1',
      changes: 60,
      seed: 7,
      pauseMs: 2,
      finalLimitUsd: '0.3',
    };
    const [adminOut, ...loadOuts] = await Promise.all([
      runWorker(options.adminWorker, [JSON.stringify(admin)]),
      ...loads.map((config) => runWorker(options.loadWorker, [JSON.stringify(config)])),
    ]);
    const changed = JSON.parse(adminOut as string) as AdministrationResult;
    const results = loadOuts.map((stdout) => JSON.parse(stdout) as LoadResult);
    expect(changed.errors).toEqual([]);
    for (const result of results) expect(result.errors).toEqual([]);

    const store = options.makeStore();
    try {
      const root = createBudget({ id: rootId, limitUsd: '1', store });
      const status = await root.status();
      expect(status).toMatchObject({ limitUsd: '0.3', reservedUsd: '0' });
      // Once the limit came down, spend could only grow into what was already held.
      const before = changed.beforeFinal as { spentUsd: string; reservedUsd: string };
      const ceiling = maxMoney(money(before.spentUsd).plus(before.reservedUsd), money('0.3'));
      expect(money(status.spentUsd).lte(ceiling)).toBe(true);
      const entries = await root.ledger({ kind: 'all', limit: 100_000 });
      expect(ledgerSpend(entries)).toBe(status.spentUsd);
      for (const [index, result] of results.entries()) {
        const leaf = root.child({ id: `admin-leaf-${index + 1}`, limitUsd: '0.4' });
        expect(await leaf.status()).toMatchObject({ spentUsd: result.spentUsd, reservedUsd: '0' });
      }
    } finally {
      await store.close();
    }
  });

  it('applies an administrative change all or nothing when its process is killed with SIGKILL', async () => {
    const rootId = `admin-kill-${process.pid}`;
    const config = { ...options.connection, rootId, rootLimitUsd: '1', changes: 0, seed: 11 };
    const { child } = await startWorker(options.adminWorker, [JSON.stringify(config)]);
    await killWorker(child);

    const store = options.makeStore();
    try {
      const root = createBudget({ id: rootId, limitUsd: '1', store });
      const status = await root.status();
      const entries = await root.ledger({ kind: 'all', limit: 100_000 });
      expect(entries.filter((entry) => !isSettlement(entry)).length).toBeGreaterThan(0);
      expect(replayLimit('1', entries)).toBe(status.limitUsd);
      expect(ledgerSpend(entries)).toBe(status.spentUsd);
      // A call cut off by the kill holds at most its own $0.01 until its deadline.
      expect(['0', '0.01']).toContain(status.reservedUsd);
    } finally {
      await store.close();
    }
  });

  it('forgets a budget purged by another handle while keeping its calls in the parent', async () => {
    const [purging, reading] = [options.makeStore(), options.makeStore()];
    try {
      const parent = createBudget({
        id: `purge-parent-${process.pid}`,
        limitUsd: '1',
        store: reading,
      });
      const child = parent.child({ id: `purge-child-${process.pid}`, limitUsd: '1' });
      await (await child.reserve('0.2')).settle('0.2');
      // The reading handle knows the child (a cache may keep it) before the other purges it.
      expect(await child.ledger()).toHaveLength(1);
      await child.close({ reason: 'gone' });
      expect(await purging.purge({ closedBefore: Date.now() + 60_000 })).toContain(child.id);
      expect(await reading.find(child.id)).toBeUndefined();
      expect(await child.ledger({ kind: 'all' })).toEqual([]);
      const kept = await parent.ledger();
      expect(kept.map((entry) => entry.budgetId)).toEqual([child.id]);
      expect(ledgerSpend(kept)).toBe((await parent.status()).spentUsd);
    } finally {
      await Promise.all([purging.close(), reading.close()]);
    }
  });
}
