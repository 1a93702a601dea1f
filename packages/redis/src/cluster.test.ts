import { BudgetExceededError, createBudget } from '@tollgate/core';
import { manualClock } from '@tollgate/core/testing';
import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisClusterHandle, startRedisCluster } from './test-support/redis-cluster.js';

let cluster: RedisClusterHandle;
let client: Cluster;
beforeAll(async () => {
  cluster = await startRedisCluster(3);
  client = new Cluster([...cluster.nodes], {
    enableOfflineQueue: true,
    redisOptions: { maxRetriesPerRequest: 1, commandTimeout: 5000 },
  });
}, 30_000);
afterAll(async () => {
  client?.disconnect();
  await cluster?.dispose();
});

/** The node (by its first slot's owner) that serves a key. */
async function ownerOf(key: string): Promise<string> {
  const slot = Number(await client.call('CLUSTER', 'KEYSLOT', key));
  const ranges = (await client.call('CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
  const range = ranges.find(([from, to]) => slot >= from && slot <= to);
  return `${range?.[2][0]}:${range?.[2][1]}`;
}

describe('redis store on Redis Cluster', () => {
  it('keeps trees on different nodes exact: batched bursts, three levels, ledger, list', async () => {
    const store = redisStore({ client, prefix: 'cl:' });
    const roots = ['org-a', 'org-b', 'org-c', 'org-d', 'org-e', 'org-f'];
    const owners = new Set(await Promise.all(roots.map((root) => ownerOf(`cl:{${root}}:b:x`))));
    expect(owners.size).toBeGreaterThan(1);

    await Promise.all(
      roots.map(async (rootId) => {
        const root = createBudget({ id: rootId, limitUsd: '1', store });
        const team = root.child({ id: `${rootId}/team`, limitUsd: '0.8' });
        const user = team.child({ id: `${rootId}/team/user`, limitUsd: '0.5' });
        // 30 holds of 0.02 at once on a 0.5 leaf: 25 fit; each settles 0.01 or is released.
        const outcomes = await Promise.allSettled(
          Array.from({ length: 30 }, () => user.reserve('0.02')),
        );
        const held = outcomes.flatMap((outcome) =>
          outcome.status === 'fulfilled' ? [outcome.value] : [],
        );
        const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(held).toHaveLength(25);
        for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(BudgetExceededError);
        await Promise.all(
          held.map((reservation, index) =>
            index % 5 === 0 ? reservation.release() : reservation.settle('0.01'),
          ),
        );
        for (const budget of [user, team, root]) {
          expect(await budget.status()).toMatchObject({
            spentUsd: '0.2',
            reservedUsd: '0',
            calls: 20,
          });
        }
        expect(await user.ledger({ limit: 100 })).toHaveLength(20);
      }),
    );
    const listed = (await store.list()).map((snapshot) => snapshot.id);
    for (const root of roots)
      expect(listed).toEqual(expect.arrayContaining([root, `${root}/team`]));
    expect(await store.ledger({ limit: 1000 })).toHaveLength(roots.length * 20);
  });

  it('expires a hold for everyone once its deadline passes', async () => {
    const store = redisStore({ client, prefix: 'cl-expiry:' });
    const clock = manualClock(1_000_000);
    const budget = createBudget({ id: 'org-g', limitUsd: '1', store, clock, ttlMs: 5000 });
    await budget.reserve('0.7');
    await expect(budget.reserve('0.5')).rejects.toBeInstanceOf(BudgetExceededError);
    clock.set(1_005_000);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', remainingUsd: '1' });
    expect(await store.expire(1_010_000)).toEqual([]);
  });
});
