import { describe, expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import type { BudgetEvent } from '../events.js';
import { memoryStore } from '../memory-store.js';
import type { LedgerEntry } from '../store.js';
import { checkEndings, recordEndings, waitForEndings } from './check-endings.js';

function family() {
  const store = memoryStore();
  const root = createBudget({
    id: `ends-${Math.random().toString(36).slice(2)}`,
    limitUsd: '1',
    store,
  });
  const leaf = root.child({ id: `${root.id}-leaf`, limitUsd: '1' });
  return { store, root, leaf, events: recordEndings([root]) };
}

describe('checkEndings', () => {
  it('finds nothing wrong when every call ended once', async () => {
    const { store, root, leaf, events } = family();
    await (await leaf.reserve('0.1')).settle('0.04', { partial: true });
    await (await leaf.reserve('0.1')).release();
    await waitForEndings(events, 1_000);
    expect(await checkEndings(events, [root, leaf], store)).toEqual({
      admitted: 2,
      settled: 1,
      released: 1,
      partial: 1,
      spentUsd: '0.04',
      violations: [],
    });
  });

  it('reports a call that never ended, one that ended twice and an end without a start', async () => {
    const { store, root, leaf, events } = family();
    const open = await leaf.reserve('0.2');
    // waitForEndings gives up at its timeout when a call never ends.
    await waitForEndings(events, 30);
    const entry = (await (await leaf.reserve('0.1')).settle('0.1')) as LedgerEntry;
    const twice: BudgetEvent[] = [
      {
        type: 'reserved',
        budgetId: leaf.id,
        reservationId: 'r1',
        amountUsd: '0.1',
        chain: [leaf.id],
        metadata: undefined,
      },
      { type: 'released', budgetId: leaf.id, reservationId: 'r1', amountUsd: '0.1' },
      { type: 'settled', budgetId: leaf.id, entry: { ...entry, reservationId: 'r1' } },
      { type: 'released', budgetId: leaf.id, reservationId: 'ghost', amountUsd: '0.1' },
    ];
    const { violations } = await checkEndings([...events, ...twice], [root, leaf], store);
    expect(violations).toEqual(
      expect.arrayContaining([
        `reservation ${open.id} ended never`,
        'reservation r1 ended both settled and released',
        'reservation ghost ended without being reserved',
        `${leaf.id} still holds 0.2`,
      ]),
    );
  });

  it('reports spend that differs from the ledger, a wrong call count and spend over the limit', async () => {
    const { root, leaf, events } = family();
    await (await leaf.reserve('0.5')).settle('1.5');
    const emptyStore = memoryStore();
    const { violations } = await checkEndings(events, [leaf], emptyStore);
    expect(violations).toEqual([
      `${leaf.id} spent 1.5 but its ledger sums to 0`,
      `${leaf.id} counts 1 calls but its ledger has 0`,
      `${leaf.id} spent 1.5 over its limit 1`,
    ]);
    expect((await checkEndings(events, [root], emptyStore)).spentUsd).toBe('1.5');
  });
});
