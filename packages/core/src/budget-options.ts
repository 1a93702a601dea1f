import type * as Zod from 'zod';
import { budgetStoreSchema } from './budget-store-schema.js';
import { limitRefusal } from './canonical-limit.js';
import type { Clock } from './clock.js';
import { limitJsonSchema } from './limit-json-schema.js';
import { isUsd, type MoneyInput, USD_DECIMAL } from './money.js';
import { loadZod, parseOptions } from './parse-options.js';
import type { BudgetStore } from './store.js';
import type { WindowOption } from './window.js';

/** Options a child budget accepts: everything but the store and the clock, which it shares. */
export interface ChildBudgetOptions {
  /** The budget's id, unique in its store: 1 to 128 letters, digits and `. _ : @ / -`. */
  id: string;
  /** The limit in USD, as a decimal string or a number (read through its decimal form). */
  limitUsd: MoneyInput;
  /**
   * The period after which spend resets: `'day'`, `'week'` (from Monday) or `'month'` on
   * UTC calendar boundaries, or `{ seconds }` aligned to the epoch. `null` never resets.
   * A child given no window follows its parent's: a plan under a daily session resets with
   * the session. (A child stored without a window before windows were inherited keeps
   * never resetting: attaching to it is not a conflict.)
   * @default the parent's window for a child; none (spend never resets) for a root
   */
  window?: WindowOption | null;
  /**
   * Fractions of the limit at which a `threshold` event fires as spend crosses them.
   * @default [0.5, 0.8, 1] (a child inherits its parent's)
   */
  thresholds?: readonly number[];
  /**
   * How long a reservation may stay held before the store releases it, so a crashed
   * caller cannot hold budget forever. Make it longer than your slowest call.
   * @default 900000 (15 minutes; a child inherits its parent's)
   */
  ttlMs?: number;
  /**
   * What a call does when the budget has no room: `'reject'` throws `BudgetExceededError`
   * at once; `'wait'` queues (first in, first out) while the shortfall is only money held
   * by calls in flight, until enough is settled or released or `waitTimeoutMs` passes.
   * @default 'reject' (a child inherits its parent's)
   */
  onLimit?: 'reject' | 'wait';
  /**
   * With `onLimit: 'wait'`, how long a call may wait before it is refused.
   * @default 30000 (a child inherits its parent's)
   */
  waitTimeoutMs?: number;
  /**
   * How long a settlement or release that cannot reach the store is kept in memory and
   * retried (with backoff) before it is given up and reported by a `settlement-lost` event
   * and by `budget.flush()`. Read on the budget's clock.
   * @default 300000 (5 minutes; a child inherits its parent's)
   */
  retryTimeoutMs?: number;
  /**
   * `false` is shadow mode: nothing is refused by this budget, but every call it would
   * have refused is reported as a `refused` event with `enforced: false`.
   * @default true (a child inherits its parent's)
   */
  enforce?: boolean;
  /**
   * What to do when the store cannot be reached: `'refuse'` fails closed with
   * `StoreUnavailableError`; `'allow'` lets the call through unheld and charges its cost
   * when the store is back.
   * @default 'refuse' (a child inherits its parent's)
   */
  onStoreError?: 'refuse' | 'allow';
}

/** Options of `createBudget`. */
export interface BudgetOptions extends ChildBudgetOptions {
  /**
   * Where spend and reservations live. Share one store between budgets that must see
   * each other; `@tollgate/sqlite` and `@tollgate/redis` share it between processes.
   * @default memoryStore()
   */
  store?: BudgetStore;
  /** Where time is read, for windows and expiry. @default the system clock */
  clock?: Clock;
}

// Built on the first validation: zod is loaded then, not when the package is imported.
interface OptionSchemas {
  child: Zod.ZodType;
  root: Zod.ZodType;
  /** A child's options without its id: a budget family's template. */
  template: Zod.ZodObject;
  /** `store` and `clock`, the options that are not a budget's own. */
  runtime: Zod.ZodObject;
}

let schemas: OptionSchemas | undefined;

function optionSchemas(): OptionSchemas {
  if (schemas !== undefined) return schemas;
  const z = loadZod();
  const money = z.custom<MoneyInput>((value) => isUsd(value), {
    message: `expected ${USD_DECIMAL}`,
  });
  // A limit is checked whole by the one limit check (above the cap, below the resolution).
  const limit = money
    .superRefine((value, context) => {
      const refusal = isUsd(value) ? limitRefusal(value) : undefined;
      if (refusal !== undefined) context.addIssue({ code: 'custom', message: refusal });
    })
    // What JSON Schema shows for it (a custom check has no JSON Schema form of its own).
    .meta({ ...limitJsonSchema() });

  const childShape = {
    id: z.string(),
    limitUsd: limit,
    window: z
      .union(
        [
          z.enum(['day', 'week', 'month']),
          z.strictObject({
            seconds: z
              .number()
              .int()
              .positive()
              .max(10 * 365 * 86_400),
          }),
        ],
        { message: "expected 'day', 'week', 'month', { seconds } or null" },
      )
      .nullable()
      .optional(),
    thresholds: z.array(z.number().positive().max(10)).max(20).optional(),
    ttlMs: z
      .number()
      .int()
      .positive()
      .max(7 * 86_400_000)
      .optional(),
    onLimit: z.enum(['reject', 'wait']).optional(),
    waitTimeoutMs: z.number().int().nonnegative().max(3_600_000).optional(),
    retryTimeoutMs: z
      .number()
      .int()
      .positive()
      .max(7 * 86_400_000)
      .optional(),
    enforce: z.boolean().optional(),
    onStoreError: z.enum(['refuse', 'allow']).optional(),
  };

  const childSchema = z.strictObject(childShape);
  const { id: _id, ...templateShape } = childShape;
  // Where a budget lives and reads time: createBudget and loadBudgets take these.
  const runtimeShape = {
    store: budgetStoreSchema(z).optional(),
    clock: z
      .custom<Clock>(
        (value) =>
          typeof value === 'object' && value !== null && typeof (value as Clock).now === 'function',
        {
          message: 'expected an object with a now() method',
        },
      )
      .optional(),
  };
  const rootSchema = z.strictObject({ ...childShape, ...runtimeShape });
  schemas = {
    child: childSchema,
    root: rootSchema,
    template: z.strictObject(templateShape),
    runtime: z.strictObject(runtimeShape),
  };
  return schemas;
}

/** Validates `createBudget` options, throwing `InvalidOptionsError` that lists every problem. */
export function parseBudgetOptions(value: unknown): BudgetOptions {
  return parseOptions(optionSchemas().root, value, 'createBudget') as BudgetOptions;
}

/** Validates `budget.child` options. */
export function parseChildOptions(value: unknown): ChildBudgetOptions {
  return parseOptions(optionSchemas().child, value, 'budget.child') as ChildBudgetOptions;
}

/** The options every member of a budget family shares: a child's options without the id. */
export type BudgetTemplate = Omit<ChildBudgetOptions, 'id'>;

/** The zod schema of a template (a child's options without its id), for larger schemas. */
export function templateSchema(): Zod.ZodObject {
  return optionSchemas().template;
}

/** The zod schema of `{ store?, clock? }`, as `createBudget` checks them. */
export function runtimeOptionsSchema(): Zod.ZodObject {
  return optionSchemas().runtime;
}
