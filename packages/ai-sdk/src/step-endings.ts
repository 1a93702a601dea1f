/**
 * How a held step ends, exactly once: settled from its usage (or what arrived, or the
 * hold), or released when the provider call fails before any usage.
 */
import type { LanguageModelV4Content } from '@ai-sdk/provider';
import { type Charge, chargeTheHold, releaseHold, settleCharge } from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import {
  type AnsweredStatuses,
  answeredWithError,
  thrownAfterServed,
} from './answered-statuses.js';
import { chargeConsumed, chargeOutcome, type StepOutcome } from './charge-step.js';
import type { HeldStep } from './hold-step.js';
import type { StepPlan } from './plan-step.js';

/**
 * Calls the provider for a held step. When it throws, no usage came back. A failure before
 * any 2xx answer (an error status, a network failure, an abort) is released; a 2xx answer
 * whose body could not be read (cut after its headers, not JSON: the providers' "Failed to
 * process successful response" or "Invalid JSON response", an `APICallError` with a 2xx
 * `statusCode`) was served, so it is charged its hold (`usage: 'unseen'`), never $0, as
 * with the official-SDK adapters. A 2xx event stream whose provider reads its first events
 * before `doStream` resolves and throws on an error event among them (`@ai-sdk/openai` 3
 * and 4, Azure's models too; `@ai-sdk/anthropic` 2 and 4 on its first event: an
 * `APICallError` with a `statusCode` it makes up from the event, 500 by default, and the
 * stream's `text/event-stream` headers) was served too: it is a stream broken before its
 * output, charged what was consumed, as when the same event comes later (see
 * `watchStream`): the held input, no output, `partial`. A real error status answered with
 * that content type (a 500, 502 or 503 from an overloaded proxy or a gateway) carries the
 * same error: `statuses`, what the provider's `fetch` received on this call (see
 * `watchStatuses`), tells it apart, and it is released. The error is passed on
 * either way; each attempt the AI SDK retries is a step of its own, charged in turn.
 */
export async function dispatch<Result>(
  held: HeldStep,
  call: () => PromiseLike<Result>,
  statuses?: AnsweredStatuses,
): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    const served = servedEnding(error, statuses);
    if (served === 'unread') await endStep(held, chargeTheHold(held, 'unseen'));
    else if (served === 'stream') await endStep(held, chargeConsumed(held, NOTHING_ARRIVED));
    else await releaseStep(held);
    throw error;
  }
}

/** What a stream that broke before its first output part consumed beyond its input. */
const NOTHING_ARRIVED = { outputTokens: 0, webSearches: 0 } as const;

/** The AI SDK's mark of an `APICallError`, the same in every `@ai-sdk/provider` major. */
const apiCallErrorMark = Symbol.for('vercel.ai.error.AI_APICallError');

/**
 * How a failed provider call was answered: `'unread'`, a 2xx whose body its handler could
 * not read; `'stream'`, a 2xx event stream (its `content-type` is `text/event-stream`, which
 * the AI SDK's handlers read only from a 2xx: an error status is read as JSON) broken by an
 * error event the provider read before `doStream` resolved; `undefined`, not served (a
 * 4xx, 429 included, is never served, whatever its content type; nor is any request the
 * provider's `fetch` saw answered with an error status, in `statuses`).
 */
function servedEnding(
  error: unknown,
  statuses: AnsweredStatuses | undefined,
): 'unread' | 'stream' | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if (thrownAfterServed(error)) return 'unread';
  const marked = error as {
    [apiCallErrorMark]?: unknown;
    statusCode?: unknown;
    responseHeaders?: unknown;
    url?: unknown;
  };
  if (marked[apiCallErrorMark] !== true) return undefined;
  // The real status of the request the error names: an error status was never served,
  // whatever `statusCode` and content type the error carries.
  if (answeredWithError(marked.url, statuses)) return undefined;
  const status = marked.statusCode;
  if (typeof status === 'number' && status >= 200 && status < 300) return 'unread';
  // A 4xx (429 included) is a refusal the provider does not bill, whatever its content type
  // says: a real error status answered as an event stream is released, never charged.
  if (typeof status === 'number' && status >= 400 && status < 500) return undefined;
  return isEventStream(marked.responseHeaders) ? 'stream' : undefined;
}

/** True for response headers (an `APICallError`'s, keys lower-cased) of an event stream. */
function isEventStream(headers: unknown): boolean {
  if (!isRecord(headers)) return false;
  const type = headers['content-type'];
  return typeof type === 'string' && /^\s*text\/event-stream\s*(;|$)/i.test(type);
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
