import { describe, expect, it } from 'vitest';
import * as core from '../index.js';

/**
 * The names of `@tollgate/core` every adapter package re-exports, so a user who installed one
 * adapter creates a budget and tells its errors apart (`instanceof`, `code`) from that import
 * alone: the budget, its status type, and every error a metered call or a budget refusal can
 * throw. Types (`BudgetStatus`, `TollgateErrorCode`) are re-exported too; only values are
 * checked at run time.
 */
export const ADAPTER_CORE_VALUES = [
  'Budget',
  'createBudget',
  'codeOf',
  'tollgateErrorOf',
  'TollgateError',
  'BudgetExceededError',
  'BudgetClosedError',
  'BudgetConflictError',
  'InvalidAmountError',
  'InvalidBudgetIdError',
  'InvalidOptionsError',
  'InvalidRequestError',
  'StoreUnavailableError',
  'UnmeteredEndpointError',
] as const satisfies readonly (keyof typeof core)[];

/**
 * Checks that an adapter's entry point re-exports each of `ADAPTER_CORE_VALUES` as core's own
 * object (not a copy), so `instanceof` matches errors thrown by core.
 */
export function describeCoreReexports(adapter: string, entry: Record<string, unknown>): void {
  describe(`${adapter} re-exports what a user needs of @tollgate/core`, () => {
    it.each(ADAPTER_CORE_VALUES)('%s', (name) => {
      expect(entry[name]).toBe(Reflect.get(core, name));
    });
  });
}
