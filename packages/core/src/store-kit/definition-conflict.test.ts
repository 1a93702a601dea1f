import { describe, expect, it } from 'vitest';
import { BudgetConflictError } from '../errors.js';
import type { BudgetDefinition } from '../store.js';
import { assertAttachable, definitionConflict } from './definition-conflict.js';

const definition: BudgetDefinition = {
  id: 'plan',
  parentId: 'org',
  limitUsd: '5',
  window: { unit: 'day' },
};

describe('definitionConflict', () => {
  it('lets a definition attach with another limit', () => {
    expect(
      definitionConflict({ parentId: 'org', window: { unit: 'day' } }, definition),
    ).toBeUndefined();
    expect(() =>
      assertAttachable({ parentId: 'org', window: { unit: 'day' } }, definition),
    ).not.toThrow();
  });

  it('names the stored and the asked-for parent', () => {
    const conflict = definitionConflict({ parentId: null, window: { unit: 'day' } }, definition);
    expect(conflict).toBeInstanceOf(BudgetConflictError);
    expect(conflict).toMatchObject({ code: 'BUDGET_CONFLICT', budgetId: 'plan' });
    expect(conflict?.message).toBe(
      'Budget "plan" already exists under parent null; it cannot be attached under org. Use another id.',
    );
  });

  it('names the stored and the asked-for window', () => {
    const stored = { parentId: 'org', window: { seconds: 60 } };
    expect(() => assertAttachable(stored, definition)).toThrow(
      'Budget "plan" already exists with window 60s; it cannot be attached with window day. Use another id.',
    );
    expect(definitionConflict({ parentId: 'org', window: null }, definition)?.message).toMatch(
      /window none; it cannot be attached with window day/,
    );
  });
});
