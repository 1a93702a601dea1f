import type { BudgetEventName } from './events.js';
import { lazySchema, type OptionsSchema, optionIssues } from './parse-options.js';
import { invalidInput } from './plain-data.js';

// Every event of `BudgetEventMap`, so the type checker names one added there as missing here.
const eventNames: Record<BudgetEventName, true> = {
  reserved: true,
  settled: true,
  released: true,
  refused: true,
  threshold: true,
  exceeded: true,
  'unbounded-output': true,
  'price-drift': true,
  'settlement-pending': true,
  'settlement-lost': true,
  'handler-error': true,
  'store-unavailable': true,
};

/** The name of every event a budget emits. */
export const budgetEventNames = Object.keys(eventNames) as [BudgetEventName, ...BudgetEventName[]];

const listener: OptionsSchema = (z) =>
  z.strictObject({
    name: z.enum(budgetEventNames, { error: `expected one of ${budgetEventNames.join(', ')}` }),
    handler: z.custom((value) => typeof value === 'function', { message: 'expected a function' }),
  });

/**
 * Checks the arguments of `budget.on` when it is called: a misspelt event name would
 * otherwise never fire, and a handler that is not a function would fail only when the
 * event comes, as a `handler-error`. Throws `InvalidOptionsError` naming `name` (with a
 * "did you mean") or `handler`.
 */
export function assertEventListener(name: unknown, handler: unknown): void {
  const value = { name, handler };
  const result = lazySchema(listener).safeParse(value);
  if (!result.success) throw invalidInput('budget.on arguments', optionIssues(result.error, value));
}
