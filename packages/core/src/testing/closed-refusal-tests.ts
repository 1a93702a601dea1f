import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { BudgetClosedError } from '../errors.js';
import type { RefusedEvent } from '../events.js';
import type { BudgetStore } from '../store.js';

/**
 * A call refused by a closed budget (its own or an ancestor) is reported by a `refused`
 * event like any refusal, once per call, naming the closed budget with `code:
 * 'BUDGET_CLOSED'`; the status of a budget under a closed one names it (`closedBy`).
 * Registered by `describeBudgetStore`.
 */
export function closedRefusalTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('reports a call refused by a closed budget once, as a refused event naming it', async () => {
    const store = await open();
    const root = createBudget({ id: freshId('closed-root'), limitUsd: '5', store });
    const child = root.child({ id: freshId('closed-child'), limitUsd: '2' });
    await (await child.reserve('0.5')).settle('0.25');
    const heard: RefusedEvent[] = [];
    const onChild: RefusedEvent[] = [];
    root.on('refused', (event) => heard.push(event));
    child.on('refused', (event) => onChild.push(event));
    await root.close({ reason: 'account closed' });
    const metadata = { user: 'u-1' };
    const refused = await child.reserve('0.5', { metadata }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BudgetClosedError);
    expect(refused).toMatchObject({ budgetId: root.id, requestedUsd: '0.5' });
    expect(onChild).toHaveLength(1);
    expect(heard).toEqual(onChild);
    expect(heard[0]).toMatchObject({
      type: 'refused',
      budgetId: child.id,
      enforced: true,
      code: 'BUDGET_CLOSED',
      metadata,
      refusal: {
        budgetId: root.id,
        limitUsd: '5',
        spentUsd: '0.25',
        reservedUsd: '0',
        requestedUsd: '0.5',
        heldOnly: false,
      },
    });
    await expect(root.reserve('0.1')).rejects.toBeInstanceOf(BudgetClosedError);
    expect(heard).toHaveLength(2);
    expect(heard[1]).toMatchObject({
      budgetId: root.id,
      code: 'BUDGET_CLOSED',
      enforced: true,
      metadata: undefined,
      refusal: { budgetId: root.id, requestedUsd: '0.1' },
    });
  });

  it('answers the status of a budget under a closed one with the nearest closed budget above', async () => {
    const store = await open();
    const root = createBudget({ id: freshId('closed-by-root'), limitUsd: '10', store });
    const team = root.child({ id: freshId('closed-by-team'), limitUsd: '5' });
    const user = team.child({ id: freshId('closed-by-user'), limitUsd: '1' });
    const other = createBudget({ id: freshId('closed-by-other'), limitUsd: '1', store });
    await (await user.reserve('0.5')).settle('0.25');
    expect(await user.status()).not.toHaveProperty('closedBy');
    await root.close({ reason: 'account suspended' });
    const rootStatus = await root.status();
    expect(rootStatus.closedAt).toBeDefined();
    expect(rootStatus).not.toHaveProperty('closedBy');
    // Its figures read as a closed budget's own do: what its limit leaves, with the reason
    // no call is admitted beside them.
    expect(await user.status()).toMatchObject({
      spentUsd: '0.25',
      remainingUsd: '0.75',
      exceeded: false,
      closedBy: root.id,
    });
    expect(await user.status()).not.toHaveProperty('closedAt');
    expect((await team.status()).closedBy).toBe(root.id);
    await expect(user.reserve('0.1')).rejects.toBeInstanceOf(BudgetClosedError);
    // The nearest one is named: the budget whose close the user would undo first.
    await team.close({ reason: 'team disbanded' });
    expect((await user.status()).closedBy).toBe(team.id);
    expect(await team.status()).not.toHaveProperty('closedBy');
    expect(await other.status()).not.toHaveProperty('closedBy');
  });
}
