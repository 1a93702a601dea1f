import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';

describe('settlement details that describe the call', () => {
  it('are recorded as given, and must be strings', async () => {
    const budget = createBudget({ id: 'call-fields', limitUsd: 1 });
    const details = {
      requestModel: 'gpt-4o',
      responseModel: 'gpt-4o-2024-08-06',
      serviceTier: 'flex',
      operation: 'chat',
    };
    const entry = await (await budget.reserve('0.1')).settle('0.05', details);
    expect(entry?.details).toMatchObject(details);
    for (const key of Object.keys(details)) {
      const held = await budget.reserve('0.1');
      await expect(held.settle('0.05', { [key]: 4 })).rejects.toThrow(
        new RegExp(`${key}.*a string`),
      );
      await held.release();
    }
  });
});
