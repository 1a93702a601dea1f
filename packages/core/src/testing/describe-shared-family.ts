import { describe, expect, it } from 'vitest';
import { formatUsd, money } from '../money.js';
import type { BudgetStore } from '../store.js';
import { type FamilyRaceResult, raceFamilyOf } from './race-family.js';
import { runWorker, type WorkerFile } from './worker-process.js';

/** Options of `describeSharedFamily`. */
export interface DescribeSharedFamilyOptions {
  /** Opens a store on the shared backend, in this process. */
  makeStore: () => BudgetStore;
  /** How a worker reaches the same backend, merged into its JSON config (e.g. `{ path }`, `{ url }`). */
  connection: Readonly<Record<string, string>>;
  /** A worker that runs `raceFamily` with its config and prints the result as JSON. */
  familyWorker: WorkerFile;
}

/**
 * Budget families on a store shared by processes: three processes ask for the same keys
 * at the same moment; each key must become one budget that all of them charge.
 */
export function describeSharedFamily(name: string, options: DescribeSharedFamilyOptions): void {
  describe(`${name}: budget families shared by processes`, () => {
    it('gives every process the same member when they create the same keys at once', async () => {
      const rootId = `family-race-${process.pid}-${Date.now().toString(36)}`;
      const keys = Array.from({ length: 20 }, (_, index) => `user-${index}`);
      const processes = 3;
      const config = {
        ...options.connection,
        rootId,
        keys,
        // Workers take a while to start under tsx; they all begin asking together.
        startAt: Date.now() + 3000,
        amountUsd: '0.01',
      };
      const results = (
        await Promise.all(
          Array.from({ length: processes }, () =>
            runWorker(options.familyWorker, [JSON.stringify(config)]),
          ),
        )
      ).map((stdout) => JSON.parse(stdout) as FamilyRaceResult);
      const expectedIds = keys.map((key) => `${rootId}/users:${key}`);
      for (const result of results) expect(result.ids).toEqual(expectedIds);

      const store = options.makeStore();
      try {
        const rows = (await store.list()).filter((row) => row.parentId === rootId);
        expect(rows.map((row) => row.id).sort()).toEqual([...expectedIds].sort());
        for (const row of rows) expect(row.window).toEqual({ unit: 'day' });
        const users = raceFamilyOf(store, rootId);
        const perMember = formatUsd(money('0.01').times(processes));
        for (const key of keys) {
          expect(await (await users.for(key)).status()).toMatchObject({
            spentUsd: perMember,
            calls: processes,
            reservedUsd: '0',
          });
        }
        expect(await users.parent.status()).toMatchObject({
          spentUsd: formatUsd(money('0.01').times(processes * keys.length)),
        });
      } finally {
        await store.close();
      }
    });
  });
}
