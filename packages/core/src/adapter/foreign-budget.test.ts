/**
 * A budget made by another installed copy of core (two versions of @tollgate/core installed
 * side by side) passes `isBudget`, but has none of this copy's private state: the kit holds
 * and settles on it through its public methods, and a family makes members under it.
 */
import { describe, expect, it } from 'vitest';
import { isBudget } from '../budget.js';
import { budgetFamily } from '../budget-family.js';
import { BudgetExceededError } from '../errors.js';
import { holdPlanNow } from './hold-plan.js';
import { settleCharge } from './settle-charge.js';

// The same source under another module id: a second `Budget` class, as another install has.
const anotherInstall: string = '../budget.js?another-install';
const other = (await import(anotherInstall)) as typeof import('../budget.js');

interface TightPlan {
  holdUsd: string;
  model: string;
  tighten?: () => TightPlan;
}

describe('a budget of another installed copy of core', () => {
  it('is recognised, held and charged through its public methods', async () => {
    const foreign = other.createBudget({ id: 'foreign', limitUsd: 1 });
    expect(isBudget(foreign)).toBe(true);
    const held = await holdPlanNow(foreign, { holdUsd: '0.1', model: 'gpt-4o' });
    expect(await foreign.status()).toMatchObject({ reservedUsd: '0.1' });
    await settleCharge(held.reservation, { costUsd: '0.04', details: { model: 'gpt-4o' } });
    expect(await foreign.status()).toMatchObject({ spentUsd: '0.04', reservedUsd: '0' });
  });

  it('refuses past its limit with the budget error, a tighter plan tried once', async () => {
    const foreign = other.createBudget({ id: 'foreign-tight', limitUsd: '0.05' });
    const refused = Promise.resolve(holdPlanNow(foreign, { holdUsd: '0.1', model: 'gpt-4o' }));
    await expect(refused).rejects.toBeInstanceOf(BudgetExceededError);
    const tighter: TightPlan = { holdUsd: '0.03', model: 'gpt-4o' };
    const tightened = await holdPlanNow(foreign, {
      holdUsd: '0.1',
      model: 'gpt-4o',
      tighten: () => tighter,
    } as TightPlan);
    expect(tightened.plan.holdUsd).toBe('0.03');
    expect(await foreign.status()).toMatchObject({ reservedUsd: '0.03' });
  });

  it('parents a budget family', async () => {
    const parent = other.createBudget({ id: 'foreign-org', limitUsd: 1 });
    const family = budgetFamily({ parent, name: 'users', template: { limitUsd: '0.5' } });
    const alice = await family.for('alice');
    await (await alice.reserve('0.2')).settle('0.2');
    expect(await parent.status()).toMatchObject({ spentUsd: '0.2' });
  });
});
