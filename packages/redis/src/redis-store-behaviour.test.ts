import { createBudget, formatUsd, isSettlement, money, sumMoney } from '@tollgate/core';
import { fixedToUsd as fromFixed, picoToFixed } from '@tollgate/core/store-kit';
import { chainLink } from '@tollgate/core/testing';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { limbsToPico, toFixed } from './fixed-money.js';
import { redisStore } from './redis-store.js';
import { freePort, type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

let server: RedisServerHandle;
let admin: Redis;
beforeAll(async () => {
  server = await startRedisServer();
  admin = new Redis(server.url);
});
afterAll(async () => {
  await admin?.quit();
  await server?.dispose();
});
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
let prefixes = 0;
const open = (options: { prefix?: string; ledgerMaxLength?: number } = {}) => {
  prefixes += 1;
  const store = redisStore({ url: server.url }, { prefix: `t${prefixes}:`, ...options });
  closers.push(() => store.close());
  return store;
};
const link = chainLink;

describe('fixed money', () => {
  it('round-trips to core decimal strings and rounds charges up, limits down', () => {
    expect(toFixed('0.125', 'up')).toBe('0.125000000000');
    expect(fromFixed('0.125000000000')).toBe('0.125');
    expect(fromFixed('1.000000000000')).toBe('1');
    expect(fromFixed('0.000000000000')).toBe('0');
    expect(toFixed('0.0000000000001', 'up')).toBe('0.000000000001');
    expect(toFixed('0.0000000000019', 'down')).toBe('0.000000000001');
    expect(() => toFixed('1000000000000000', 'up')).toThrow();
  });

  it('reads negative amounts and stored limbs exactly', () => {
    expect(fromFixed('-0.500000000000')).toBe('-0.5');
    expect(fromFixed('-1.000000000001')).toBe('-1.000000000001');
    expect(picoToFixed(limbsToPico('-1', '500000000000'))).toBe('-0.500000000000');
    expect(picoToFixed(limbsToPico('12', '125'))).toBe('12.000000000125');
    expect(picoToFixed(limbsToPico())).toBe('0.000000000000');
  });
});

describe('commands issued together', () => {
  // Scripts run: ioredis sends a script's first call on a connection as EVAL (which also
  // loads it), and EVALSHA after that.
  const evalshaCalls = async () => {
    const lines = (await admin.info('commandstats')).split('\n');
    const calls = (command: string) => {
      const line = lines.find((entry) => entry.startsWith(`cmdstat_${command}:`));
      return Number(/calls=(\d+)/.exec(line ?? '')?.[1] ?? 0);
    };
    return calls('evalsha') + calls('eval');
  };

  it('go to Redis in batches, each applied as on its own', async () => {
    const store = open();
    const budget = createBudget({ id: 'burst', limitUsd: '1', store });
    await budget.status();
    const before = await evalshaCalls();
    // 40 holds of 0.03 on a 1 USD budget: 33 fit, 7 are refused.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => budget.reserve('0.03')),
    );
    const held = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    expect(held).toHaveLength(33);
    await Promise.all(held.map((reservation) => reservation.settle('0.01')));
    // 73 commands in batches of at most 8.
    const scripts = (await evalshaCalls()) - before;
    expect(scripts).toBeGreaterThanOrEqual(Math.ceil(73 / 8));
    expect(scripts).toBeLessThan(30);
    expect(await budget.status()).toMatchObject({ spentUsd: '0.33', reservedUsd: '0', calls: 33 });
    expect(await budget.ledger({ limit: 100 })).toHaveLength(33);
  });

  it('load the scripts again when Redis has forgotten them, alone or batched', async () => {
    const store = open();
    const budget = createBudget({ id: 'flushed', limitUsd: '1', store });
    await (await budget.reserve('0.1')).settle('0.05');
    await admin.script('FLUSH');
    await (await budget.reserve('0.1')).settle('0.05');
    await admin.script('FLUSH');
    const held = await Promise.all(Array.from({ length: 6 }, () => budget.reserve('0.1')));
    await Promise.all(held.map((reservation) => reservation.settle('0.05')));
    expect(await budget.status()).toMatchObject({ spentUsd: '0.4', reservedUsd: '0', calls: 8 });
  });

  it('fail one by one: a damaged budget fails its own command, not its batch', async () => {
    const store = open();
    const root = createBudget({ id: 'tree', limitUsd: '10', store });
    const healthy = root.child({ id: 'healthy', limitUsd: '5' });
    const damaged = root.child({ id: 'damaged', limitUsd: '5' });
    await Promise.all([healthy.status(), damaged.status()]);
    const [key] = await admin.keys(`t${prefixes}:{tree}:b:damaged`);
    await admin.hset(key as string, 'm', 'not figures');
    const before = await evalshaCalls();
    const [good, bad] = await Promise.allSettled([healthy.reserve('0.5'), damaged.reserve('0.5')]);
    expect((await evalshaCalls()) - before).toBe(1);
    expect(good.status).toBe('fulfilled');
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'STORE_UNAVAILABLE' } });
    expect(await healthy.status()).toMatchObject({ reservedUsd: '0.5' });
    expect(await root.status()).toMatchObject({ reservedUsd: '0.5' });
  });
});

describe('redisStore', () => {
  it('adds and compares pico-dollar limbs exactly, carries included', async () => {
    const store = open();
    const budget = createBudget({ id: 'limbs', limitUsd: '999999999999.999999999999', store });
    const amounts: string[] = [];
    let seed = 12_345;
    for (let index = 0; index < 60; index += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const dollars = seed % 1_000_000_000;
      const picos = String((seed * 7919) % 1e12).padStart(12, '0');
      amounts.push(formatUsd(money(`${dollars}.${picos}`)));
    }
    amounts.push('0.999999999999', '0.000000000001', '0.5', '0.5');
    for (const amount of amounts) await (await budget.reserve(amount)).settle(amount);
    const status = await budget.status();
    expect(status.spentUsd).toBe(formatUsd(sumMoney(amounts.map(money))));
    expect(status.reservedUsd).toBe('0');
    expect(status.remainingUsd).toBe(
      formatUsd(money('999999999999.999999999999').minus(status.spentUsd)),
    );
  });

  it('admits exactly up to the limit to the last pico-dollar', async () => {
    const budget = createBudget({ id: 'edge', limitUsd: '0.000000000003', store: open() });
    await budget.reserve('0.000000000002');
    await budget.reserve('0.000000000001');
    await expect(budget.reserve('0.000000000001')).rejects.toMatchObject({
      code: 'BUDGET_EXCEEDED',
      reservedUsd: '0.000000000003',
      heldOnly: true,
    });
  });

  it('charges a settle with more than 12 decimals rounded up', async () => {
    const budget = createBudget({ id: 'round', limitUsd: '1', store: open() });
    const entry = await (await budget.reserve('0.1')).settle('0.0000000000001');
    expect(entry).toMatchObject({ actualUsd: '0.000000000001' });
    expect((await budget.status()).spentUsd).toBe('0.000000000001');
  });

  it('keeps every key of a tree under its root hash tag and the prefix', async () => {
    const store = open({ prefix: 'tagged:' });
    const root = createBudget({ id: 'org', limitUsd: '5', store });
    const team = root.child({ id: 'team/a', limitUsd: '2' });
    await (await team.child({ id: 'user@x', limitUsd: '1' }).reserve('0.1')).settle('0.05');
    await team.reserve('0.2');
    const keys = await admin.keys('tagged:*');
    expect(keys.filter((key) => !key.startsWith('tagged:{org}:'))).toEqual(['tagged:budgets']);
    expect(keys.length).toBeGreaterThan(4);
  });

  it('answers a retried settle with the recorded entry, and a settle after release with nothing', async () => {
    const store = open();
    await store.define(link('retry'), 0);
    await store.reserve({
      reservationId: 'r1',
      chain: [link('retry')],
      amountUsd: '0.5',
      now: 1,
      expiresAt: 1000,
    });
    const settle = {
      reservationId: 'r1',
      chain: [link('retry')],
      reservedUsd: '0.5',
      actualUsd: '0.3',
      now: 2,
      details: {},
    };
    const first = await store.settle(settle);
    const again = await store.settle({ ...settle, now: 3 });
    expect(first).toMatchObject({
      applied: true,
      entry: { late: false, reservedUsd: '0.5', overrunUsd: '0' },
    });
    expect(again).toMatchObject({ applied: false, entry: first.entry });
    await store.reserve({
      reservationId: 'r2',
      chain: [link('retry')],
      amountUsd: '0.1',
      now: 4,
      expiresAt: 1000,
    });
    expect(await store.release({ reservationId: 'r2', chain: [link('retry')], now: 5 })).toBe(true);
    expect(await store.release({ reservationId: 'r2', chain: [link('retry')], now: 5 })).toBe(
      false,
    );
    expect(await store.settle({ ...settle, reservationId: 'r2', now: 6 })).toMatchObject({
      applied: false,
    });
    expect(await store.status(link('retry'), 7)).toMatchObject({
      spentUsd: '0.3',
      reservedUsd: '0',
      calls: 1,
    });
  });

  it('lists budgets, expires every tree, and reads the ledger newest first', async () => {
    const store = open();
    await store.define(link('a'), 0);
    await store.define(link('b', '2'), 0);
    await store.define(link('b-child', '1', 'b'), 0);
    const chain = [link('b-child', '1', 'b'), link('b', '2')];
    await store.reserve({
      reservationId: 'x',
      chain: [link('a')],
      amountUsd: '0.1',
      now: 0,
      expiresAt: 10,
    });
    await store.reserve({ reservationId: 'y', chain, amountUsd: '0.2', now: 0, expiresAt: 20 });
    await store.reserve({ reservationId: 'z', chain, amountUsd: '0.3', now: 0, expiresAt: 30 });
    await store.settle({
      reservationId: 'z',
      chain,
      reservedUsd: '0.3',
      actualUsd: '0.3',
      now: 5,
      details: { model: 'm' },
    });
    await store.settle({
      reservationId: 'w',
      chain: [link('a')],
      reservedUsd: '0',
      actualUsd: '0.01',
      now: 6,
      details: {},
    });
    expect(await store.list()).toMatchObject([
      { id: 'a', reservedUsd: '0.1', spentUsd: '0.01' },
      { id: 'b', parentId: null, reservedUsd: '0.2', spentUsd: '0.3' },
      { id: 'b-child', parentId: 'b', reservedUsd: '0.2' },
    ]);
    const expired = await store.expire(25);
    expect(expired.map((entry) => entry.reservationId).sort()).toEqual(['x', 'y']);
    expect(expired.find((entry) => entry.reservationId === 'y')).toEqual({
      reservationId: 'y',
      budgetId: 'b-child',
      chain: ['b-child', 'b'],
      reservedUsd: '0.2',
      expiresAt: 20,
    });
    expect((await store.list()).map((snapshot) => snapshot.reservedUsd)).toEqual(['0', '0', '0']);
    expect(
      (await store.ledger()).filter(isSettlement).map((entry) => [entry.reservationId, entry.late]),
    ).toEqual([
      ['w', true],
      ['z', false],
    ]);
    expect(await store.ledger({ budgetId: 'b' })).toMatchObject([
      { reservationId: 'z', details: { model: 'm' } },
    ]);
    expect(await store.ledger({ budgetId: 'unknown' })).toEqual([]);
    expect(await store.ledger({ limit: 0 })).toEqual([]);
  });

  it('loads its scripts again after Redis forgets them', async () => {
    const budget = createBudget({ id: 'noscript', limitUsd: '1', store: open() });
    await (await budget.reserve('0.1')).settle('0.1');
    await admin.script('FLUSH');
    await (await budget.reserve('0.1')).settle('0.1');
    expect((await budget.status()).spentUsd).toBe('0.2');
  });

  it('uses a given client without closing it, and rejects a client keyPrefix or a braced prefix', async () => {
    const client = new Redis(server.url);
    try {
      const store = redisStore({ client, prefix: 'given:' });
      const budget = createBudget({ id: 'given', limitUsd: '1', store });
      await (await budget.reserve('0.1')).settle('0.1');
      await store.close();
      expect(await client.ping()).toBe('PONG');
      // Closed by its close(), though the client is still up: permanent, not an outage.
      await expect(budget.status()).rejects.toMatchObject({
        code: 'STORE_INVALID',
        message: expect.stringMatching(/redis budget store is closed/),
      });
      const lenient = createBudget({ id: 'given', limitUsd: '1', store, onStoreError: 'allow' });
      await expect(lenient.reserve('0.1')).rejects.toMatchObject({ code: 'STORE_INVALID' });
    } finally {
      client.disconnect();
    }
    const prefixed = new Redis(server.url, { keyPrefix: 'x:', lazyConnect: true });
    expect(() => redisStore({ client: prefixed })).toThrow(/keyPrefix/);
    expect(() => redisStore({ url: server.url, prefix: 'a{b}:' })).toThrow(/must not contain/);
  });

  it('reports a given client its owner quit as an outage: the owner may connect it again', async () => {
    const client = new Redis(server.url);
    const store = redisStore({ client, prefix: 'given-quit:' });
    const budget = createBudget({ id: 'given-quit', limitUsd: '1', store });
    await (await budget.reserve('0.1')).settle('0.1');
    await client.quit();
    await expect(budget.status()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await client.connect();
    expect((await budget.status()).spentUsd).toBe('0.1');
    await store.close();
    client.disconnect();
  });

  it('shares one given client between stores, each with its own prefix and the same scripts', async () => {
    const client = new Redis(server.url);
    try {
      const first = redisStore({ client, prefix: 'share-a:' });
      const second = redisStore({ client, prefix: 'share-b:' });
      const budgets = [first, second].map((store) =>
        createBudget({ id: 'shared-client', limitUsd: '1', store }),
      );
      await Promise.all(budgets.map(async (budget) => (await budget.reserve('0.3')).settle('0.2')));
      expect(await client.keys('share-a:*')).toContain('share-a:{shared-client}:b:shared-client');
      expect(await client.keys('share-b:*')).toContain('share-b:{shared-client}:b:shared-client');
      for (const budget of budgets) expect((await budget.status()).spentUsd).toBe('0.2');
    } finally {
      client.disconnect();
    }
  });

  it('still takes the deprecated form, connection then settings, and checks both alike', async () => {
    const store = redisStore({ url: server.url }, { prefix: 'earlier-form:' });
    closers.push(() => store.close());
    await (await createBudget({ id: 'earlier', limitUsd: '1', store }).reserve('0.1')).settle(
      '0.1',
    );
    expect(await admin.keys('earlier-form:*')).toContain('earlier-form:{earlier}:b:earlier');
    expect(() => redisStore({ url: server.url }, { prefixx: 'x:' } as never)).toThrow(
      /did you mean prefix/,
    );
  });

  it('fails closed when Redis cannot be reached, unless the budget allows it', async () => {
    const port = await freePort();
    const store = redisStore({ url: `redis://:secret@127.0.0.1:${port}`, commandTimeoutMs: 200 });
    closers.push(() => store.close());
    const strict = createBudget({ id: 'down', limitUsd: '1', store });
    const error = await strict.reserve('0.1').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(String((error as Error).message)).not.toContain('secret');
  });

  it("lets calls through unheld while Redis is down when the budget says onStoreError: 'allow'", async () => {
    const own = await startRedisServer();
    const store = redisStore({ url: own.url, commandTimeoutMs: 200 });
    try {
      const lenient = createBudget({ id: 'down-ok', limitUsd: '1', store, onStoreError: 'allow' });
      expect((await lenient.reserve('0.1')).backed).toBe(true);
      await own.stop();
      expect((await lenient.reserve('0.1')).backed).toBe(false);
      await expect(lenient.status()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      await store.close();
      await own.dispose();
    }
  });
});

describe('budgets written before administration', () => {
  it('reads figures without a closing time as open, and administers them', async () => {
    const store = open();
    const prefix = `t${prefixes}:`;
    const budget = createBudget({ id: 'old', limitUsd: '1', store });
    await budget.status();
    // The figures as an older release wrote them: eight fields, ending at the window start.
    await admin.hset(`${prefix}{old}:b:old`, 'm', '1|0|0|250000000000|0|0|3|');
    expect(await store.find('old')).toEqual({
      id: 'old',
      parentId: null,
      limitUsd: '1',
      spentUsd: '0.25',
      reservedUsd: '0',
      calls: 3,
      window: null,
      windowStart: null,
    });
    await (await budget.reserve('0.5')).settle('0.5');
    await budget.topUp('1', { reason: 'migrated' });
    expect(await budget.status()).toMatchObject({ limitUsd: '2', spentUsd: '0.75', calls: 4 });
    expect(await admin.hget(`${prefix}{old}:b:old`, 'm')).toBe('2|0|0|750000000000|0|0|4|||1');
  });
});
