import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type Budget, createBudget } from '../budget.js';
import { isSettlement } from '../ledger-kind.js';
import type { BudgetStore, LedgerRecord } from '../store.js';
import { ledgerSpend } from './administration-tests.js';

/** Far enough ahead that every budget closed by the test counts as closed before it. */
const afterEveryClose = () => Date.now() + 60_000;

/** The store's entries that name any of `budgets` in their chain (a shared backend holds others). */
async function entriesOf(store: BudgetStore, budgets: readonly Budget[]): Promise<LedgerRecord[]> {
  const ids = new Set(budgets.map((budget) => budget.id));
  const all = await store.ledger({ kind: 'all', limit: 10_000 });
  return all.filter((entry) => entry.chain.some((id) => ids.has(id)));
}

/**
 * The ids of `budgets` a purge deleted, sorted: on a shared backend it also purges budgets
 * other tests closed.
 */
async function purgeOf(
  store: BudgetStore,
  budgets: readonly Budget[],
  closedBefore = afterEveryClose(),
): Promise<string[]> {
  const ids = new Set(budgets.map((budget) => budget.id));
  return (await store.purge({ closedBefore })).filter((id) => ids.has(id));
}

/** Each budget's spend is still explained by its ledger. */
async function expectExplained(budgets: readonly Budget[]): Promise<void> {
  for (const budget of budgets) {
    const entries = await budget.ledger({ kind: 'all', limit: 1000 });
    expect(ledgerSpend(entries), budget.id).toBe((await budget.status()).spentUsd);
  }
}

/**
 * `purge` on a store: which closed budgets go, and which ledger entries go with them. An entry
 * is the record of spend of every budget of its chain, so it is deleted only when no budget of
 * its chain is left; a purged budget is forgotten (`find` and its ledger read nothing).
 * Registered by `describeBudgetStore`.
 */
export function purgeTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
  propertyRuns: number,
): void {
  it('finds a budget by id and purges closed ones after retention', async () => {
    const store = await open();
    const root = createBudget({ id: freshId('purge-root'), limitUsd: '5', store });
    const done = root.child({ id: freshId('purge-done'), limitUsd: '1' });
    const busy = root.child({ id: freshId('purge-busy'), limitUsd: '1' });
    const open1 = root.child({ id: freshId('purge-open'), limitUsd: '1' });
    await (await done.reserve('0.2')).settle('0.2');
    const inFlight = await busy.reserve('0.1');
    expect(await store.find(done.id)).toMatchObject({ id: done.id, spentUsd: '0.2' });
    expect(await store.find(freshId('nobody'))).toBeUndefined();
    const closed = await done.close({ reason: 'over' });
    await busy.close({ reason: 'over' });
    await root.close({ reason: 'over' });
    const family = [root, done, busy, open1];
    expect(await purgeOf(store, family, closed.at)).toEqual([]);
    // The root keeps a live child, busy still holds: only `done` goes.
    expect(await purgeOf(store, family, closed.at + 60_000)).toEqual([done.id]);
    expect(await store.find(done.id)).toBeUndefined();
    expect(await done.ledger({ kind: 'all' })).toEqual([]);
    await inFlight.settle('0.1');
    await open1.close({ reason: 'over' });
    const purged = await purgeOf(store, family);
    expect(purged).toEqual([busy.id, open1.id, root.id].sort());
    expect(await store.find(root.id)).toBeUndefined();
    expect(await entriesOf(store, family)).toEqual([]);
  });

  it("keeps a purged child's calls in the ledger of its surviving parent, its changes going", async () => {
    const store = await open();
    const org = createBudget({ id: freshId('purge-org'), limitUsd: '10', store });
    const [a, b, c] = ['a', 'b', 'c'].map((name) =>
      org.child({ id: freshId(`purge-org-${name}`), limitUsd: '1' }),
    ) as [Budget, Budget, Budget];
    for (const child of [a, b, c]) await (await child.reserve('0.3')).settle('0.25');
    await (await org.reserve('0.2')).settle('0.1');
    // A credit applies to the child alone: its entry is the child's, and goes with it.
    await a.credit('0.05', { reason: 'refund' });
    await a.close({ reason: 'gone' });
    await b.close({ reason: 'gone' });
    expect(await purgeOf(store, [org, a, b, c])).toEqual([a.id, b.id].sort());

    expect((await org.status()).spentUsd).toBe('0.85');
    await expectExplained([org, c]);
    const orgCalls = await org.ledger({ limit: 1000 });
    expect(orgCalls.map((entry) => entry.budgetId).sort()).toEqual(
      [a.id, b.id, c.id, org.id].sort(),
    );
    expect(await c.ledger({ kind: 'all' })).toHaveLength(1);
    // Forgotten: no figures and no ledger of their own, their changes deleted.
    for (const gone of [a, b]) {
      expect(await store.find(gone.id)).toBeUndefined();
      expect(await gone.ledger({ kind: 'all' })).toEqual([]);
    }
    const left = await entriesOf(store, [org, a, b, c]);
    expect(left.filter(isSettlement)).toHaveLength(4);
    expect(left.filter((entry) => !isSettlement(entry))).toEqual([]);
  });

  it('deletes an entry once the last budget of its chain is purged, over several purges', async () => {
    const store = await open();
    const root = createBudget({ id: freshId('purge-top'), limitUsd: '10', store });
    const middle = root.child({ id: freshId('purge-middle'), limitUsd: '5' });
    const leaf = middle.child({ id: freshId('purge-leaf'), limitUsd: '1' });
    await (await leaf.reserve('0.5')).settle('0.4');
    await (await middle.reserve('0.5')).settle('0.3');
    await leaf.close({ reason: 'gone' });
    const tree = [root, middle, leaf];
    expect(await purgeOf(store, tree)).toEqual([leaf.id]);
    await expectExplained([root, middle]);
    await middle.close({ reason: 'gone' });
    expect(await purgeOf(store, tree)).toEqual([middle.id]);
    // The leaf's call charged the root too: it stays although leaf and middle are gone.
    await expectExplained([root]);
    expect((await root.ledger()).map((entry) => entry.budgetId).sort()).toEqual(
      [leaf.id, middle.id].sort(),
    );
    await root.close({ reason: 'gone' });
    expect(await purgeOf(store, tree)).toEqual([root.id]);
    expect(await entriesOf(store, tree)).toEqual([]);
  });

  it('leaves every surviving budget explained by its ledger, whatever is closed (property)', async () => {
    // A root with two children, each with a child: parents[index] is the parent's index.
    const parents = [null, 0, 0, 1, 2] as const;
    const step = fc.record({
      budget: fc.nat(parents.length - 1),
      cents: fc.integer({ min: 0, max: 30 }),
      credit: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 8 }),
        fc.subarray([0, 1, 2, 3, 4]),
        async (steps, closing) => {
          const store = await open();
          const budgets: Budget[] = [];
          for (const parent of parents) {
            const id = freshId('purge-tree');
            budgets.push(
              parent === null
                ? createBudget({ id, limitUsd: '100', store })
                : (budgets[parent] as Budget).child({ id, limitUsd: '10' }),
            );
          }
          for (const { budget, cents, credit } of steps) {
            const target = budgets[budget] as Budget;
            const amount = (cents / 100).toFixed(2);
            if (credit) await target.credit(amount, { reason: 'refund' });
            else await (await target.reserve(amount)).settle(amount);
          }
          for (const index of closing) await budgets[index]?.close({ reason: 'gone' });
          // A budget no call or change reached is not in the store: nothing to keep or purge.
          const known = await Promise.all(
            budgets.map(async (budget) => (await store.find(budget.id)) !== undefined),
          );
          const purged = new Set(await purgeOf(store, budgets));
          // A closed budget goes unless a descendant the store holds stays open.
          const kept = (index: number): boolean =>
            known[index] === true &&
            (!closing.includes(index) ||
              parents.some((parent, child) => parent === index && kept(child)));
          const gone = (_: Budget, index: number) => known[index] === true && !kept(index);
          expect(purged).toEqual(new Set(budgets.filter(gone).map((budget) => budget.id)));
          const survivors = budgets.filter((budget, index) => !gone(budget, index));
          await expectExplained(survivors);
          const survivingIds = new Set(survivors.map((budget) => budget.id));
          const left = await entriesOf(store, budgets);
          // Nothing orphaned: every entry left is the record of a budget that is left.
          for (const entry of left)
            expect(entry.chain.some((id) => survivingIds.has(id))).toBe(true);
          // Nothing lost: every call charged the root, so all stay while it does; a change
          // stays with its budget.
          const survives = (index: number) => survivingIds.has((budgets[index] as Budget).id);
          const calls = steps.filter((each) => !each.credit).length;
          expect(left.filter(isSettlement)).toHaveLength(survives(0) ? calls : 0);
          const changes =
            steps.filter((each) => each.credit && survives(each.budget)).length +
            closing.filter(survives).length;
          expect(left.filter((entry) => !isSettlement(entry))).toHaveLength(changes);
        },
      ),
      { numRuns: propertyRuns },
    );
  });
}
