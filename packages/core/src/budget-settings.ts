import type { ChildBudgetOptions } from './budget-options.js';

/** The behaviour a budget was given or inherited from its parent (see `BudgetOptions`). */
export interface BudgetSettings {
  thresholds: readonly number[];
  ttlMs: number;
  onLimit: 'reject' | 'wait';
  waitTimeoutMs: number;
  retryTimeoutMs: number;
  enforce: boolean;
  onStoreError: 'refuse' | 'allow';
}

/** What a root budget inherits: each option's documented default. */
export const defaultSettings: BudgetSettings = {
  thresholds: [0.5, 0.8, 1],
  ttlMs: 900_000,
  onLimit: 'reject',
  waitTimeoutMs: 30_000,
  retryTimeoutMs: 300_000,
  enforce: true,
  onStoreError: 'refuse',
};

/** A budget's settings: each option given, or else the one `inherited` from its parent. */
export function budgetSettings(
  options: ChildBudgetOptions,
  inherited: BudgetSettings,
): BudgetSettings {
  return {
    thresholds: [...(options.thresholds ?? inherited.thresholds)].sort((a, b) => a - b),
    ttlMs: options.ttlMs ?? inherited.ttlMs,
    onLimit: options.onLimit ?? inherited.onLimit,
    waitTimeoutMs: options.waitTimeoutMs ?? inherited.waitTimeoutMs,
    retryTimeoutMs: options.retryTimeoutMs ?? inherited.retryTimeoutMs,
    enforce: options.enforce ?? inherited.enforce,
    onStoreError: options.onStoreError ?? inherited.onStoreError,
  };
}
