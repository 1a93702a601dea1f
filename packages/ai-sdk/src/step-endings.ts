/**
 * How a held step ends, exactly once: settled from its usage (or what arrived, or the
 * hold), or released when the provider call fails before any usage.
 */
import type { LanguageModelV4Content } from '@ai-sdk/provider';
import { type Charge, chargeTheHold, releaseHold, settleCharge } from '@tollgate/core/adapter';
import { chargeOutcome, type StepOutcome } from './charge-step.js';
import type { HeldStep } from './hold-step.js';
import type { StepPlan } from './plan-step.js';

/**
 * Calls the provider for a held step. When it throws, no usage came back. A failure before
 * any 2xx answer (an error status, a network failure, an abort) is released; a 2xx answer
 * whose body could not be read (cut after its headers, not JSON: the providers' "Failed to
 * process successful response" or "Invalid JSON response", an `APICallError` with a 2xx
 * `statusCode`) was served, so it is charged its hold (`usage: 'unseen'`), never $0, as
 * with the official-SDK adapters. The error is passed on either way.
 */
export async function dispatch<Result>(
  held: HeldStep,
  call: () => PromiseLike<Result>,
): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    if (servedUnread(error)) await endStep(held, chargeTheHold(held, 'unseen'));
    else await releaseStep(held);
    throw error;
  }
}

/** The AI SDK's mark of an `APICallError`, the same in every `@ai-sdk/provider` major. */
const apiCallErrorMark = Symbol.for('vercel.ai.error.AI_APICallError');

/** True for a provider call answered with a 2xx whose body its handler could not read. */
function servedUnread(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const marked = error as { [apiCallErrorMark]?: unknown; statusCode?: unknown };
  const status = marked.statusCode;
  return (
    marked[apiCallErrorMark] === true && typeof status === 'number' && status >= 200 && status < 300
  );
}

/**
 * Settles a finished step from its outcome. Usage that cannot be read is charged
 * `fallback`: the hold by default (a dispatched call is never free), what arrived for a
 * stream.
 */
export function settleStep(
  held: HeldStep,
  outcome: StepOutcome,
  fallback: () => Charge = () => chargeTheHold(held),
): Promise<void> {
  let charge: Charge | undefined;
  try {
    charge = chargeOutcome(held.plan, held.settings, outcome);
  } catch {
    // Usage the pricing cannot read (a malformed or unexpected shape).
  }
  return endStep(held, charge ?? fallback());
}

/** Settles a step with a known charge and frees its slot. Never rejects (see `settleCharge`). */
export function endStep(held: HeldStep, charge: Charge): Promise<void> {
  held.releaseSlot();
  return settleCharge(held.reservation, charge);
}

/** Gives a step's hold back: it failed before any usage arrived. */
async function releaseStep(held: HeldStep): Promise<void> {
  held.releaseSlot();
  await releaseHold(held.reservation);
}

/** Provider-executed calls of the step's web search tools (their fees are per call). */
export function isWebSearchCall(part: LanguageModelV4Content, plan: StepPlan): boolean {
  return (
    part.type === 'tool-call' &&
    part.providerExecuted === true &&
    plan.webSearchTools.has(part.toolName)
  );
}
