import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Budget, createBudget } from './budget.js';
import { BudgetClosedError } from './errors.js';
import { memoryStore } from './memory-store.js';

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
});
