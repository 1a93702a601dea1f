import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget, formatUsd, money, sumMoney } from '@tollgate/core';
import type { LoadConfig, LoadResult } from '@tollgate/core/testing';
import { runWorker } from '@tollgate/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-mp-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('sqlite store shared by processes', () => {
  it('keeps one budget exact under 4 processes with hundreds of concurrent calls each', async () => {
    const path = join(directory, 'shared.db');
    const rootId = `mp-root-${process.pid}`;
    const base = {
      rootId,
      rootLimitUsd: '1',
      leafLimitUsd: '0.4',
      calls: 400,
      concurrency: 200,
      maxPicos: 4_000_000_000,
    };
    const configs: (LoadConfig & { path: string })[] = [1, 2, 3, 4].map((worker) => ({
      ...base,
      path,
      leafId: `mp-leaf-${worker}`,
      seed: worker * 7919,
    }));
    const results = (
      await Promise.all(
        configs.map((config) =>
          runWorker(new URL('./test-support/load-worker.ts', import.meta.url), [
            JSON.stringify(config),
          ]),
        ),
      )
    ).map((stdout) => JSON.parse(stdout) as LoadResult);

    for (const result of results) expect(result.errors).toEqual([]);
    // The limit bit: more was asked for than the root allows.
    expect(results.reduce((sum, result) => sum + result.refused, 0)).toBeGreaterThan(0);

    const store = sqliteStore({ path });
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
        expect(await leaf.status()).toMatchObject({ spentUsd: result.spentUsd, reservedUsd: '0' });
      }
      const ledger = await root.ledger({ limit: 100_000 });
      expect(ledger).toHaveLength(status.calls);
      expect(formatUsd(sumMoney(ledger.map((entry) => money(entry.actualUsd))))).toBe(
        status.spentUsd,
      );
    } finally {
      await store.close();
    }
  });
});
