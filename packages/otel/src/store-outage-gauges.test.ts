import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AggregationTemporality, type MetricData } from '@opentelemetry/sdk-metrics';
import { type BudgetStore, createBudget } from '@tollgate/core';
import { redisStore } from '@tollgate/redis';
import { sqliteStore } from '@tollgate/sqlite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// Reuses the Redis package's helper: a private redis-server on a free loopback port.
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../redis/src/test-support/redis-server.js';
import { tollgate } from './attribute-names.js';
import { instrument } from './instrument.js';
import { metricValue, type OtelHarness, otelHarness } from './test-support/otel-harness.js';

/** A real store and the way it stops answering: closed (SQLite) or its server stopped (Redis). */
interface StoreCase {
  store: BudgetStore;
  /** The code `status()` rejects with once the store is broken. */
  code: string;
  breakStore(): Promise<void>;
  /** Makes the store answer again, when it can (a closed store cannot reopen). */
  mend?: () => Promise<void>;
  dispose(): Promise<void>;
}

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'tollgate-otel-'));
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

let harness: OtelHarness | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  await harness?.shutdown();
  harness = undefined;
  cleanup = undefined;
});

let files = 0;
const stores: Record<string, () => Promise<StoreCase>> = {
  'a SQLite store that was closed': async () => {
    const store = sqliteStore({ path: join(directory, `budgets-${++files}.db`) });
    return {
      store,
      code: 'STORE_INVALID',
      breakStore: () => store.close?.() ?? Promise.resolve(),
      dispose: async () => {},
    };
  },
  'a Redis store whose server stopped': async () => {
    // Its own server: stopping it must not disturb another test.
    const redis: RedisServerHandle = await startRedisServer();
    const store = redisStore({ url: redis.url, commandTimeoutMs: 300 });
    return {
      store,
      code: 'STORE_UNAVAILABLE',
      breakStore: () => redis.stop(),
      mend: () => redis.start(),
      dispose: async () => {
        await store.close?.();
        await redis.dispose();
      },
    };
  },
};

let ids = 0;
const byBudget = (id: string) => ({ [tollgate.budgetId]: id });
const money = [tollgate.spentMetric, tollgate.reservedMetric, tollgate.limitMetric] as const;
const figures = (collected: MetricData[], id: string) =>
  [...money, tollgate.remainingMetric].map((name) => metricValue(collected, name, byBudget(id)));

describe.each(Object.entries(stores))('budget gauges over %s', (_, makeStore) => {
  it.each([
    ['cumulative', AggregationTemporality.CUMULATIVE],
    ['delta', AggregationTemporality.DELTA],
  ])('say the figures cannot be read (%s temporality)', async (kind, temporality) => {
    const otel = otelHarness(temporality);
    harness = otel;
    const storeCase = await makeStore();
    cleanup = storeCase.dispose;
    const budget = createBudget({ id: `outage-${++ids}`, limitUsd: '1', store: storeCase.store });
    const stop = instrument(budget, { meterProvider: otel.meterProvider });
    await (await budget.reserve('0.5')).settle('0.2');
    let collected = await otel.collect();
    expect(figures(collected, budget.id)).toEqual([0.2, 0, 1, 0.8]);
    expect(metricValue(collected, tollgate.storeAvailableMetric, byBudget(budget.id))).toBe(1);
    expect(metricValue(collected, tollgate.statusErrorsMetric)).toBeUndefined();

    await storeCase.breakStore();
    await expect(budget.status()).rejects.toMatchObject({ code: storeCase.code });
    for (const collection of [1, 2]) {
      collected = await otel.collect();
      expect(metricValue(collected, tollgate.storeAvailableMetric, byBudget(budget.id))).toBe(0);
      const errors = { ...byBudget(budget.id), [tollgate.code]: storeCase.code };
      // Counted per collection (cumulative) or per interval (delta).
      expect(metricValue(collected, tollgate.statusErrorsMetric, errors)).toBe(
        kind === 'cumulative' ? collection : 1,
      );
      // The SDK repeats an unobserved gauge's last point under cumulative temporality and
      // leaves it out under delta: the README says which, and store_available says why.
      expect(figures(collected, budget.id)).toEqual(
        kind === 'cumulative' ? [0.2, 0, 1, 0.8] : [undefined, undefined, undefined, undefined],
      );
    }

    if (storeCase.mend !== undefined) {
      await storeCase.mend();
      await expect
        .poll(() =>
          budget.status().then(
            () => true,
            () => false,
          ),
        )
        .toBe(true);
      collected = await otel.collect();
      expect(metricValue(collected, tollgate.storeAvailableMetric, byBudget(budget.id))).toBe(1);
      // The restarted server kept nothing: the gauges read what the store says now.
      const status = await budget.status();
      expect(figures(collected, budget.id)).toEqual(
        [status.spentUsd, status.reservedUsd, status.limitUsd, status.remainingUsd].map(Number),
      );
      expect(status.spentUsd).toBe('0');
    }
    stop();
  });
});
