import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BudgetStore, createBudget, memoryStore } from '@tollgate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Reuses the Redis package's helper: a private redis-server on a free loopback port.
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../redis/src/test-support/redis-server.js';
import { budgetShow } from './budget-command.js';
import { currentBudget, currentBudgets } from './current-figures.js';
import { parseStoreUrl } from './parse-store-url.js';
import { listBudgets } from './status-command.js';
import { captureIO } from './test-support/capture-io.js';
import { storeOf } from './test-support/spend.js';
import { watchCommand } from './watch-command.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-current-'));
let redis: RedisServerHandle;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});

/**
 * A process that holds $0.30 for one second and dies without settling: its store is closed
 * with the hold still in it. Answers the hold's deadline.
 */
async function crashWithHold(store: BudgetStore, id: string): Promise<number> {
  const budget = createBudget({ id, limitUsd: '1', store });
  const before = Date.now();
  await budget.reserve('0.3', { ttlMs: 1000 });
  await budget.flush();
  await store.close();
  return before + 1000;
}

const later = (deadline: number) => deadline + 60_000;

describe.each([
  ['sqlite', () => `sqlite:${join(dir, 'stale.db')}`],
  ['redis', () => `${redis.url}/2`],
])('every CLI read shows what is held now on a real %s store', (kind, url) => {
  const id = `crashed-${kind}`;
  let deadline = 0;
  beforeAll(async () => {
    deadline = await crashWithHold(storeOf(url()), id);
  });

  it('shows the hold while it lasts (status --json at its start)', async () => {
    const io = captureIO();
    await listBudgets({ store: url(), json: true, now: deadline - 1000 }, io, false);
    expect(JSON.parse(io.out()).budgets[0]).toMatchObject({ id, reservedUsd: '0.3' });
  });

  it('status and budget list release a hold past its deadline before they print', async () => {
    for (const withState of [false, true]) {
      const io = captureIO();
      await listBudgets({ store: url(), json: true, now: later(deadline) }, io, withState);
      expect(JSON.parse(io.out()).budgets[0]).toMatchObject({
        id,
        reservedUsd: '0',
        remainingUsd: '1',
      });
    }
  });

  it('budget show releases it too, in the table and in --json', async () => {
    const table = captureIO();
    await budgetShow(id, { store: url(), now: later(deadline) }, table);
    expect(table.out()).toMatch(/ {2}held {7}\$0\.000000\n/);
    const json = captureIO();
    await budgetShow(id, { store: url(), json: true, now: later(deadline) }, json);
    expect(JSON.parse(json.out()).budget).toMatchObject({ reservedUsd: '0', remainingUsd: '1' });
  });

  it('watch polls with the hold released', async () => {
    const io = { ...captureIO(), signal: AbortSignal.abort() };
    await watchCommand({ store: url(), clock: () => later(deadline) }, io);
    const line = io
      .out()
      .split('\n')
      .find((text) => text.includes(id));
    expect(line).toContain('held $0.0000');
    expect(line).toContain('left $1.0000 of $1.00');
  });
});

describe('currentBudgets on the memory store', () => {
  it('only reads a store that holds nothing (no expire, no write)', async () => {
    const store = memoryStore();
    await createBudget({ id: 'idle', limitUsd: '1', store }).status();
    let expires = 0;
    const counting = {
      list: () => store.list(),
      find: (id: string) => store.find(id),
      expire: (now: number) => {
        expires += 1;
        return store.expire(now);
      },
    } as BudgetStore;
    const location = parseStoreUrl('sqlite:memory-test');
    await currentBudgets(counting, location, Date.now() + 60_000);
    await currentBudget(counting, location, 'idle', Date.now() + 60_000);
    expect(expires).toBe(0);
  });

  it('releases holds past their deadline, and only those', async () => {
    const store = memoryStore();
    const budget = createBudget({ id: 'mem', limitUsd: '1', store });
    const start = Date.now();
    await budget.reserve('0.3', { ttlMs: 1000 });
    await budget.reserve('0.2', { ttlMs: 600_000 });
    const location = parseStoreUrl('sqlite:memory-test');
    expect((await currentBudgets(store, location, start))[0]?.reservedUsd).toBe('0.5');
    expect((await currentBudgets(store, location, start + 60_000))[0]?.reservedUsd).toBe('0.2');
    expect((await currentBudget(store, location, 'mem', start + 60_000))?.reservedUsd).toBe('0.2');
    expect(await currentBudget(store, location, 'nobody', start)).toBeUndefined();
  });
});
