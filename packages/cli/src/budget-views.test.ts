import type { BudgetSnapshot } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetViews } from './budget-views.js';

const snapshot = (id: string, parentId: string | null, closed: boolean): BudgetSnapshot => ({
  id,
  parentId,
  limitUsd: '1',
  spentUsd: '0',
  reservedUsd: '0',
  calls: 0,
  window: null,
  windowStart: null,
  ...(closed ? { closedAt: 0 } : {}),
});

// Any parent ids a store can hold, cycles and missing parents included (a store edited by hand).
const stores = fc
  .array(fc.tuple(fc.option(fc.nat(9), { nil: null }), fc.boolean()), { maxLength: 8 })
  .map((rows) =>
    rows.map(([parent, closed], index) =>
      snapshot(`b${index}`, parent === null ? null : `b${parent}`, closed),
    ),
  );

describe('budgetViews', () => {
  it('lists every budget exactly once, each under its stored parent unless marked a root', () => {
    fc.assert(
      fc.property(stores, (snapshots) => {
        const views = budgetViews(snapshots, 0);
        expect(views.map((view) => view.id).sort()).toEqual(snapshots.map((s) => s.id).sort());
        const ids = new Set(snapshots.map((s) => s.id));
        views.forEach((view, index) => {
          const listedParent = view.parentId !== null && ids.has(view.parentId);
          // A root is one without a listed parent, or the member a cycle is listed from.
          expect(view.depth === 0).toBe(!listedParent || view.parentCycle === true);
          if (view.depth > 0) {
            const above = views.slice(0, index).findLast((other) => other.depth === view.depth - 1);
            expect(above?.id).toBe(view.parentId);
          }
        });
      }),
    );
  });
});
