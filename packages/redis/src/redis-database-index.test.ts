import { createBudget, StoreInvalidError } from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

// A database index the server does not have: ioredis reports the failed SELECT as an error
// event and stays in database 0, where the store must never read or write.

const password = 'db-index-canary-51c2';
let server: RedisServerHandle;
let inspector: Redis;
beforeAll(async () => {
  server = await startRedisServer({
    extraArguments: ['--databases', '4', '--requirepass', password],
  });
  inspector = new Redis({ port: server.port, host: '127.0.0.1', password });
});
afterAll(async () => {
  inspector?.disconnect();
  await server?.dispose();
});

const urlOf = (database: number) => `redis://:${password}@127.0.0.1:${server.port}/${database}`;
let budgets = 0;
const nextId = () => `db-index-${++budgets}`;

/** The keys of `database`, read by a connection of the test's own. */
async function keysOf(database: number): Promise<string[]> {
  await inspector.select(database);
  return inspector.keys('*');
}

describe('redisStore on a database index the server does not have', () => {
  it.each([
    ['a URL', (database: number) => redisStore({ url: urlOf(database) })],
    [
      'a given client',
      (database: number) =>
        redisStore({
          client: new Redis({ port: server.port, host: '127.0.0.1', password, db: database }),
        }),
    ],
  ])(
    'refuses every command with STORE_INVALID naming the index and the count (%s)',
    async (_, open) => {
      const store = open(7);
      const budget = createBudget({ id: nextId(), limitUsd: 1, store });
      const refusal = await budget.reserve('0.25').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(StoreInvalidError);
      const error = refusal as StoreInvalidError;
      expect(error.code).toBe('STORE_INVALID');
      expect(error.message).toMatch(/database 7\b/);
      expect(error.message).toMatch(/it has 4: 0 to 3/);
      expect(error.message).not.toContain(password);
      // Every later command too, reads included, and nothing landed in database 0.
      await expect(budget.status()).rejects.toBeInstanceOf(StoreInvalidError);
      await expect(store.list()).rejects.toBeInstanceOf(StoreInvalidError);
      expect(await keysOf(0)).toEqual([]);
      await store.close();
    },
  );

  it('uses a database index the server has', async () => {
    const store = redisStore({ url: urlOf(3) });
    const budget = createBudget({ id: nextId(), limitUsd: 1, store });
    await (await budget.reserve('0.25')).settle('0.125');
    expect((await budget.status()).spentUsd).toBe('0.125');
    expect((await keysOf(3)).length).toBeGreaterThan(0);
    expect(await keysOf(0)).toEqual([]);
    await store.close();
  });
});
