import { assertBudgetId } from './budget-id.js';
import { budgetStoreSchema } from './budget-store-schema.js';
import { adjustmentAmount } from './canonical-limit.js';
import { type Clock, expectedTime, maxTimeMs, readClock } from './clock.js';
import { BudgetNotFoundError } from './errors.js';
import { isoTime } from './iso-time.js';
import {
  invalidOptions,
  lazySchema,
  type OptionsSchema,
  parseOptions,
  type ZodNamespace,
} from './parse-options.js';
import type {
  AdjustmentAction,
  AdjustOutcome,
  BudgetSnapshot,
  BudgetStore,
  ChainLink,
} from './store.js';
import { callStore } from './store-commands.js';
import type { StoredDefinition } from './stored-definition.js';
import { windowBounds } from './window.js';

/** Who changes a budget and why: written to the ledger with the change. */
export interface AdjustOptions {
  /** Why the change is made ("invoice 118", "new sprint"); 1 to 500 characters. Required. */
  reason: string;
  /** Who makes it (a user, a service); up to 200 characters. @default absent */
  actor?: string;
}

/** The fields of `AdjustOptions`, shared by a budget's own changes and `adjustBudget`. */
const whoShape = (z: ZodNamespace) => ({
  // Trimmed first, so a reason of spaces is the empty one: say so, not zod's ">=1 characters".
  reason: z
    .string()
    .trim()
    .min(1, { message: 'expected a reason that is not empty or only spaces' })
    .max(500, { message: 'expected a reason of at most 500 characters' }),
  actor: z
    .string()
    .trim()
    .min(1, { message: 'expected an actor that is not empty or only spaces (or no actor)' })
    .max(200, { message: 'expected an actor of at most 200 characters' })
    .optional(),
});

const adjustOptions: OptionsSchema = (z) => z.strictObject(whoShape(z));

/** Each action and the `Budget` method that makes it (named in that method's errors). */
export const adjustmentMethods: Readonly<Record<AdjustmentAction, string>> = {
  'set-limit': 'setLimit',
  'top-up': 'topUp',
  credit: 'credit',
  reset: 'reset',
  close: 'close',
};

const adjustmentActions = Object.keys(adjustmentMethods) as [
  AdjustmentAction,
  ...AdjustmentAction[],
];

/** One administrative change as the caller asked it, validated. */
export interface AdjustRequest {
  action: AdjustmentAction;
  /** The new limit, or the amount to add or give back; `"0"` for reset and close. */
  amountUsd: string;
  reason: string;
  actor?: string;
}

/**
 * Validates an administrative change before any store is touched: amounts must be
 * non-negative decimals (`InvalidAmountError` naming the field), a new limit or a top-up is
 * checked as `createBudget` checks a limit (`adjustmentAmount`: more than 12 decimal places
 * is refused, never rounded), options must carry a reason (`InvalidOptionsError`). A
 * credit rounds down to the 12 places stores keep: money given back is never more than asked.
 */
export function adjustRequest(
  action: AdjustmentAction,
  amount: unknown,
  options: unknown,
  where: string,
  amountField = action === 'set-limit' ? 'limitUsd' : 'amountUsd',
): AdjustRequest {
  const amountUsd = adjustmentAmount(action, amount, amountField, where);
  const parsed = parseAdjustOptions(options, where);
  const request: AdjustRequest = { action, amountUsd, reason: parsed.reason };
  if (parsed.actor !== undefined) request.actor = parsed.actor;
  return request;
}

/**
 * Reads who makes a change and why by the rules every change is held to: a reason of 1 to
 * 500 characters, an actor of 1 to 200 when given (both trimmed), nothing else;
 * `InvalidOptionsError` from `where` otherwise, its issues at `reason` and `actor`. The CLI
 * checks its `--reason` and `--actor` with it before it asks for a confirmation.
 */
export function parseAdjustOptions(options: unknown, where: string): AdjustOptions {
  return parseOptions(lazySchema(adjustOptions), options, where) as AdjustOptions;
}

/** Sends a validated change for `link` to the store; store failures become Tollgate errors. */
export function sendAdjustment(
  store: BudgetStore,
  link: ChainLink,
  request: AdjustRequest,
  now: number,
): Promise<AdjustOutcome> {
  return callStore(store, () =>
    // The Web Crypto global loads on first use; importing `node:crypto` would slow every import.
    store.adjust({ adjustmentId: globalThis.crypto.randomUUID(), link, now, ...request }),
  );
}

/**
 * A change a `Budget` makes to itself (`budget.setLimit(...)` and the others): validated,
 * then the budget and its ancestors defined in the store, then sent for the window current
 * now. Resolves with the store's answer: the ledger entry and the budget before and after.
 */
export async function adjustDefinedBudget(
  stored: StoredDefinition,
  store: BudgetStore,
  clock: Clock,
  action: AdjustmentAction,
  amount: string | number,
  options: AdjustOptions,
): Promise<AdjustOutcome> {
  const request = adjustRequest(action, amount, options, `budget.${adjustmentMethods[action]}`);
  await stored.ready();
  const now = readClock(clock);
  return sendAdjustment(store, stored.link.at(now), request, now);
}

/** The link a command needs for a budget known only by its stored figures (the CLI's case). */
export function storedLink(snapshot: BudgetSnapshot, now: number): ChainLink {
  const bounds = snapshot.window === null ? null : windowBounds(snapshot.window, now);
  return {
    id: snapshot.id,
    parentId: snapshot.parentId,
    limitUsd: snapshot.limitUsd,
    window: snapshot.window,
    enforce: true,
    windowStart: bounds?.start ?? null,
    windowEnd: bounds?.end ?? null,
  };
}

/** What `adjustBudget` is asked to do. */
export interface AdjustBudgetOptions extends AdjustOptions {
  /** The store that holds the budget: an object with every `BudgetStore` method. Required. */
  store: BudgetStore;
  /** The id of the budget to change. Required. */
  budgetId: string;
  /** What to do: `set-limit`, `top-up`, `credit`, `reset` or `close`. Required. */
  action: AdjustmentAction;
  /**
   * The new limit (`set-limit`) or the amount to add (`top-up`), a non-negative decimal of at
   * most 12 decimal places, or the amount to give back (`credit`, rounded down to 12 places). Required for set-limit, top-up and credit; ignored for reset
   * and close. @default absent
   */
  amountUsd?: string | number;
  /**
   * The time of the change, ms since the epoch as a finite number from 0 (1970) to 8.64e15
   * (the last time a Date can hold; outside that range `InvalidOptionsError`): when the ledger entry
   * says it was made, and the time the budget's window is rolled to (a `now` in the next
   * day starts that day's window, with nothing spent, for every process). Earlier times are
   * taken as given; a time more than five minutes ahead of this process's clock is refused
   * (`InvalidOptionsError`), since it would zero the current window's spend.
   * @default Date.now()
   */
  now?: number;
}

// How far ahead of this process's clock a change may be dated: clock skew between hosts,
// not a window ahead.
const futureToleranceMs = 5 * 60_000;

const adjustBudgetOptions: OptionsSchema = (z) =>
  z.strictObject({
    store: budgetStoreSchema(z),
    budgetId: z.string(),
    action: z.enum(adjustmentActions, {
      error: `expected one of ${adjustmentActions.join(', ')}`,
    }),
    // Read per action below, so a bad amount is an InvalidAmountError as everywhere else.
    amountUsd: z.unknown().optional(),
    // A time every store can hold and every status can print (a negative one broke a whole
    // Redis tree; one past a Date's range made status() throw).
    now: z
      .number({ error: `expected ${expectedTime}` })
      .min(0, { error: `expected ${expectedTime}` })
      .max(maxTimeMs, { error: `expected ${expectedTime}` })
      .optional(),
    ...whoShape(z),
  });

/**
 * Changes a budget a store holds, knowing only its id (no `Budget` object): what
 * `tollgate budget` does. The whole call is checked before the store is touched:
 * `InvalidOptionsError` for a missing or unknown option, an unknown action, a store that is
 * not one, a bad `now` or a missing reason; `InvalidBudgetIdError` for a bad id;
 * `InvalidAmountError` for a bad amount (`InvalidOptionsError` for a limit or top-up with
 * more than 12 decimal places). Throws `BudgetNotFoundError` when the store does not hold the budget.
 */
export async function adjustBudget(options: AdjustBudgetOptions): Promise<AdjustOutcome> {
  const parsed = parseOptions(
    lazySchema(adjustBudgetOptions),
    options,
    'adjustBudget',
  ) as AdjustBudgetOptions;
  const { store, budgetId, action, amountUsd, now = Date.now(), ...who } = parsed;
  assertNotAhead(now);
  const id = assertBudgetId(budgetId, 'budgetId');
  const request = adjustRequest(action, amountUsd, who, 'adjustBudget', 'amountUsd');
  const snapshot = await callStore(store, () => store.find(id));
  if (snapshot === undefined) throw new BudgetNotFoundError(id, `the ${store.kind} store`);
  return sendAdjustment(store, storedLink(snapshot, now), request, now);
}

/** Refuses a change dated past the tolerance ahead of this process's clock (see `now`). */
function assertNotAhead(now: number): void {
  const latest = Date.now() + futureToleranceMs;
  if (now <= latest) return;
  const when = isoTime(now);
  throw invalidOptions('adjustBudget', [
    {
      path: 'now',
      message: `expected a time no more than 5 minutes ahead of this process's clock (at most ${new Date(latest).toISOString()}: a later one would roll the budget's window ahead for every process), received ${when}`,
    },
  ]);
}
