import { describe, expect, it } from 'vitest';
import { type HoldablePlan, holdPlan, holdPlanNow } from './adapter/hold-plan.js';
import { createBudget } from './budget.js';
import { BudgetClosedError, BudgetExceededError } from './errors.js';
import type { RefusedEvent } from './events.js';

/** The `refused` events a budget hears, kept in order. */
function refusals(budget: ReturnType<typeof createBudget>): RefusedEvent[] {
  const heard: RefusedEvent[] = [];
  budget.on('refused', (event) => heard.push(event));
  return heard;
}

describe('refused event for a closed budget', () => {
  it('a shadow-mode budget still refuses when closed, and reports it as enforced', async () => {
    const budget = createBudget({ id: 'shadow-closed', limitUsd: '0', enforce: false });
    const heard = refusals(budget);
    await (await budget.reserve('0.2')).release();
    expect(heard).toMatchObject([{ enforced: false, code: 'BUDGET_EXCEEDED' }]);
    await budget.close({ reason: 'trial over' });
    await expect(budget.reserve('0.1', { metadata: { run: 1 } })).rejects.toBeInstanceOf(
      BudgetClosedError,
    );
    expect(heard).toHaveLength(2);
    expect(heard[1]).toMatchObject({
      type: 'refused',
      budgetId: budget.id,
      enforced: true,
      code: 'BUDGET_CLOSED',
      metadata: { run: 1 },
      refusal: { budgetId: budget.id, limitUsd: '0', requestedUsd: '0.1' },
    });
  });

  it('a waiting call is refused at once by a closed budget, reported once', async () => {
    const budget = createBudget({ id: 'wait-closed', limitUsd: '1', onLimit: 'wait' });
    const heard = refusals(budget);
    await budget.close({ reason: 'done' });
    await expect(budget.reserve('0.5')).rejects.toBeInstanceOf(BudgetClosedError);
    expect(heard).toMatchObject([{ code: 'BUDGET_CLOSED', enforced: true }]);
    expect(heard).toHaveLength(1);
  });

  it('an adapter hold whose cheap bound meets a closed budget is reported once', async () => {
    const parent = createBudget({ id: 'kit-parent', limitUsd: '1' });
    const budget = parent.child({ id: 'kit-closed', limitUsd: '1' });
    const heard = refusals(parent);
    await budget.status();
    await parent.close({ reason: 'done' });
    interface Plan extends HoldablePlan<Plan> {
      model: string;
    }
    const plan: Plan = {
      holdUsd: '0.5',
      model: 'm',
      metadata: { team: 'a' },
      tighten: () => ({ holdUsd: '0.1', model: 'm' }),
    };
    // The cheap bound's refusal is quiet when a tighter plan follows; none follows a close.
    expect(() => holdPlanNow(budget, plan)).toThrow(BudgetClosedError);
    await expect(holdPlan(budget, plan)).rejects.toBeInstanceOf(BudgetClosedError);
    expect(heard).toHaveLength(2);
    for (const event of heard) {
      expect(event).toMatchObject({
        budgetId: budget.id,
        code: 'BUDGET_CLOSED',
        metadata: { team: 'a' },
        refusal: { budgetId: parent.id, requestedUsd: '0.5' },
      });
    }
  });

  it('a refusal over the limit says BUDGET_EXCEEDED', async () => {
    const budget = createBudget({ id: 'over', limitUsd: '0.1' });
    const heard = refusals(budget);
    await expect(budget.reserve('0.2')).rejects.toBeInstanceOf(BudgetExceededError);
    expect(heard).toMatchObject([{ code: 'BUDGET_EXCEEDED', enforced: true }]);
  });
});
