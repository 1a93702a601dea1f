import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { SettlementLostError, StoreInvalidError } from '../errors.js';
import type { BudgetEvent } from '../events.js';
import { formatUsd, money, sumMoney } from '../money.js';
import type { BudgetStore } from '../store.js';

type Ending = 'settle' | 'release';

/**
 * The store with its first `settle` and first `release` answered late by a rejection
 * with `error()` (a connection reset, a closed store), after `delayMs`: an attempt still in
 * flight when `flush()` is called, failing after it. Every other command goes through.
 */
function failingFirst(store: BudgetStore, error: () => Error, delayMs = 20): BudgetStore {
  const failed = new Set<Ending>();
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if ((key !== 'settle' && key !== 'release') || failed.has(key)) return value.bind(target);
      return () => {
        failed.add(key);
        return new Promise((_, reject) => setTimeout(() => reject(error()), delayMs));
      };
    },
  });
}

/**
 * `budget.flush()` waits for the settlements and releases called before it, including those
 * whose first attempt is still awaiting the store's answer, so the store can be closed once
 * it resolves. Registered by `describeBudgetStore`.
 */
export function flushInFlightTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
  propertyRuns: number,
): void {
  it('flush() waits for a settle and a release not awaited, so the store can close after it', async () => {
    const store = await open();
    const root = createBudget({ id: freshId('flush-root'), limitUsd: '10', store });
    const child = root.child({ id: freshId('flush-child'), limitUsd: '5' });
    const events: BudgetEvent[] = [];
    root.on('settlement-lost', (event) => events.push(event));
    const settled = await child.reserve('1');
    const released = await root.reserve('1');
    const settling = settled.settle('0.7');
    const releasing = released.release();
    await root.flush();
    await store.close();
    await expect(settling).resolves.toMatchObject({ actualUsd: '0.7' });
    await expect(releasing).resolves.toBe(true);
    expect(events).toEqual([]);
  });

  it('flush() waits for a first attempt failing after it was called, and its retry', async () => {
    const inner = await open();
    const reset = () => new Error('connection reset by peer');
    const budget = createBudget({
      id: freshId('flush-retry'),
      limitUsd: '10',
      store: failingFirst(inner, reset),
    });
    const pendingIds: string[] = [];
    budget.on('settlement-pending', (event) => pendingIds.push(event.reservationId));
    const settled = await budget.reserve('1');
    const released = await budget.reserve('2');
    void settled.settle('0.7');
    void released.release();
    await budget.flush();
    expect(pendingIds.sort()).toEqual([settled.id, released.id].sort());
    expect(await budget.status()).toMatchObject({ spentUsd: '0.7', reservedUsd: '0', calls: 1 });
  });

  it('flush() rejects with SettlementLostError for a first attempt refused for good after it was called', async () => {
    const inner = await open();
    const closed = () => new StoreInvalidError('The budget store is closed.');
    const budget = createBudget({
      id: freshId('flush-lost'),
      limitUsd: '10',
      store: failingFirst(inner, closed),
    });
    const settled = await budget.reserve('1');
    const released = await budget.reserve('2');
    const settling = settled.settle('0.7').catch((error: unknown) => error);
    const releasing = released.release().catch((error: unknown) => error);
    const flushed = await budget.flush().catch((error: unknown) => error);
    expect(flushed).toBeInstanceOf(SettlementLostError);
    const lost = (flushed as SettlementLostError).lost;
    expect(
      lost.map(({ kind, reservationId, actualUsd }) => ({ kind, reservationId, actualUsd })),
    ).toEqual([
      { kind: 'settle', reservationId: settled.id, actualUsd: '0.7' },
      { kind: 'release', reservationId: released.id, actualUsd: '0' },
    ]);
    expect(await settling).toBeInstanceOf(StoreInvalidError);
    expect(await releasing).toBeInstanceOf(StoreInvalidError);
  });

  it('flush() leaves nothing unlanded, whichever endings are awaited or fail once (property)', async () => {
    const ending = fc.record({
      amount: fc.integer({ min: 0, max: 50 }).map((cents) => (cents / 100).toFixed(2)),
      settle: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(ending, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (endings, flaky) => {
          const inner = await open();
          const reset = () => new Error('connection reset by peer');
          const store = flaky ? failingFirst(inner, reset, 5) : inner;
          const budget = createBudget({ id: freshId('flush-prop'), limitUsd: '100', store });
          const lostIds: string[] = [];
          budget.on('settlement-lost', (event) => lostIds.push(event.reservationId));
          const holds = await Promise.all(endings.map(() => budget.reserve('1')));
          const answers = holds.map((hold, index) =>
            endings[index]?.settle ? hold.settle(endings[index].amount) : hold.release(),
          );
          await budget.flush();
          const charged = endings.filter(({ settle }) => settle).map(({ amount }) => money(amount));
          expect(await budget.status()).toMatchObject({
            spentUsd: formatUsd(sumMoney(charged)),
            reservedUsd: '0',
            calls: charged.length,
          });
          // Every ending had landed: closing the store now rejects none of them.
          await inner.close();
          await Promise.all(answers);
          expect(lostIds).toEqual([]);
        },
      ),
      { numRuns: propertyRuns },
    );
  });
}
