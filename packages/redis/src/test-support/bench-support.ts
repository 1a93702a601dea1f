/**
 * Measurements for `scripts/bench/stores.ts`, kept here so ioredis resolves from this
 * package. Each returns operations per second over one timed run.
 */
import { lanesRate, storePairRate } from '@tollgate/core/testing';
import { Redis } from 'ioredis';
import { redisStore } from '../redis-store.js';

export { type RedisServerHandle, startRedisServer } from './redis-server.js';

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
    return await lanesRate(count, inFlight, () => client.evalsha(sha, 0));
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
  try {
    return await storePairRate(store, budgetId, count, inFlight);
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
