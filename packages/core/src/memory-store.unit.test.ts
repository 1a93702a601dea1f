import { describe, expect, it } from 'vitest';
import { isSettlement } from './ledger-kind.js';
import { memoryStore } from './memory-store.js';
import { chainLink } from './testing/chain-link.js';

const link = chainLink;

describe('memory store, used directly', () => {
  it('answers for ids it does not know', async () => {
    const store = memoryStore();
    expect(await store.status(link('nobody'), 0)).toBeUndefined();
    expect(await store.release({ reservationId: 'none', chain: [link('nobody')], now: 0 })).toBe(
      false,
    );
    expect(await store.list()).toEqual([]);
  });

  it('skips deadlines of reservations that already ended, and reports the ones it expires', async () => {
    const store = memoryStore();
    const chain = [link('a')];
    await store.reserve({ reservationId: 'r1', chain, amountUsd: '0.1', now: 0, expiresAt: 10 });
    await store.reserve({ reservationId: 'r2', chain, amountUsd: '0.2', now: 0, expiresAt: 20 });
    await store.settle({
      reservationId: 'r1',
      chain,
      reservedUsd: '0.1',
      actualUsd: '0.05',
      now: 5,
      details: {},
    });
    expect(await store.expire(30)).toEqual([
      { reservationId: 'r2', budgetId: 'a', chain: ['a'], reservedUsd: '0.2', expiresAt: 20 },
    ]);
    expect(await store.list()).toMatchObject([
      { id: 'a', spentUsd: '0.05', reservedUsd: '0', calls: 1 },
    ]);
  });

  it('keeps only the newest ledger entries, filters by budget, and can keep none', async () => {
    const capped = memoryStore({ ledgerLimit: 2 });
    for (const [index, id] of ['a', 'b', 'a'].entries()) {
      await capped.reserve({
        reservationId: `r${index}`,
        chain: [link(id)],
        amountUsd: '0.1',
        now: 0,
        expiresAt: 1e9,
      });
      await capped.settle({
        reservationId: `r${index}`,
        chain: [link(id)],
        reservedUsd: '0.1',
        actualUsd: '0.1',
        now: index,
        details: {},
      });
    }
    expect(
      (await capped.ledger()).filter(isSettlement).map((entry) => entry.reservationId),
    ).toEqual(['r2', 'r1']);
    expect(
      (await capped.ledger({ budgetId: 'a', limit: 5 }))
        .filter(isSettlement)
        .map((entry) => entry.reservationId),
    ).toEqual(['r2']);
    const none = memoryStore({ ledgerLimit: 0 });
    await none.settle({
      reservationId: 'late',
      chain: [link('a')],
      reservedUsd: '0',
      actualUsd: '0.1',
      now: 0,
      details: {},
    });
    expect(await none.ledger()).toEqual([]);
    expect(await none.list()).toMatchObject([{ spentUsd: '0.1' }]);
  });

  it('drops the oldest entries past its limit however many settle, newest first, purge included', async () => {
    const capped = memoryStore({ ledgerLimit: 3 });
    const settle = async (index: number, id: string) => {
      const chain = [link(id)];
      await capped.reserve({
        reservationId: `r${index}`,
        chain,
        amountUsd: '0.1',
        now: 0,
        expiresAt: 1e9,
      });
      await capped.settle({
        reservationId: `r${index}`,
        chain,
        reservedUsd: '0.1',
        actualUsd: '0.1',
        now: index,
        details: {},
      });
    };
    for (let index = 0; index < 50; index += 1) await settle(index, index % 2 === 0 ? 'a' : 'b');
    const ids = async () =>
      (await capped.ledger({ kind: 'all' })).map((entry) =>
        isSettlement(entry) ? entry.reservationId : entry.kind,
      );
    expect(await ids()).toEqual(['r49', 'r48', 'r47']);
    await capped.adjust({
      adjustmentId: 'close-b',
      link: link('b'),
      action: 'close',
      amountUsd: '0',
      now: 100,
      reason: 'test',
    });
    expect(await capped.purge({ closedBefore: 1000 })).toEqual(['b']);
    expect(await ids()).toEqual(['r48']);
    await settle(50, 'a');
    await settle(52, 'a');
    await settle(54, 'a');
    expect(await ids()).toEqual(['r54', 'r52', 'r50']);
  });
});
