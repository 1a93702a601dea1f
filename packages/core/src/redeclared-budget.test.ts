import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Budget, createBudget } from './budget.js';
import { budgetFamily } from './budget-family.js';
import { BudgetConflictError, BudgetExceededError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { anotherHandle } from './testing/another-handle.js';
import { collectGarbage } from './testing/collect-garbage.js';

/** The window a child of a daily parent is stored with: its own, or the parent's by default. */
function storedWindow(window: 'day' | 'month' | null | undefined): string {
  return window === undefined ? 'day' : (window ?? 'none');
}

/** What `call` threw (it must throw). */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('a budget declared twice in one process and store', () => {
  it('refuses createBudget with another limit while the first budget is held, and keeps the first', async () => {
    const store = memoryStore();
    const first = createBudget({ id: 'k', limitUsd: 1, store });
    await (await first.reserve('0.6')).settle('0.6');
    const error = thrownBy(() => createBudget({ id: 'k', limitUsd: 3, store }));
    expect(error).toBeInstanceOf(BudgetConflictError);
    expect(error).toMatchObject({ code: 'BUDGET_CONFLICT', budgetId: 'k' });
    expect((error as Error).message).toBe(
      'Budget "k" is declared twice in this process with different definitions, first by createBudget({ id: "k" }) and now by createBudget({ id: "k" }): limitUsd expected "1" (as first declared), received "3". The store holds one definition per id, so the second would silently replace the first budget\'s. To change a limit on purpose, call setLimit() on the budget you have; or drop every reference to the first budget before declaring it again.',
    );
    // Nothing changed: the first budget keeps its limit and its spend, and still refuses at 1.
    expect(await first.status()).toMatchObject({ limitUsd: '1', spentUsd: '0.6' });
    await expect(first.reserve('0.6')).rejects.toBeInstanceOf(BudgetExceededError);
  });

  it('refuses budget.child with another limit, naming both declarations', async () => {
    const store = memoryStore();
    const parent = createBudget({ id: 'org', limitUsd: 10, store });
    const first = parent.child({ id: 'k', limitUsd: 1 });
    await (await first.reserve('0.6')).settle('0.6');
    const error = thrownBy(() => parent.child({ id: 'k', limitUsd: 3 }));
    expect(error).toBeInstanceOf(BudgetConflictError);
    expect((error as Error).message).toContain(
      'first by budget.child() of "org" and now by budget.child() of "org": limitUsd expected "1" (as first declared), received "3"',
    );
    expect(await first.status()).toMatchObject({ limitUsd: '1', spentUsd: '0.6' });
    await expect(first.reserve('0.6')).rejects.toBeInstanceOf(BudgetExceededError);
  });

  it('names a different window and a different parent', () => {
    const store = memoryStore();
    const org = createBudget({ id: 'org', limitUsd: 10, store });
    const other = createBudget({ id: 'other', limitUsd: 10, store });
    const held = org.child({ id: 'k', limitUsd: 1, window: 'day' });
    expect(() => org.child({ id: 'k', limitUsd: 1, window: 'month' })).toThrow(
      'window expected day (as first declared), received month',
    );
    expect(() => other.child({ id: 'k', limitUsd: 1, window: 'day' })).toThrow(
      'parent expected "org" (as first declared), received "other"',
    );
    expect(() => createBudget({ id: 'k', limitUsd: 1, window: 'day', store })).toThrow(
      'parent expected "org" (as first declared), received none (a root budget)',
    );
    expect(held.limitUsd).toBe('1');
  });

  it('returns a working budget for the same definition again, as a request handler declares it', async () => {
    const store = memoryStore();
    const parent = createBudget({ id: 'org', limitUsd: 10, store });
    const first = parent.child({ id: 'k', limitUsd: 1 });
    await (await first.reserve('0.5')).settle('0.5');
    // The same limit written another way, and other per-object settings, are the same definition.
    const again = parent.child({ id: 'k', limitUsd: '1.00', onLimit: 'wait' });
    await (await again.reserve('0.25')).settle('0.25');
    expect(await first.status()).toMatchObject({ limitUsd: '1', spentUsd: '0.75' });
    expect(createBudget({ id: 'org', limitUsd: 10, store }).id).toBe('org');
  });

  it('allows another definition once the first budget is garbage-collected', async () => {
    const store = memoryStore();
    const declareAndDrop = async (): Promise<void> => {
      const first = createBudget({ id: 'k', limitUsd: 1, store });
      await (await first.reserve('0.5')).settle('0.5');
    };
    await declareAndDrop();
    // A weak reference is kept to the end of the job that made it: collect after it.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    const second = createBudget({ id: 'k', limitUsd: 3, store });
    expect(await second.status()).toMatchObject({ limitUsd: '3', spentUsd: '0.5' });
  });

  it('lets another store object on the same budgets redefine, as another process does (newest wins)', async () => {
    const store = memoryStore();
    const first = createBudget({ id: 'k', limitUsd: 1, store });
    await first.ready();
    const elsewhere = createBudget({ id: 'k', limitUsd: 3, store: anotherHandle(store) });
    await elsewhere.ready();
    expect(await first.status()).toMatchObject({ limitUsd: '3' });
  });

  it('lets setLimit change the limit on purpose', async () => {
    const store = memoryStore();
    const first = createBudget({ id: 'k', limitUsd: 1, store });
    await first.setLimit('3', { reason: 'raised' });
    expect(await first.status()).toMatchObject({ limitUsd: '3' });
  });

  it("keeps a family's member rebuilt with other overrides, as documented", async () => {
    const store = memoryStore();
    const family = budgetFamily({
      parent: createBudget({ id: 'org', limitUsd: 10, store }),
      template: { limitUsd: 1 },
    });
    const alice = await family.for('alice');
    const raised = await family.for('alice', { limitUsd: 2 });
    expect(await raised.status()).toMatchObject({ limitUsd: '2' });
    expect(alice.id).toBe(raised.id);
  });

  it('refuses any two different definitions while the first lives, and allows the same (property)', () => {
    const limits = fc.constantFrom('1', '1.00', 2, '0.5');
    const windows = fc.constantFrom(undefined, null, 'day' as const, 'month' as const);
    const parents = fc.constantFrom('a', 'b');
    const definition = fc.record({ limitUsd: limits, window: windows, parent: parents });
    fc.assert(
      fc.property(definition, definition, (first, second) => {
        const store = memoryStore();
        const roots = new Map<string, Budget>(
          ['a', 'b'].map((id) => [id, createBudget({ id, limitUsd: 5, window: 'day', store })]),
        );
        const declare = ({ limitUsd, window, parent }: typeof first): Budget =>
          (roots.get(parent) as Budget).child(
            window === undefined ? { id: 'k', limitUsd } : { id: 'k', limitUsd, window },
          );
        const held = declare(first);
        const same =
          Number(first.limitUsd) === Number(second.limitUsd) &&
          storedWindow(first.window) === storedWindow(second.window) &&
          first.parent === second.parent;
        if (same) {
          expect(declare(second).id).toBe('k');
        } else {
          expect(() => declare(second)).toThrow(BudgetConflictError);
        }
        expect(held.id).toBe('k');
      }),
    );
  });
});
