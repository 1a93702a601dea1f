import type * as Zod from 'zod';
import { type Budget, createBudget, isBudget } from '../budget.js';
import { impostorMessage } from '../budget-impostor.js';
import { type BudgetOptions, parseBudgetOptions } from '../budget-options.js';
import { describeValue, InvalidOptionsError, type ValidationIssue } from '../errors.js';
import { loadZod } from '../parse-options.js';

/** Options of a private budget made for one client: `createBudget` options with the id optional. */
export type PrivateBudgetOptions = Omit<BudgetOptions, 'id'> & {
  /**
   * The private budget's id. The default numbers private budgets in the order this process
   * makes them, so on a store other processes share (SQLite, Redis) give an id of your own:
   * two processes, or one that makes its clients in another order, would otherwise find
   * each other's budgets under the same default id.
   * @default `<prefix>-<n>`, e.g. `openai-1`
   */
  id?: string;
};

/**
 * How a wrapper is told which budget to use: an existing one (shared, with the options it
 * was created with), or options for a private one; never both.
 */
export type BudgetChoice =
  | ({
      /** An existing budget, shared with every other holder, with the options it was created with. */
      budget: Budget;
    } & { readonly [Key in keyof PrivateBudgetOptions]?: never })
  | (PrivateBudgetOptions & {
      /** Never given with the options of a private budget: one or the other. */
      budget?: never;
    });

// Every createBudget option, by name: the type check fails when BudgetOptions gains one
// that is not listed here, so the adapters never call a new budget option unknown.
const budgetOptionNames: Record<keyof BudgetOptions, true> = {
  id: true,
  limitUsd: true,
  window: true,
  thresholds: true,
  ttlMs: true,
  onLimit: true,
  waitTimeoutMs: true,
  enforce: true,
  onStoreError: true,
  retryTimeoutMs: true,
  store: true,
  clock: true,
};

/** The names of `createBudget`'s options, which `withBudget` accepts for a private budget. */
export const budgetOptionKeys: readonly string[] = Object.keys(budgetOptionNames);

/**
 * True for what has a budget's methods (a budget, a Proxy of one, a copy of one): the shape
 * a wrapped client's `budget` has, and what to explain when it is not a budget after all.
 */
export function looksLikeBudget(value: unknown): boolean {
  const candidate = value as Partial<Record<'reserve' | 'status', unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.reserve === 'function' &&
    typeof candidate.status === 'function'
  );
}

/**
 * The issue of a value given as a budget that has a budget's methods but is not one: a Proxy
 * of a budget (Vue's `reactive()`, a tracing wrapper) or a copy, whose every call would fail
 * on the budget's private state. `undefined` for anything else (a budget, or a value the
 * schema describes).
 */
export function budgetImpostorIssue(value: unknown, path: string): ValidationIssue | undefined {
  if (!looksLikeBudget(value) || isBudget(value)) return undefined;
  return { path, message: impostorMessage(value) };
}

let choiceSchema: Zod.ZodType | undefined;

/** `budget` and the budget options, each a known key; their values are checked later. */
export function budgetChoiceShape(z: ReturnType<typeof loadZod>): Record<string, Zod.ZodType> {
  return {
    budget: z
      .custom<Budget>(isBudget, { error: 'expected a Budget (createBudget(...))' })
      .optional(),
    // Checked by createBudget's own schema once the choice is known (see choiceIssues).
    ...Object.fromEntries(budgetOptionKeys.map((key) => [key, z.unknown().optional()])),
  };
}

/** The schema of `client.withBudget(next)` when `next` is not a budget itself. */
export function budgetChoiceSchema(): Zod.ZodType {
  if (choiceSchema !== undefined) return choiceSchema;
  const z = loadZod();
  choiceSchema = z.strictObject(budgetChoiceShape(z), {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'expected a Budget, or options for a private budget ({ limitUsd })'
        : undefined,
  });
  return choiceSchema;
}

let privateBudgets = 0;

/**
 * The problems of a budget choice (an options object): a budget together with budget
 * options, neither a budget nor a `limitUsd`, or private budget options `createBudget`
 * would refuse. Empty when the choice can be made.
 */
export function choiceIssues(options: Readonly<Record<string, unknown>>): ValidationIssue[] {
  const given = budgetOptionKeys.filter((key) => options[key] !== undefined);
  if (options.budget !== undefined) {
    return given.map((key) => ({
      path: key,
      message: `expected no budget options beside budget (a shared budget keeps the options it was created with), received ${describeValue(options[key])}`,
    }));
  }
  if (options.limitUsd === undefined) {
    return [
      {
        path: 'budget',
        message:
          'expected a budget (createBudget(...)) or a limitUsd for a private budget, received neither',
      },
    ];
  }
  try {
    parseBudgetOptions({ ...pick(options, given), id: options.id ?? 'private' });
    return [];
  } catch (error) {
    if (error instanceof InvalidOptionsError) return [...error.issues];
    throw error;
  }
}

/**
 * The budget a valid choice names: `options.budget`, or a new private budget from the
 * budget options (its id defaults to `<prefix>-<n>`). Call after `choiceIssues` found none.
 */
export function chooseBudget(options: Readonly<Record<string, unknown>>, prefix: string): Budget {
  if (isBudget(options.budget)) return options.budget;
  privateBudgets += 1;
  const given = pick(options, budgetOptionKeys);
  return createBudget({
    ...given,
    id: options.id ?? `${prefix}-${privateBudgets}`,
  } as BudgetOptions);
}

function pick(options: Readonly<Record<string, unknown>>, keys: readonly string[]) {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (options[key] !== undefined) picked[key] = options[key];
  return picked;
}
