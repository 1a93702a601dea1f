/**
 * The kit's rules for holding one call, shared by the fetch-level metering of the official
 * SDKs and by adapters that meter at the model level (the AI SDK): the unbounded-output
 * event, one wait for the whole call, the tighten-on-refusal retry, a slot in the client's
 * line, and the charge of a call whose usage was never seen.
 */
import { type Budget, isBudget, type ReserveOptions, reserveNow } from '../budget.js';
import { BudgetExceededError, UnmeteredEndpointError, type ValidationIssue } from '../errors.js';
import { LazyQueue } from '../lazy-queue.js';
import { expectedIssue, invalidInput } from '../plain-data.js';
import type { Reservation } from '../reservation.js';
import type { Metadata } from '../store.js';
import { isThenable } from '../thenable.js';
import { budgetImpostorIssue } from './budget-choice.js';
import type { Charge } from './types.js';

/** What `holdPlan` needs of a plan: its hold, and optionally a tighter plan to try once. */
export interface HoldablePlan<Plan> {
  /** An upper bound of the call's cost, a decimal string of USD. */
  holdUsd: string;
  /** The model, for events and charges. */
  model: string;
  /** Set when the call gave no output maximum: the output tokens the hold assumed. */
  unboundedOutputTokens?: number;
  /** Recorded with the reservation and its ledger entry. */
  metadata?: Metadata;
  /**
   * A tighter plan to try only if `holdUsd` is refused. Default: none. Set but not a function,
   * `holdPlan` and `holdPlanNow` refuse the plan with `InvalidOptionsError` before holding.
   */
  tighten?: () => Plan | Promise<Plan>;
}

/** A plan and the reservation it made: they exist together or not at all. */
export interface Held<Plan> {
  /** The plan whose hold was admitted: the one given, or its tighter plan. */
  plan: Plan;
  /** The reservation holding the plan's `holdUsd` on the budget. */
  reservation: Reservation;
}

/**
 * A paid call Tollgate cannot meter (`endpoint` names it): let through, uncharged, when
 * the adapter allows unmetered calls or the budget does not enforce; otherwise refused
 * with `UnmeteredEndpointError` before it is sent.
 */
export function passUnmetered(
  budget: Budget,
  endpoint: string,
  unmetered: 'refuse' | 'allow',
): void {
  if (unmetered === 'allow' || !budget.enforce) return;
  throw new UnmeteredEndpointError(
    endpoint,
    `${endpoint} costs money but Tollgate cannot meter it, so it is refused while budget "${budget.id}" enforces. Pass unmetered: 'allow' to withBudget to let it through unmetered.`,
  );
}

/** Tells the budget's listeners that a call gave no output maximum, and what was held instead. */
export function announceUnboundedOutput(budget: Budget, plan: HoldablePlan<unknown>): void {
  if (plan.unboundedOutputTokens === undefined) return;
  budget.emit({
    type: 'unbounded-output',
    budgetId: budget.id,
    model: plan.model,
    assumedOutputTokens: plan.unboundedOutputTokens,
    message: `No output maximum was set for ${plan.model}, so ${plan.unboundedOutputTokens} output tokens were held; setting one would shrink the hold.`,
  });
}

/**
 * Reserves the plan's hold. When the plan can tighten, a refusal of the cheap bound stays
 * quiet and the tighter plan is tried once; only its refusal is reported and thrown.
 */
export async function holdPlan<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  plan: Plan,
  signal?: AbortSignal,
): Promise<Held<Plan>> {
  checkHold('holdPlan', budget, plan, signal);
  return holdChecked(budget, plan, signal);
}

/**
 * `holdPlan`, answered at once when the budget answers at once (a store in memory, once the
 * budget is defined in it, not in wait mode): the hold itself, and a refusal thrown
 * synchronously, with no promise and no turn of the event loop. Otherwise the promise
 * `holdPlan` returns. Bad input (an invalid `holdUsd`) is always thrown at once. For the hot
 * path of an adapter that can use a synchronous answer. `signal` is the call's own: in wait
 * mode, its abort ends the wait at once (the hold rejects with the signal's reason).
 *
 * @throws InvalidOptionsError when `budget` is not a Budget, `plan` not an object (or its
 * `tighten` set but not a function) or `signal` not an AbortSignal, naming what arrived;
 * `InvalidAmountError` for a bad `holdUsd`.
 */
export function holdPlanNow<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  plan: Plan,
  signal?: AbortSignal,
): Held<Plan> | Promise<Held<Plan>> {
  checkHold('holdPlanNow', budget, plan, signal);
  return holdChecked(budget, plan, signal);
}

/** What a plan's `tighten` must be, in the errors that refuse one. */
export const TIGHTEN = 'a function returning a tighter plan';

/** Throws `InvalidOptionsError` naming `where` and what arrived unless the arguments can hold. */
function checkHold(where: string, budget: unknown, plan: unknown, signal: unknown): void {
  const issues = holdIssues(budget, plan, signal);
  if (issues.length > 0) throw invalidInput(`${where} arguments`, issues);
}

function holdIssues(budget: unknown, plan: unknown, signal: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isBudget(budget)) {
    issues.push(
      budgetImpostorIssue(budget, 'budget') ??
        expectedIssue('budget', 'a Budget (createBudget(...))', budget),
    );
  }
  if (typeof plan !== 'object' || plan === null) {
    issues.push(expectedIssue('plan', 'a plan ({ holdUsd, model })', plan));
  } else {
    // Checked here, not when the hold is refused: a tighten that is never needed is still a bug.
    const { tighten } = plan as { tighten?: unknown };
    if (tighten !== undefined && typeof tighten !== 'function') {
      issues.push(expectedIssue('plan.tighten', TIGHTEN, tighten));
    }
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    issues.push(expectedIssue('signal', 'an AbortSignal', signal));
  }
  return issues;
}

/** `holdPlanNow` for arguments already checked (the metered client's budget and plan). */
export function holdChecked<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  plan: Plan,
  signal: AbortSignal | undefined,
): Held<Plan> | Promise<Held<Plan>> {
  // One wait for the whole call, however many holds it tries (wait mode).
  const options: ReserveOptions = { waitingSince: budget.clock.now() };
  if (plan.metadata !== undefined) options.metadata = plan.metadata;
  if (signal !== undefined) options.signal = signal;
  const tighten = plan.tighten;
  let reserved: Reservation | Promise<Reservation>;
  try {
    reserved = reserveNow(budget, plan.holdUsd, options, tighten === undefined);
  } catch (error) {
    if (tighten === undefined || !(error instanceof BudgetExceededError)) throw error;
    return holdTighter(budget, tighten, options);
  }
  if (!isThenable(reserved)) return { plan, reservation: reserved };
  return reserved.then(
    (reservation) => ({ plan, reservation }),
    (error: unknown) => {
      if (tighten === undefined || !(error instanceof BudgetExceededError)) throw error;
      return holdTighter(budget, tighten, options);
    },
  );
}

/** The tighter plan, after the cheap bound was refused: its refusal is the one reported. */
async function holdTighter<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  tighten: () => Plan | Promise<Plan>,
  options: ReserveOptions,
): Promise<Held<Plan>> {
  const tighter = await tighten();
  if (typeof tighter !== 'object' || tighter === null) {
    throw invalidInput('plan', [
      expectedIssue('tighten', 'tighten() to return a plan ({ holdUsd, model })', tighter),
    ]);
  }
  return { plan: tighter, reservation: await budget.reserve(tighter.holdUsd, options) };
}

/**
 * What a call is charged when its usage cannot be read (`unreadable`) or was never seen
 * (`unseen`): the hold, the most it could have cost, so a served call is never charged $0.
 */
export function chargeTheHold(
  held: Held<{ model: string }>,
  usage: 'unseen' | 'unreadable' = 'unreadable',
): Charge {
  return {
    costUsd: held.reservation.amountUsd,
    details: { model: held.plan.model, partial: true, usage },
  };
}

/** A line of at most `concurrency` calls in flight: `acquire()` waits for a slot and returns its release. */
export function slotLine(
  concurrency: number,
): (signal?: AbortSignal | undefined) => Promise<() => void> {
  const queue = new LazyQueue(concurrency);
  // An abort while waiting leaves the line at once: the wait rejects and nothing is held.
  return (signal) =>
    new Promise((resolveSlot, rejectWait) => {
      queue
        .add(
          () =>
            new Promise<void>((releaseSlot) => {
              resolveSlot(() => releaseSlot());
            }),
          signal === undefined ? {} : { signal },
        )
        .catch(rejectWait);
    });
}
