/**
 * The kit's rules for holding one call, shared by the fetch-level metering of the official
 * SDKs and by adapters that meter at the model level (the AI SDK): the unbounded-output
 * event, one wait for the whole call, the tighten-on-refusal retry, a slot in the client's
 * line, and the charge of a call whose usage was never seen.
 */
import { type Budget, isBudget, type ReserveOptions, reserveNow } from '../budget.js';
import { isTokenCount } from '../call-usage.js';
import { BudgetExceededError, UnmeteredEndpointError, type ValidationIssue } from '../errors.js';
import { LazyQueue } from '../lazy-queue.js';
import { expectedIssue, invalidInput } from '../plain-data.js';
import type { Reservation } from '../reservation.js';
import type { Metadata } from '../store.js';
import { isThenable } from '../thenable.js';
import { budgetImpostorIssue } from './budget-choice.js';
import { badPlanError, holdablePlanIssues, isMeteringPlan } from './is-metering-plan.js';
import type { Charge } from './types.js';

/** What `holdPlan` needs of a plan: its hold, and optionally a tighter plan to try once. */
export interface HoldablePlan<Plan> {
  /** An upper bound of the call's cost, a decimal string of USD. */
  holdUsd: string;
  /** The model, for events and charges: a non-empty id. */
  model: string;
  /**
   * Set when the call gave no output maximum: the output tokens the hold assumed, a whole
   * number from 0. Default: none (no `unbounded-output` event).
   */
  unboundedOutputTokens?: number;
  /** Recorded with the reservation and its ledger entry. */
  metadata?: Metadata;
  /**
   * A tighter plan to try only if `holdUsd` is refused. Default: none. Set but not a function,
   * `holdPlan` and `holdPlanNow` refuse the plan with `InvalidOptionsError` before holding.
   */
  tighten?: () => Plan | Promise<Plan>;
}

/** The request a metered client's call was planned from, named when its plan is refused. */
interface PlannedRequest {
  readonly method: string;
  readonly path: string;
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

/**
 * Tells the budget's listeners that a call gave no output maximum, and what was held instead.
 *
 * @throws InvalidOptionsError when the plan's `unboundedOutputTokens` is set but not a whole
 * number of tokens from 0, naming what arrived.
 */
export function announceUnboundedOutput(budget: Budget, plan: HoldablePlan<unknown>): void {
  const tokens: unknown = plan.unboundedOutputTokens;
  if (tokens === undefined) return;
  // A count the event's listeners can trust, not "lots" or -5 in its message.
  if (!isTokenCount(tokens)) {
    throw invalidInput('announceUnboundedOutput arguments', [
      expectedIssue('plan.unboundedOutputTokens', 'a whole number of tokens from 0', tokens),
    ]);
  }
  budget.emit({
    type: 'unbounded-output',
    budgetId: budget.id,
    model: plan.model,
    assumedOutputTokens: tokens,
    message: `No output maximum was set for ${plan.model}, so ${tokens} output tokens were held; setting one would shrink the hold.`,
  });
}

/**
 * Reserves the plan's hold. When the plan can tighten, a refusal of the cheap bound stays
 * quiet and the tighter plan is tried once; only its refusal is reported and thrown. Checks
 * its arguments and plans as `holdPlanNow` does (rejecting with the same errors).
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
 * `model` no non-empty string, its `unboundedOutputTokens` no whole number from 0, its
 * `tighten` set but not a function) or `signal` not an AbortSignal, naming what arrived; the
 * same for a tighter plan, before it is held; `InvalidAmountError` for a bad `holdUsd`.
 */
export function holdPlanNow<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  plan: Plan,
  signal?: AbortSignal,
): Held<Plan> | Promise<Held<Plan>> {
  checkHold('holdPlanNow', budget, plan, signal);
  return holdChecked(budget, plan, signal);
}

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
    issues.push(...holdablePlanIssues(plan, 'plan'));
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    issues.push(expectedIssue('signal', 'an AbortSignal', signal));
  }
  return issues;
}

/**
 * `holdPlanNow` for arguments already checked (the metered client's budget and plan). With
 * `request`, the metered client's call: a tighter plan must be a whole MeteringPlan, refused
 * with `badPlanError` naming the request; without, a plan `holdPlan` can hold.
 */
export function holdChecked<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  plan: Plan,
  signal: AbortSignal | undefined,
  request?: PlannedRequest,
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
    return holdTighter(budget, tighten, options, request);
  }
  if (!isThenable(reserved)) return { plan, reservation: reserved };
  return reserved.then(
    (reservation) => ({ plan, reservation }),
    (error: unknown) => {
      if (tighten === undefined || !(error instanceof BudgetExceededError)) throw error;
      return holdTighter(budget, tighten, options, request);
    },
  );
}

/** The tighter plan, after the cheap bound was refused: its refusal is the one reported. */
async function holdTighter<Plan extends HoldablePlan<Plan>>(
  budget: Budget,
  tighten: () => Plan | Promise<Plan>,
  options: ReserveOptions,
  request: PlannedRequest | undefined,
): Promise<Held<Plan>> {
  const tighter: unknown = await tighten();
  // Checked as the first plan was, before it is held: the call is not sent on a plan the kit
  // cannot hold or observe (it would be charged its whole hold).
  if (request !== undefined) {
    if (!isMeteringPlan(tighter)) throw badPlanError(tighter, request, 'tighten()');
  } else if (typeof tighter !== 'object' || tighter === null) {
    throw invalidInput('plan', [
      expectedIssue('tighten', 'tighten() to return a plan ({ holdUsd, model })', tighter),
    ]);
  } else {
    const issues = holdablePlanIssues(tighter, 'tighten()');
    if (issues.length > 0) throw invalidInput('plan', issues);
  }
  const plan = tighter as Plan;
  return { plan, reservation: await budget.reserve(plan.holdUsd, options) };
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
