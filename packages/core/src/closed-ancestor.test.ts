import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Budget, createBudget } from './budget.js';
import { adjustBudget } from './budget-admin.js';
import { BudgetClosedError } from './errors.js';
import { memoryStore } from './memory-store.js';
import type { BudgetStore } from './store.js';
import { anotherHandle } from './testing/another-handle.js';

// What status() says of a budget's state must agree with what its calls meet: it reads
// closed (`closedAt`, or `closedBy` naming the nearest closed budget above) exactly when
// every reserve of it is refused with BUDGET_CLOSED.

let tree = 0;

/** Budgets of one tree: `parents[index]` is the index of the parent (`null`: the root). */
function budgetsOf(parents: readonly (number | null)[]): Budget[] {
  tree += 1;
  const store = memoryStore();
  const budgets: Budget[] = [];
  parents.forEach((parent, index) => {
    const id = `t${tree}-b${index}`;
    budgets.push(
      parent === null
        ? createBudget({ id, limitUsd: '10', store })
        : (budgets[parent] as Budget).child({ id, limitUsd: '1' }),
    );
  });
  return budgets;
}

/** The nearest closed budget strictly above `index`, by index, or `undefined`. */
function nearestClosed(
  parents: readonly (number | null)[],
  closed: ReadonlySet<number>,
  index: number,
): number | undefined {
  for (let above = parents[index] ?? null; above !== null; above = parents[above] ?? null) {
    if (closed.has(above)) return above;
  }
  return undefined;
}

// Trees of up to 7 budgets, each under an earlier one, with any of them closed.
const trees = fc
  .array(fc.nat(), { minLength: 0, maxLength: 6 })
  .map((picks) => [null, ...picks.map((pick, index) => pick % (index + 1))])
  .chain((parents) =>
    fc.tuple(fc.constant(parents), fc.subarray(parents.map((_, index) => index))),
  );

describe('status() of budgets under closed ones', () => {
  it('reads closed exactly when reserves are refused BUDGET_CLOSED, naming the nearest (property)', async () => {
    await fc.assert(
      fc.asyncProperty(trees, async ([parents, closing]) => {
        const budgets = budgetsOf(parents);
        await Promise.all(budgets.map((budget) => budget.ready()));
        const closed = new Set(closing);
        for (const index of closing) await budgets[index]?.close({ reason: 'gone' });
        for (const [index, budget] of budgets.entries()) {
          const status = await budget.status();
          const above = nearestClosed(parents, closed, index);
          expect(status.closedAt !== undefined).toBe(closed.has(index));
          expect(status.closedBy).toBe(
            closed.has(index) || above === undefined ? undefined : budgets[above]?.id,
          );
          const refused = await budget.reserve('0.01').then(
            async (held) => {
              await held.release();
              return undefined;
            },
            (error: unknown) => error,
          );
          const readsClosed = status.closedAt !== undefined || status.closedBy !== undefined;
          expect(refused instanceof BudgetClosedError).toBe(readsClosed);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("follows the chain this process's calls are held on, as reserve does, after another process purged and moved an id", async () => {
    // Process A holds p -> c. Another process closes c, purges it, defines c again under X
    // and closes X. A's calls are still held on c and p, neither closed: status agrees.
    const store = memoryStore();
    const p = createBudget({ id: 'moved-p', limitUsd: '5', store });
    const c = p.child({ id: 'moved-c', limitUsd: '5' });
    await c.ready();
    await adjustBudget({ store, budgetId: 'moved-c', action: 'close', reason: 'gone' });
    await store.purge({ closedBefore: Date.now() + 1 });
    const x = createBudget({ id: 'moved-x', limitUsd: '5', store: anotherHandle(store) });
    await x.child({ id: 'moved-c', limitUsd: '5' }).ready();
    await adjustBudget({ store, budgetId: 'moved-x', action: 'close', reason: 'gone' });
    const status = await c.status();
    expect(status.closedBy).toBeUndefined();
    const held = await c.reserve('0.1');
    await held.settle('0.1');
  });

  it("a custom store's find() answering null, or closedAt null or NaN, reads open as its reserve admits", async () => {
    for (const answer of [
      () => null,
      (found: object | undefined) => ({ ...found, closedAt: null }),
      (found: object | undefined) => ({ ...found, closedAt: Number.NaN }),
    ]) {
      const inner = memoryStore();
      // Every method of the memory store, but find() answers as a custom store might.
      const store = new Proxy(inner, {
        get(target, key) {
          if (key === 'kind') return 'custom';
          if (key === 'find') return async (id: string) => answer(await target.find(id));
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as BudgetStore;
      const p = createBudget({ id: 'null-p', limitUsd: '5', store });
      const c = p.child({ id: 'null-c', limitUsd: '1' });
      const status = await c.status();
      expect(status.closedBy).toBeUndefined();
      await (await c.reserve('0.1')).release();
    }
  });

  it("a custom store's status() answering closedAt null reads open, as its reserve admits", async () => {
    const inner = memoryStore();
    const store = new Proxy(inner, {
      get(target, key) {
        if (key === 'kind') return 'custom';
        if (key === 'status')
          return async (...args: Parameters<BudgetStore['status']>) => {
            const snapshot = await target.status(...args);
            return snapshot === undefined ? undefined : { ...snapshot, closedAt: null };
          };
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as BudgetStore;
    const budget = createBudget({ id: 'null-own', limitUsd: '5', store });
    await budget.ready();
    expect((await budget.status()).closedAt).toBeUndefined();
    await (await budget.reserve('0.1')).release();
  });
});
