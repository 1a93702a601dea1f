import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { BudgetClosedError } from '../errors.js';
import type { RefusedEvent } from '../events.js';
import type { BudgetStore } from '../store.js';

/**
 * A call refused by a closed budget (its own or an ancestor) is reported by a `refused`
 * event like any refusal, once per call, naming the closed budget with `code:
 * 'BUDGET_CLOSED'`. Registered by `describeBudgetStore`.
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
}
