import { describe, expect, it, vi } from 'vitest';
import { createBudget, isBudget } from './budget.js';
import { budgetFamily } from './budget-family.js';
import { InvalidOptionsError } from './errors.js';

const budget = () => createBudget({ id: 'genuine', limitUsd: '1' });

describe('isBudget', () => {
  it('knows a budget from createBudget, budget.child and a family', async () => {
    const root = budget();
    expect(isBudget(root)).toBe(true);
    expect(isBudget(root.child({ id: 'child', limitUsd: '1' }))).toBe(true);
    const member = await budgetFamily({ parent: root, template: { limitUsd: '1' } }).for('a');
    expect(isBudget(member)).toBe(true);
  });

  it('refuses a Proxy of a budget (its methods would fail on private state) and copies', () => {
    const root = budget();
    for (const impostor of [
      new Proxy(root, {}),
      Object.create(root),
      { ...root },
      { reserve: () => undefined, status: () => undefined },
      null,
      undefined,
      'genuine',
      () => root,
    ])
      expect(isBudget(impostor)).toBe(false);
    // The Proxy passes `instanceof`, which is why the check is a brand.
    expect(new Proxy(root, {})).toBeInstanceOf(root.constructor);
  });

  it('knows a budget made by another installed copy of core', async () => {
    vi.resetModules();
    const other = await import('./budget.js');
    expect(other.Budget).not.toBe(budget().constructor);
    const foreign = other.createBudget({ id: 'from-another-copy', limitUsd: '1' });
    expect(isBudget(foreign)).toBe(true);
    expect(other.isBudget(budget())).toBe(true);
    expect(isBudget(new Proxy(foreign, {}))).toBe(false);
  });
});

describe('budgetFamily', () => {
  it('refuses a Proxy of a budget as its parent, where it is given', () => {
    const parent = new Proxy(budget(), {});
    const make = () => budgetFamily({ parent, template: { limitUsd: '1' } });
    expect(make).toThrow(InvalidOptionsError);
    expect(make).toThrow(
      'parent: expected a Budget (createBudget() or budget.child()), not a Proxy or a copy of one, received an object',
    );
  });
});
