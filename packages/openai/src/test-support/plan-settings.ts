import { createBudget } from '@tollgate/core';
import { defaultPricing } from '@tollgate/pricing';
import type { PlanSettings } from '../plan-settings.js';

let budgets = 0;

/** The settings of a plain OpenAI client with a roomy budget of its own, for planning calls directly. */
export function planSettings(overrides: Partial<PlanSettings> = {}): PlanSettings {
  budgets += 1;
  return {
    budget: createBudget({ id: `plan-${budgets}`, limitUsd: 100 }),
    pricing: defaultPricing(),
    provider: 'openai',
    estimate: 'bytes',
    metadata: undefined,
    priceDriftShare: 0.05,
    unmetered: 'refuse',
    deployment: undefined,
    ...overrides,
  };
}
