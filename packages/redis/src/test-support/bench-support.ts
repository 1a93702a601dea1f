/**
 * Measurements for `scripts/bench/stores.ts`, kept here so ioredis resolves from this
 * package. Each returns operations per second over one timed run.
 */
import { randomUUID } from 'node:crypto';
import type { ChainLink } from '@tollgate/core';
import { Redis } from 'ioredis';
import { redisStore } from '../redis-store.js';

export { type RedisServerHandle, startRedisServer } from './redis-server.js';

/** Runs `count` operations with `inFlight` lanes at a time and returns operations per second. */
async function lanes(
  count: number,
  inFlight: number,
  operation: () => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next += 1;
      await operation();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, lane));
  return count / ((performance.now() - started) / 1000);
}

/** Trivial `EVALSHA` calls per second (`return 1`), same client options as the store. */
export async function rawEvalshaRate(
  url: string,
  count: number,
  inFlight: number,
): Promise<number> {
  const client = new Redis(url, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
  });
  try {
    const sha = (await client.script('LOAD', 'return 1')) as string;
    return await lanes(count, inFlight, () => client.evalsha(sha, 0));
  } finally {
    await client.quit();
  }
}

/** Reserve+settle pairs per second through the store contract, `inFlight` pairs at a time. */
export async function redisPairRate(
  url: string,
  budgetId: string,
  count: number,
  inFlight: number,
): Promise<number> {
  const store = redisStore({ url });
  const link: ChainLink = {
    id: budgetId,
    parentId: null,
    limitUsd: '1000000000',
    window: null,
    enforce: true,
    windowStart: null,
    windowEnd: null,
  };
  const chain = [link];
  try {
    await store.define(link, Date.now());
    return await lanes(count, inFlight, async () => {
      const reservationId = randomUUID();
      const now = Date.now();
      await store.reserve({
        reservationId,
        chain,
        amountUsd: '0.002',
        now,
        expiresAt: now + 60_000,
      });
      await store.settle({
        reservationId,
        chain,
        reservedUsd: '0.002',
        actualUsd: '0.00137',
        now,
        details: { model: 'bench' },
      });
    });
  } finally {
    await store.close();
  }
}

/** CPU time the Redis server has used so far (user + system), in microseconds, from `INFO cpu`. */
export async function serverCpuMicros(url: string): Promise<number> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const info = await client.info('cpu');
    const seconds = (field: string) =>
      Number(new RegExp(`${field}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1e6;
  } finally {
    await client.quit();
  }
}
