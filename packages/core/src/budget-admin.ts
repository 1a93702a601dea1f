import { randomUUID } from 'node:crypto';
import { assertBudgetId } from './budget-id.js';
import { canonicalLimit } from './canonical-limit.js';
import { BudgetNotFoundError } from './errors.js';
import { canonicalUsd } from './money.js';
import { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
import type {
  AdjustmentAction,
  AdjustOutcome,
  BudgetSnapshot,
  BudgetStore,
  ChainLink,
} from './store.js';
import { callStore } from './store-commands.js';
import { windowBounds } from './window.js';

/** Who changes a budget and why: written to the ledger with the change. */
export interface AdjustOptions {
  /** Why the change is made ("invoice 118", "new sprint"); 1 to 500 characters. Required. */
  reason: string;
  /** Who makes it (a user, a service); up to 200 characters. @default absent */
  actor?: string;
}

const adjustOptions: OptionsSchema = (z) =>
  z.strictObject({
    reason: z.string().trim().min(1).max(500),
    actor: z.string().trim().min(1).max(200).optional(),
  });

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
 * non-negative decimals (`InvalidAmountError` naming the field), a new limit is checked as
 * `createBudget` checks one (`canonicalLimit`), options must carry a reason
 * (`InvalidOptionsError`). Amounts round down to the 12 places stores keep: a limit never
 * admits more than it says, and money given back is never more than asked.
 */
export function adjustRequest(
  action: AdjustmentAction,
  amount: unknown,
  options: unknown,
  where: string,
): AdjustRequest {
  const amountUsd =
    action === 'reset' || action === 'close'
      ? '0'
      : action === 'set-limit'
        ? canonicalLimit(amount, 'limitUsd', where)
        : canonicalUsd(amount, 'amountUsd', 'down');
  const parsed = parseOptions(lazySchema(adjustOptions), options, where) as AdjustOptions;
  const request: AdjustRequest = { action, amountUsd, reason: parsed.reason };
  if (parsed.actor !== undefined) request.actor = parsed.actor;
  return request;
}

/** Sends a validated change for `link` to the store; store failures become Tollgate errors. */
export function sendAdjustment(
  store: BudgetStore,
  link: ChainLink,
  request: AdjustRequest,
  now: number,
): Promise<AdjustOutcome> {
  return callStore(store, () =>
    store.adjust({ adjustmentId: randomUUID(), link, now, ...request }),
  );
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
  /** The store that holds the budget. */
  store: BudgetStore;
  /** The id of the budget to change. */
  budgetId: string;
  /** What to do: `set-limit`, `top-up`, `credit`, `reset` or `close`. */
  action: AdjustmentAction;
  /** Required for set-limit, top-up and credit; ignored for reset and close. */
  amountUsd?: string | number;
  /** The time of the change (ms since epoch). @default Date.now() */
  now?: number;
}

/**
 * Changes a budget a store holds, knowing only its id (no `Budget` object): what
 * `tollgate budget` does. Throws `BudgetNotFoundError` when the store does not hold it.
 */
export async function adjustBudget(options: AdjustBudgetOptions): Promise<AdjustOutcome> {
  const { store, budgetId, action, amountUsd, now = Date.now(), ...who } = options;
  const request = adjustRequest(action, amountUsd, who, `budget ${action}`);
  const id = assertBudgetId(budgetId);
  const snapshot = await callStore(store, () => store.find(id));
  if (snapshot === undefined) throw new BudgetNotFoundError(id, `the ${store.kind} store`);
  return sendAdjustment(store, storedLink(snapshot, now), request, now);
}
