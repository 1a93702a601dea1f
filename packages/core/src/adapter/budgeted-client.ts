import type { Budget } from '../budget.js';
import { describeValue } from '../errors.js';
import { invalidOptions } from '../parse-options.js';
import type { DerivedClientChecks } from './adapter-options.js';
import { type BudgetChoice, looksLikeBudget } from './budget-choice.js';
import { deriveClient } from './derive-client.js';
import {
  lineOf,
  type MeterClientOptions,
  meterOnLine,
  type SlotLine,
  type StainlessClient,
} from './meter-client.js';
import { checkMeterClient } from './meter-client-options.js';

/** A wrapped client: the SDK's own type, plus its budget and a way to derive one on another budget. */
export type Budgeted<Client> = Client & {
  /** The budget every metered call of this client reserves against. */
  readonly budget: Budget;
  /**
   * The same client (same options and connection pool) bound to another budget, e.g. one
   * per plan or per user. Takes a budget, `{ budget }`, or options for a new private one;
   * the adapter options stay those given to `withBudget(client, options)`.
   */
  withBudget(next: Budget | BudgetChoice): Budgeted<Client>;
};

/**
 * Checks the client given to an adapter's `withBudget`: it must pass `isClient` (the SDK's
 * runtime seams and the surfaces that tell its SDK from another generated the same way) and
 * must not be wrapped already (that would hold every call twice; `client.withBudget(other)`
 * rebinds one). Throws `InvalidOptionsError` at path `client`. `describeOther` names what
 * arrived when the adapter recognises it (another SDK's client, with where it belongs);
 * otherwise the message describes the value.
 */
export function checkClient<Client>(
  client: unknown,
  isClient: (value: unknown) => value is Client,
  expected: string,
  describeOther?: (value: unknown) => string | undefined,
): asserts client is Client {
  let message: string | undefined;
  if (!isClient(client)) {
    message = `expected ${expected}, received ${describeOther?.(client) ?? describeValue(client)}`;
  } else if (looksLikeBudget((client as { budget?: unknown }).budget)) {
    const id = (client as unknown as { budget: Budget }).budget.id;
    message = `expected ${expected}, received one already wrapped (on budget ${describeValue(id)}): use client.withBudget(other) to bind it to another budget`;
  }
  if (message !== undefined) throw invalidOptions('withBudget', [{ path: 'client', message }]);
}

/** How a wrapped client meters a client on a budget: everything but the budget. */
type MeterFor<Client> = (budget: Budget, client: Client) => Omit<MeterClientOptions, 'budget'>;

/**
 * Meters `client` on `budget` and gives it `.budget` and `.withBudget()`. The client passed
 * in is not changed. `meter` carries everything but the budget, made for this client (a
 * client derived with `withOptions({ baseURL })` may talk to another provider); `options` checks what
 * `withBudget(next)` and `withOptions(overrides)` are given. The clients derived with
 * `withOptions` and `withBudget(next)` share this client's line of calls in flight
 * (`maxConcurrency` caps the calls of this client, whatever copy makes them).
 */
export function budgetedClient<Client extends StainlessClient>(
  client: Client,
  budget: Budget,
  meter: MeterFor<Client>,
  options: DerivedClientChecks,
): Budgeted<Client> {
  const settings = { ...meter(budget, client), budget };
  checkMeterClient(client, settings);
  return onLine(client, settings, meter, options, lineOf(settings.maxConcurrency));
}

function onLine<Client extends StainlessClient>(
  client: Client,
  settings: MeterClientOptions,
  meter: MeterFor<Client>,
  options: DerivedClientChecks,
  line: SlotLine,
): Budgeted<Client> {
  const budget = settings.budget;
  const metered = meterOnLine(client, settings, line) as Budgeted<Client>;
  const derive = (target: Client, next: Budget) => {
    const derived = { ...meter(next, target), budget: next };
    checkMeterClient(target, derived);
    return onLine(target, derived, meter, options, line);
  };
  Object.defineProperty(metered, 'budget', { value: budget, enumerable: false });
  // `withOptions` (new timeout, headers...) keeps the budget and the wrapper's methods.
  metered.withOptions = (overrides: object) => {
    options.checkOverrides(overrides);
    return derive(deriveClient(client, overrides), budget);
  };
  Object.defineProperty(metered, 'withBudget', {
    enumerable: false,
    value: (next: unknown) => derive(client, options.rebind(next, budget.id)),
  });
  return metered;
}
