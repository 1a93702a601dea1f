import { createBudget, formatUsd, money, sumMoney } from '@tollgate/core';
import type { LoadConfig, LoadResult } from '@tollgate/core/testing';
import { killWorker, manualClock, runWorker, startWorker } from '@tollgate/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

let server: RedisServerHandle;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.dispose();
});

describe('redis store shared by processes', () => {
  it('keeps one budget exact under 4 processes with hundreds of concurrent calls each', async () => {
    const rootId = `mp-root-${process.pid}`;
    const base = {
      url: server.url,
      rootId,
      rootLimitUsd: '1',
      leafLimitUsd: '0.4',
      calls: 400,
      concurrency: 200,
      maxPicos: 4_000_000_000,
    };
    const configs: (LoadConfig & { url: string })[] = [1, 2, 3, 4].map((worker) => ({
      ...base,
      leafId: `mp-leaf-${worker}`,
      seed: worker * 104_729,
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
    expect(results.reduce((sum, result) => sum + result.refused, 0)).toBeGreaterThan(0);

    const store = redisStore({ url: server.url });
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
    const config = {
      url: server.url,
      id,
      limitUsd: '1',
      amountUsd: '0.2',
      count: 5,
      ttlMs: 60_000,
    };
    const { child, line } = await startWorker(
      new URL('./test-support/hold-worker.ts', import.meta.url),
      [JSON.stringify(config)],
    );
    const { expiresAt } = JSON.parse(line) as { expiresAt: number };
    await killWorker(child);

    // The deadline lives in Redis: this process sees it, and moves its clock past it
    // instead of sleeping through the time-to-live.
    const clock = manualClock(Date.now());
    const store = redisStore({ url: server.url });
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
});
