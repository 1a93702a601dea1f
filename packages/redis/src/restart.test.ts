import { type Budget, codeOf, createBudget, formatUsd, money, sumMoney } from '@tollgate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

let server: RedisServerHandle;
beforeAll(async () => {
  server = await startRedisServer({ persistent: true });
});
afterAll(async () => {
  await server?.dispose();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls in a loop on `lanes` lanes until `running()` is false; collects what was charged. */
function load(budget: Budget, lanes: number, running: () => boolean) {
  const charged: string[] = [];
  const codes = new Map<string, number>();
  let completed = 0;
  let counter = 0;
  const lane = async () => {
    while (running()) {
      counter += 1;
      const amount = formatUsd(
        money(counter % 997)
          .div(1e9)
          .plus('0.000000000001'),
      );
      try {
        const reservation = await budget.reserve(amount);
        // Settled even when Redis just went down: core keeps it and retries until it lands.
        await reservation.settle(amount);
        charged.push(amount);
        completed += 1;
      } catch (error) {
        const code = codeOf(error) ?? String(error);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        // Refusals are immediate while Redis is down; a caller would back off too.
        await pause(10);
      }
    }
  };
  const done = Promise.all(Array.from({ length: lanes }, lane));
  return { charged, codes, done, completed: () => completed };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await pause(10);
}

describe('redis store across a Redis restart', () => {
  it('refuses with STORE_UNAVAILABLE while Redis is down and keeps spend exact after it returns', async () => {
    const store = redisStore({ url: server.url, commandTimeoutMs: 500 });
    const budget = createBudget({
      id: `restart-${process.pid}`,
      limitUsd: '1000',
      ttlMs: 30_000,
      store,
    });
    const pending: string[] = [];
    budget.on('settlement-pending', (event) => pending.push(event.reservationId));
    try {
      let running = true;
      const run = load(budget, 20, () => running);
      await until(() => run.completed() >= 200);
      const heldAcrossOutage = await budget.reserve('0.5');

      await server.stop();
      // A settlement that cannot reach Redis is kept and said to be pending, not forgotten.
      await heldAcrossOutage.settle('0.25');
      expect(pending).toContain(heldAcrossOutage.id);
      run.charged.push('0.25');
      await expect(budget.reserve('0.01')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await expect(budget.status()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      const beforeRestart = run.codes.get('STORE_UNAVAILABLE') ?? 0;
      await until(() => (run.codes.get('STORE_UNAVAILABLE') ?? 0) > beforeRestart + 20);

      await server.start();
      const afterRestart = run.completed();
      await until(() => run.completed() >= afterRestart + 200);
      running = false;
      await run.done;
      await budget.flush();

      expect([...run.codes.keys()]).toEqual(['STORE_UNAVAILABLE']);
      const status = await budget.status();
      expect(status.spentUsd).toBe(formatUsd(sumMoney(run.charged.map(money))));
      expect(status.calls).toBe(run.charged.length);
      // A reserve whose reply was lost when Redis went down is held until its deadline.
      await store.expire(Date.now() + 60_000);
      expect((await budget.status()).reservedUsd).toBe('0');
    } finally {
      await store.close();
    }
  });
});
