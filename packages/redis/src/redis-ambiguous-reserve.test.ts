import { type BudgetStore, createBudget, type ReserveCommand } from '@tollgate/core';
import { chainLink } from '@tollgate/core/testing';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { recordingStore } from './test-support/recording-store.js';
import {
  type RedisServerHandle,
  type RedisServerOptions,
  startRedisServer,
} from './test-support/redis-server.js';
import { startTcpProxy, type TcpProxy } from './test-support/tcp-proxy.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
async function server(options: RedisServerOptions = {}): Promise<RedisServerHandle> {
  const handle = await startRedisServer(options);
  cleanups.push(() => handle.dispose());
  return handle;
}
function store(url: string, commandTimeoutMs = 200): BudgetStore {
  const opened = redisStore({ url, commandTimeoutMs });
  cleanups.push(() => opened.close());
  return opened;
}
async function proxy(port: number): Promise<TcpProxy> {
  const opened = await startTcpProxy(port);
  cleanups.push(() => opened.close());
  return opened;
}
let budgets = 0;
const budgetId = () => {
  budgets += 1;
  return `ambiguous-${process.pid}-${budgets}`;
};

/** What the budget does once the store answers again: release each refused reserve, by id, until its deadline. */
function releaseAll(target: BudgetStore, refused: readonly ReserveCommand[]): Promise<boolean[]> {
  return Promise.all(
    refused.map((command) =>
      target.release({
        reservationId: command.reservationId,
        chain: command.chain,
        now: Date.now(),
        expiresAt: command.expiresAt,
      }),
    ),
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a reserve refused for a timeout (redis)', () => {
  it('holds nothing when it reaches Redis after its release', async () => {
    const redis = await server();
    const front = await proxy(redis.port);
    const recorded = recordingStore(store(front.url));
    const budget = createBudget({ id: budgetId(), limitUsd: '1', store: recorded });
    await budget.status(); // connected, scripts loaded

    front.holdRequests();
    await expect(budget.reserve('0.3')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    // The budget releases the refused id through the store as soon as it answers (here on
    // a second connection, as after a reconnect): Redis has not seen the reserve yet.
    expect(await releaseAll(store(redis.url), recorded.reserves)).toEqual([false]);
    front.deliverRequests();
    // The late reserve runs now; a status on the same connection runs after it.
    const after = await budget.status();
    expect(after).toMatchObject({ reservedUsd: '0', spentUsd: '0' });
    expect(await budget.status()).toMatchObject({ reservedUsd: '0' });
  });

  it('leaves nothing held once a blocked Redis answers again: the budget releases the refused ids itself', async () => {
    const redis = await server({ extraArguments: ['--enable-debug-command', 'yes'] });
    const recorded = recordingStore(store(redis.url));
    const budget = createBudget({ id: budgetId(), limitUsd: '1', store: recorded });
    await budget.status();
    const blocker = new Redis(redis.url);
    cleanups.push(() => blocker.quit());
    await blocker.ping();

    const sleeping = blocker.call('DEBUG', 'SLEEP', '2');
    await pause(200); // the DEBUG SLEEP is running before the reserves are sent
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, () => budget.reserve('0.01')),
    );
    expect(attempts.map((attempt) => attempt.status)).toEqual(Array(10).fill('rejected'));
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ reason: { code: 'STORE_UNAVAILABLE' } });
    }
    expect(recorded.reserves).toHaveLength(10);
    await sleeping;
    // The budget queued a release of each refused id; flush waits until every one has landed.
    await budget.flush();
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0' });
    await expect(budget.reserve('1')).resolves.toMatchObject({ amountUsd: '1' });
  });

  it('leaves nothing held after Redis is killed with applied reserves whose replies were lost, and restarted', async () => {
    const redis = await server({ persistent: true });
    const front = await proxy(redis.port);
    const recorded = recordingStore(store(front.url));
    const budget = createBudget({ id: budgetId(), limitUsd: '1', store: recorded });
    await budget.status();

    front.holdReplies();
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () => budget.reserve('0.1')),
    );
    expect(attempts.every((attempt) => attempt.status === 'rejected')).toBe(true);
    const observer = store(redis.url, 2000);
    const observed = createBudget({ id: budget.id, limitUsd: '1', store: observer });
    // Redis ran them (only the replies were lost): wait until all five are written.
    for (let tries = 0; (await observed.status()).reservedUsd !== '0.5' && tries < 250; tries += 1)
      await pause(20);
    await redis.kill();
    await redis.start();
    const direct = store(redis.url, 2000);
    const watcher = createBudget({ id: budget.id, limitUsd: '1', store: direct });
    // Written to the append-only file before Redis died: phantom holds after the restart.
    expect((await watcher.status()).reservedUsd).toBe('0.5');
    expect(await releaseAll(direct, recorded.reserves)).toEqual(Array(5).fill(true));
    expect((await watcher.status()).reservedUsd).toBe('0');
    // Releases retried after the first landed change nothing.
    expect(await releaseAll(direct, recorded.reserves)).toEqual(Array(5).fill(false));
    expect((await watcher.status()).reservedUsd).toBe('0');
  });

  it('keeps a release tombstone in Redis only until the reservation deadline', async () => {
    const redis = await server();
    const target = store(redis.url, 2000);
    const admin = new Redis(redis.url);
    cleanups.push(() => admin.quit());
    const budget = createBudget({ id: budgetId(), limitUsd: '1', store: target });
    await budget.status();
    const chain = [chainLink(budget.id)];
    const now = Date.now();
    await target.release({ reservationId: 'soon', chain, now, expiresAt: now + 60_000 });
    await target.release({ reservationId: 'default', chain, now });
    const ttl = (id: string) => admin.pttl(`tollgate:{${budget.id}}:end:${id}`);
    const soon = await ttl('soon');
    expect(soon).toBeGreaterThan(0);
    expect(soon).toBeLessThanOrEqual(60_000);
    expect(await ttl('default')).toBeGreaterThan(60_000);
    expect(await ttl('default')).toBeLessThanOrEqual(86_400_000);
  });
});
