import { describe, expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { formatUsd, money, sumMoney } from '../money.js';
import type { BudgetStore } from '../store.js';
import { manualClock } from './manual-clock.js';
import type { LoadConfig, LoadResult } from './run-load.js';
import { sharedAdministrationTests } from './shared-administration-tests.js';
import { killWorker, runWorker, startWorker, type WorkerFile } from './worker-process.js';

/** Options of `describeSharedStore`. */
export interface DescribeSharedStoreOptions {
  /** Opens a store on the shared backend, in this process. */
  makeStore: () => BudgetStore;
  /** How a worker reaches the same backend, merged into its JSON config (e.g. `{ path }`, `{ url }`). */
  connection: Readonly<Record<string, string>>;
  /** A worker that runs `runLoad` with its config and prints the `LoadResult` as JSON. */
  loadWorker: WorkerFile;
  /** A worker that runs `holdReservations` with its config, prints `{ expiresAt }`, and stays alive. */
  holdWorker: WorkerFile;
  /**
   * A worker that runs `runAdministration` on the root its config names; with `changes: 0`
   * it prints a line after its twentieth change and goes on until killed, otherwise it
   * prints the `AdministrationResult` as JSON.
   */
  adminWorker: WorkerFile;
}

/**
 * The tests every store shared by processes must pass, run with real worker processes:
 * four processes with hundreds of concurrent calls each on one budget tree (never over,
 * spend exactly what was admitted, nothing left held, the ledger complete), and a process
 * killed with SIGKILL while holding, whose holds end for everyone at their deadline; and
 * administration: a limit changed by one process while three others spend, and a process
 * killed with SIGKILL while it changes a budget (every change all or nothing).
 */
export function describeSharedStore(name: string, options: DescribeSharedStoreOptions): void {
  describe(`${name} shared by processes`, () => {
    it('keeps one budget exact under 4 processes with hundreds of concurrent calls each', async () => {
      const rootId = `mp-root-${process.pid}`;
      const configs: LoadConfig[] = [1, 2, 3, 4].map((worker) => ({
        ...options.connection,
        rootId,
        rootLimitUsd: '1',
        leafLimitUsd: '0.4',
        leafId: `mp-leaf-${worker}`,
        calls: 400,
        concurrency: 200,
        maxPicos: 4_000_000_000,
        seed: worker * 7919,
      }));
      const results = (
        await Promise.all(
          configs.map((config) => runWorker(options.loadWorker, [JSON.stringify(config)])),
        )
      ).map((stdout) => JSON.parse(stdout) as LoadResult);
      for (const result of results) expect(result.errors).toEqual([]);
      // The limit bit: more was asked for than the root allows.
      expect(results.reduce((sum, result) => sum + result.refused, 0)).toBeGreaterThan(0);

      const store = options.makeStore();
      try {
        const root = createBudget({ id: rootId, limitUsd: '1', store });
        const status = await root.status();
        const charged = sumMoney(results.map((result) => money(result.spentUsd)));
        expect(status.spentUsd).toBe(formatUsd(charged));
        expect(money(status.spentUsd).lte(money('1'))).toBe(true);
        expect(status.reservedUsd).toBe('0');
        expect(status.calls).toBe(results.reduce((sum, result) => sum + result.charged.length, 0));
        for (const [index, result] of results.entries()) {
          const leaf = root.child({ id: `mp-leaf-${index + 1}`, limitUsd: '0.4' });
          expect(await leaf.status()).toMatchObject({
            spentUsd: result.spentUsd,
            reservedUsd: '0',
          });
        }
        const ledger = await root.ledger({ limit: 10_000 });
        expect(ledger).toHaveLength(status.calls);
        expect(formatUsd(sumMoney(ledger.map((entry) => money(entry.actualUsd))))).toBe(
          status.spentUsd,
        );
      } finally {
        await store.close();
      }
    });

    it('releases what a process killed with SIGKILL held once its time-to-live passes', async () => {
      const id = `crash-${process.pid}`;
      const config = { ...options.connection, id, limitUsd: '1', amountUsd: '0.2', count: 5 };
      const { child, line } = await startWorker(options.holdWorker, [
        JSON.stringify({ ...config, ttlMs: 60_000 }),
      ]);
      const { expiresAt } = JSON.parse(line) as { expiresAt: number };
      await killWorker(child);

      // The deadline lives in the store: this process sees it, and moves its clock past it
      // instead of sleeping through the time-to-live.
      const clock = manualClock(Date.now());
      const store = options.makeStore();
      try {
        const budget = createBudget({ id, limitUsd: '1', store, clock });
        expect(await budget.status()).toMatchObject({ reservedUsd: '1', remainingUsd: '0' });
        await expect(budget.reserve('0.01')).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
        clock.set(expiresAt);
        expect(await budget.status()).toMatchObject({
          spentUsd: '0',
          reservedUsd: '0',
          remainingUsd: '1',
        });
        await (await budget.reserve('1')).settle('1');
        expect(await budget.status()).toMatchObject({ spentUsd: '1', reservedUsd: '0' });
      } finally {
        await store.close();
      }
    });

    sharedAdministrationTests(options);
  });
}
