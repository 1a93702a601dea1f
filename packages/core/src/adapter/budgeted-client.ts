import { type Budget, createBudget } from '../budget.js';
import type { BudgetOptions } from '../budget-options.js';
import { InvalidOptionsError } from '../errors.js';
import { deriveClient } from './derive-client.js';
import { type MeterClientOptions, meterClient, type StainlessClient } from './meter-client.js';

/** A wrapped client: the SDK's own type, plus its budget and a way to derive one on another budget. */
export type Budgeted<Client> = Client & {
  /** The budget every metered call of this client reserves against. */
  readonly budget: Budget;
  /**
   * The same client (same options and connection pool) bound to another budget, e.g. one
   * per plan or per user. Takes a budget or options for a new private one.
   */
  withBudget(budget: Budget | PrivateBudgetOptions): Budgeted<Client>;
};

/** Options of a private budget made for one client: `createBudget` options with the id optional. */
export type PrivateBudgetOptions = Omit<BudgetOptions, 'id'> & {
  /** The private budget's id. @default `<prefix>-<n>`, e.g. `openai-client-1` */
  id?: string;
};

/** How a wrapper is told which budget to use: an existing one, or options for a private one. */
export type BudgetChoice =
  | {
      /** An existing budget to share. */
      budget: Budget;
    }
  | PrivateBudgetOptions;

let privateBudgets = 0;

/**
 * The budget a wrapper should use: `options.budget` when given, else a new private budget
 * from the budget options (its id defaults to `<prefix>-<n>`).
 */
export function chooseBudget(
  choice: Partial<PrivateBudgetOptions> & { budget?: Budget | undefined },
  prefix: string,
): Budget {
  const { budget, ...budgetOptions } = choice;
  if (budget !== undefined) {
    if (budgetOptions.limitUsd !== undefined) {
      throw new InvalidOptionsError('withBudget: pass either budget or limitUsd, not both', [
        { path: 'limitUsd', message: 'not allowed together with budget' },
      ]);
    }
    return budget;
  }
  if (budgetOptions.limitUsd === undefined) {
    throw new InvalidOptionsError(
      'withBudget: expected a budget (budget: createBudget(...)) or a limitUsd for a private budget, received neither',
      [{ path: 'budget', message: 'required when limitUsd is absent' }],
    );
  }
  privateBudgets += 1;
  return createBudget({
    ...budgetOptions,
    limitUsd: budgetOptions.limitUsd,
    id: budgetOptions.id ?? `${prefix}-${privateBudgets}`,
  });
}

/**
 * Meters `client` on `budget` and gives it `.budget` and `.withBudget()`. The client passed
 * in is not changed. `meter` carries everything but the budget.
 */
export function budgetedClient<Client extends StainlessClient>(
  client: Client,
  budget: Budget,
  meter: (budget: Budget) => Omit<MeterClientOptions, 'budget'>,
): Budgeted<Client> {
  const metered = meterClient(client, { ...meter(budget), budget }) as Budgeted<Client>;
  Object.defineProperty(metered, 'budget', { value: budget, enumerable: false });
  // `withOptions` (new timeout, headers...) keeps the budget and the wrapper's methods.
  metered.withOptions = (overrides: object) =>
    budgetedClient(deriveClient(client, overrides), budget, meter);
  Object.defineProperty(metered, 'withBudget', {
    enumerable: false,
    value: (next: Budget | PrivateBudgetOptions) =>
      budgetedClient(client, isBudget(next) ? next : chooseBudget(next, budget.id), meter),
  });
  return metered;
}

function isBudget(value: Budget | PrivateBudgetOptions): value is Budget {
  return (
    typeof (value as Budget).reserve === 'function' &&
    typeof (value as Budget).status === 'function'
  );
}
